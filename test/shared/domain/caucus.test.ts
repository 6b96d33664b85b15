import assert from 'node:assert/strict'
import {
  acceptRules,
  addCaucusPoint,
  caucusState,
  endCaucus,
  getPhase,
  listCaucusPoints,
  moveMediator,
  planCaucus,
  setMayShare,
  setPhase,
  startCaucus,
  timeLog,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { A1, A2, B1, by, controlDoc, ids, M, S1, T0, throwsRule } from './fixture'

const MIN = 60_000

/** A session in joint talks since T0. */
function joint(): Y.Doc {
  const c = controlDoc()
  setPhase(c, 'opening', M, T0 - 10 * MIN, by(M))
  for (const a of [A1, A2, B1]) acceptRules(c, 1, a, T0 - MIN, by(a))
  setPhase(c, 'joint', M, T0, by(M))
  return c
}

describe('domain: caucus and time log', () => {
  it('CAUCUS-1 the mediator plans one or more distinct existing sides during joint talks', () => {
    const c = controlDoc()
    throwsRule(c, 'CAUCUS-1', () => planCaucus(c, ['A'], M, by(M)))
    const j = joint()
    throwsRule(j, 'ACCESS-2', () => planCaucus(j, ['A'], A1, by(A1)))
    throwsRule(j, 'CAUCUS-1', () => planCaucus(j, [], M, by(M)))
    throwsRule(j, 'CAUCUS-1', () => planCaucus(j, ['A', 'A'], M, by(M)))
    throwsRule(j, 'CAUCUS-1', () => planCaucus(j, ['Z'], M, by(M)))
    planCaucus(j, ['A', 'B'], M, by(M))
    assert.equal(caucusState(j, T0).status, 'planned')
    assert.deepEqual(caucusState(j, T0).plannedSides, ['A', 'B'])
  })

  it('CAUCUS-2 starting needs a plan, enters phase caucus, mediator in the first side room', () => {
    const c = joint()
    throwsRule(c, 'CAUCUS-2', () => startCaucus(c, M, T0, by(M)))
    planCaucus(c, ['B', 'A'], M, by(M))
    setPhase(c, 'caucus', M, T0 + MIN, by(M))
    assert.equal(getPhase(c), 'caucus')
    const st = caucusState(c, T0 + MIN)
    assert.equal(st.status, 'active')
    assert.equal(st.mediatorRoom, 'B')
    assert.equal(st.startedAt, T0 + MIN)
  })

  it('CAUCUS-3 the mediator moves only to main or a planned room while a caucus runs', () => {
    const c = joint()
    throwsRule(c, 'CAUCUS-3', () => moveMediator(c, 'A', M, T0, by(M)))
    planCaucus(c, ['A'], M, by(M))
    startCaucus(c, M, T0, by(M))
    throwsRule(c, 'CAUCUS-3', () => moveMediator(c, 'B', M, T0, by(M)))
    throwsRule(c, 'ACCESS-2', () => moveMediator(c, 'main', A1, T0, by(A1)))
    moveMediator(c, 'main', M, T0 + 1, by(M))
    assert.equal(caucusState(c, T0 + 2).mediatorRoom, 'main')
  })

  it('CAUCUS-4 everyone is in exactly one room', () => {
    const c = joint()
    planCaucus(c, ['A'], M, by(M))
    startCaucus(c, M, T0, by(M))
    assert.deepEqual(caucusState(c, T0).rooms, { m: 'A', a1: 'A', a2: 'A', b1: 'main', s1: 'main' })
  })

  it('CAUCUS-5 CAUCUS-7 per-side time is the mediator time in the room; the others wait since the mediator left', () => {
    const c = joint()
    planCaucus(c, ['A', 'B'], M, by(M))
    startCaucus(c, M, T0, by(M))
    let st = caucusState(c, T0 + 5 * MIN)
    assert.deepEqual(st.waiting, [{ sideId: 'B', room: 'B', since: T0, waitingMs: 5 * MIN }])
    moveMediator(c, 'B', M, T0 + 10 * MIN, by(M))
    st = caucusState(c, T0 + 12 * MIN)
    assert.deepEqual(st.perSideMs, { A: 10 * MIN, B: 2 * MIN })
    assert.deepEqual(st.waiting, [{ sideId: 'A', room: 'A', since: T0 + 10 * MIN, waitingMs: 2 * MIN }])
  })

  it('CAUCUS-6 ending brings everyone back to main and the phase to joint', () => {
    const c = joint()
    throwsRule(c, 'CAUCUS-6', () => endCaucus(c, M, T0, by(M)))
    planCaucus(c, ['A'], M, by(M))
    startCaucus(c, M, T0, by(M))
    setPhase(c, 'joint', M, T0 + MIN, by(M))
    const st = caucusState(c, T0 + 2 * MIN)
    assert.equal(getPhase(c), 'joint')
    assert.equal(st.status, 'idle')
    assert.deepEqual(new Set(Object.values(st.rooms)), new Set(['main']))
    assert.deepEqual(st.waiting, [])
    assert.deepEqual(st.perSideMs, { A: MIN })
  })

  it('TIME-1 joint time and caucus time per side, with intervals for billing', () => {
    const c = joint()
    planCaucus(c, ['A', 'B'], M, by(M))
    startCaucus(c, M, T0 + 30 * MIN, by(M))
    moveMediator(c, 'main', M, T0 + 40 * MIN, by(M))
    moveMediator(c, 'B', M, T0 + 45 * MIN, by(M))
    endCaucus(c, M, T0 + 60 * MIN, by(M))
    setPhase(c, 'closing', M, T0 + 80 * MIN, by(M))
    setPhase(c, 'closed', M, T0 + 90 * MIN, by(M))
    const log = timeLog(c, T0 + 200 * MIN)
    assert.equal(log.jointMs, 10 * MIN + 30 * MIN + 20 * MIN + 10 * MIN)
    assert.equal(log.caucusMs, 30 * MIN)
    assert.deepEqual(log.caucusPerSideMs, { A: 10 * MIN, B: 15 * MIN })
    assert.deepEqual(
      log.intervals.map((i) => [i.kind, i.room, (i.from - T0) / MIN, (i.to - T0) / MIN]),
      [
        ['joint', 'main', -10, 0],
        ['joint', 'main', 0, 30],
        ['caucus', 'A', 30, 40],
        ['caucus', 'main', 40, 45],
        ['caucus', 'B', 45, 60],
        ['joint', 'main', 60, 80],
        ['joint', 'main', 80, 90],
      ],
    )
  })

  it('CAUCUS-8 only the side allows a caucus point to be passed on; the mediator may only withdraw', () => {
    const k = new Y.Doc()
    const newId = ids('k')
    throwsRule(k, 'CAUCUS-8', () => addCaucusPoint(k, { text: 'x', mayShare: true }, M, T0, newId, by(M)))
    throwsRule(k, 'ACCESS-3', () => addCaucusPoint(k, { text: 'x' }, S1, T0, newId, by(S1)))
    const offer = addCaucusPoint(k, { text: 'We could pay half', mayShare: true }, A1, T0, newId, by(A1))
    const secret = addCaucusPoint(k, { text: 'Our real limit is 5000' }, M, T0 + 1, newId, by(M))
    throwsRule(k, 'CAUCUS-8', () => setMayShare(k, secret, true, M, by(M)))
    throwsRule(k, 'CAUCUS-8', () => setMayShare(k, 'nope', false, A1, by(A1)))
    assert.deepEqual(
      listCaucusPoints(k).map((p) => [p.text, p.mayShare]),
      [
        ['We could pay half', true],
        ['Our real limit is 5000', false],
      ],
    )
    setMayShare(k, offer, false, M, by(M))
    setMayShare(k, secret, true, A2, by(A2))
    assert.deepEqual(
      listCaucusPoints(k).map((p) => p.mayShare),
      [false, true],
    )
  })
})
