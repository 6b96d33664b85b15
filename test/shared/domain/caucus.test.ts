import assert from 'node:assert/strict'
import {
  acceptRules,
  addCaucusPoint,
  caucusState,
  endCaucus,
  endSession,
  getFloor,
  getPhase,
  getQueue,
  grantFloor,
  listCaucusPoints,
  moveMediator,
  planCaucus,
  raiseHand,
  setMayShare,
  setPhase,
  startCaucus,
  startMeeting,
  timeLog,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { A1, A2, B1, controlDoc, ctx, ids, M, S1, T0, throwsRule } from './fixture'

const MIN = 60_000

/** A session in joint talks since T0. */
function joint(): Y.Doc {
  const c = controlDoc()
  setPhase(c, { phase: 'opening' }, ctx(M, { now: T0 - 10 * MIN }))
  for (const a of [A1, A2, B1]) acceptRules(c, { version: 1 }, ctx(a, { now: T0 - MIN }))
  setPhase(c, { phase: 'joint' }, ctx(M))
  return c
}

describe('domain: caucus and time log', () => {
  it('CAUCUS-1 the mediator plans one or more distinct existing sides during joint talks', () => {
    const c = controlDoc()
    throwsRule(c, 'CAUCUS-1', () => planCaucus(c, { sideIds: ['A'] }, ctx(M)))
    const j = joint()
    throwsRule(j, 'ACCESS-2', () => planCaucus(j, { sideIds: ['A'] }, ctx(A1)))
    throwsRule(j, 'CAUCUS-1', () => planCaucus(j, { sideIds: [] }, ctx(M)))
    throwsRule(j, 'CAUCUS-1', () => planCaucus(j, { sideIds: ['A', 'A'] }, ctx(M)))
    throwsRule(j, 'CAUCUS-1', () => planCaucus(j, { sideIds: ['Z'] }, ctx(M)))
    planCaucus(j, { sideIds: ['A', 'B'] }, ctx(M))
    assert.equal(caucusState(j, T0).status, 'planned')
    assert.deepEqual(caucusState(j, T0).plannedSides, ['A', 'B'])
  })

  it('CAUCUS-2 starting needs a plan, enters phase caucus, mediator in the first side room', () => {
    const c = joint()
    throwsRule(c, 'CAUCUS-2', () => startCaucus(c, {}, ctx(M)))
    planCaucus(c, { sideIds: ['B', 'A'] }, ctx(M))
    setPhase(c, { phase: 'caucus' }, ctx(M, { now: T0 + MIN }))
    assert.equal(getPhase(c), 'caucus')
    const st = caucusState(c, T0 + MIN)
    assert.equal(st.status, 'active')
    assert.equal(st.mediatorRoom, 'B')
    assert.equal(st.startedAt, T0 + MIN)
  })

  it('CAUCUS-2 where the platform moves the mediator, the caucus starts with the mediator in main: no side time until a move', () => {
    const c = joint()
    planCaucus(c, { sideIds: ['B', 'A'] }, ctx(M))
    startCaucus(c, { mediatorRoom: 'main' }, ctx(M, { now: T0 + MIN }))
    const st = caucusState(c, T0 + 2 * MIN)
    assert.equal(st.status, 'active')
    assert.equal(st.mediatorRoom, 'main')
    assert.deepEqual(st.perSideMs, {})
    moveMediator(c, { room: 'B' }, ctx(M, { now: T0 + 2 * MIN }))
    const later = caucusState(c, T0 + 5 * MIN)
    assert.equal(later.mediatorRoom, 'B')
    assert.deepEqual(later.perSideMs, { B: 3 * MIN })
  })

  it('CAUCUS-3 the mediator moves only to main or a planned room while a caucus runs', () => {
    const c = joint()
    throwsRule(c, 'CAUCUS-3', () => moveMediator(c, { room: 'A' }, ctx(M)))
    planCaucus(c, { sideIds: ['A'] }, ctx(M))
    startCaucus(c, {}, ctx(M))
    throwsRule(c, 'CAUCUS-3', () => moveMediator(c, { room: 'B' }, ctx(M)))
    throwsRule(c, 'ACCESS-2', () => moveMediator(c, { room: 'main' }, ctx(A1)))
    moveMediator(c, { room: 'main' }, ctx(M, { now: T0 + 1 }))
    assert.equal(caucusState(c, T0 + 2).mediatorRoom, 'main')
  })

  it('CAUCUS-4 everyone is in exactly one room', () => {
    const c = joint()
    planCaucus(c, { sideIds: ['A'] }, ctx(M))
    startCaucus(c, {}, ctx(M))
    assert.deepEqual(caucusState(c, T0).rooms, { m: 'A', a1: 'A', a2: 'A', b1: 'main', s1: 'main' })
  })

  it('CAUCUS-5 CAUCUS-7 per-side time is the mediator time in the room; the others wait since the mediator left', () => {
    const c = joint()
    planCaucus(c, { sideIds: ['A', 'B'] }, ctx(M))
    startCaucus(c, {}, ctx(M))
    let st = caucusState(c, T0 + 5 * MIN)
    assert.deepEqual(st.waiting, [{ sideId: 'B', room: 'B', sides: ['B'], since: T0, waitingMs: 5 * MIN }])
    moveMediator(c, { room: 'B' }, ctx(M, { now: T0 + 10 * MIN }))
    st = caucusState(c, T0 + 12 * MIN)
    assert.deepEqual(st.perSideMs, { A: 10 * MIN, B: 2 * MIN })
    assert.deepEqual(st.waiting, [
      { sideId: 'A', room: 'A', sides: ['A'], since: T0 + 10 * MIN, waitingMs: 2 * MIN },
    ])
  })

  it('CAUCUS-6 ending brings everyone back to main and the phase to joint', () => {
    const c = joint()
    throwsRule(c, 'CAUCUS-6', () => endCaucus(c, {}, ctx(M)))
    planCaucus(c, { sideIds: ['A'] }, ctx(M))
    startCaucus(c, {}, ctx(M))
    setPhase(c, { phase: 'joint' }, ctx(M, { now: T0 + MIN }))
    const st = caucusState(c, T0 + 2 * MIN)
    assert.equal(getPhase(c), 'joint')
    assert.equal(st.status, 'idle')
    assert.deepEqual(new Set(Object.values(st.rooms)), new Set(['main']))
    assert.deepEqual(st.waiting, [])
    assert.deepEqual(st.perSideMs, { A: MIN })
  })

  it('TIME-1 joint time and caucus time per side, with intervals for billing', () => {
    const c = joint()
    // The meeting began with the opening.
    startMeeting(c, {}, ctx(M, { now: T0 - 10 * MIN }))
    planCaucus(c, { sideIds: ['A', 'B'] }, ctx(M))
    startCaucus(c, {}, ctx(M, { now: T0 + 30 * MIN }))
    moveMediator(c, { room: 'main' }, ctx(M, { now: T0 + 40 * MIN }))
    moveMediator(c, { room: 'B' }, ctx(M, { now: T0 + 45 * MIN }))
    endCaucus(c, {}, ctx(M, { now: T0 + 60 * MIN }))
    setPhase(c, { phase: 'closing' }, ctx(M, { now: T0 + 80 * MIN }))
    // Ending the session ends the meeting too (MEET-3): nothing after it counts.
    endSession(c, { outcome: 'full-agreement' }, ctx(M, { now: T0 + 90 * MIN }))
    const log = timeLog(c, T0 + 200 * MIN)
    assert.equal(log.totals.jointMs, 10 * MIN + 30 * MIN + 20 * MIN + 10 * MIN)
    assert.equal(log.totals.caucusMs, 25 * MIN, 'with a side; the mediator alone in main is not caucus time')
    assert.equal(log.totals.aloneMs, 5 * MIN)
    assert.deepEqual(log.totals.caucusPerSideMs, { A: 10 * MIN, B: 15 * MIN })
    assert.deepEqual(
      log.intervals.map((i) => [i.kind, i.room, (i.from - T0) / MIN, (i.to - T0) / MIN]),
      [
        ['joint', 'main', -10, 0],
        ['joint', 'main', 0, 30],
        ['caucus', 'A', 30, 40],
        ['alone', 'main', 40, 45],
        ['caucus', 'B', 45, 60],
        ['joint', 'main', 60, 80],
        ['joint', 'main', 80, 90],
      ],
    )
  })

  it('CAUCUS-8 only a party allows a caucus point to be passed on; an adviser neither grants nor withdraws; the mediator may only withdraw', () => {
    const k = new Y.Doc()
    const newId = ids('k')
    throwsRule(k, 'CAUCUS-8', () => addCaucusPoint(k, { text: 'x', mayShare: true }, ctx(M, { newId })))
    throwsRule(k, 'CAUCUS-8', () => addCaucusPoint(k, { text: 'x', mayShare: true }, ctx(A2, { newId })))
    throwsRule(k, 'ACCESS-3', () => addCaucusPoint(k, { text: 'x' }, ctx(S1, { newId })))
    const offer = addCaucusPoint(k, { text: 'We could pay half', mayShare: true }, ctx(A1, { newId }))
    const secret = addCaucusPoint(k, { text: 'Our real limit is 5000' }, ctx(M, { now: T0 + 1, newId }))
    const advice = addCaucusPoint(k, { text: 'Adviser: hold firm' }, ctx(A2, { now: T0 + 2, newId }))
    throwsRule(k, 'CAUCUS-8', () => setMayShare(k, { id: secret, mayShare: true }, ctx(M)))
    throwsRule(k, 'CAUCUS-8', () => setMayShare(k, { id: secret, mayShare: true }, ctx(A2)))
    throwsRule(k, 'CAUCUS-8', () => setMayShare(k, { id: offer, mayShare: false }, ctx(A2)))
    throwsRule(k, 'CAUCUS-8', () => setMayShare(k, { id: 'nope', mayShare: false }, ctx(A1)))
    assert.deepEqual(
      listCaucusPoints(k).map((p) => [p.text, p.mayShare]),
      [
        ['We could pay half', true],
        ['Our real limit is 5000', false],
        ['Adviser: hold firm', false],
      ],
    )
    setMayShare(k, { id: offer, mayShare: false }, ctx(M))
    setMayShare(k, { id: secret, mayShare: true }, ctx(A1))
    setMayShare(k, { id: advice, mayShare: true }, ctx(A1))
    assert.deepEqual(
      listCaucusPoints(k).map((p) => p.mayShare),
      [false, true, true],
    )
  })

  it('CAUCUS-9 starting a caucus ends the floor and its timer in the same change; hands stay queued; no floor during it', () => {
    const c = joint()
    grantFloor(c, { participantId: 'b1', limitMs: 2 * MIN }, ctx(M, { now: T0 + MIN }))
    raiseHand(c, {}, ctx(A1, { now: T0 + 2 * MIN }))
    planCaucus(c, { sideIds: ['A'] }, ctx(M))
    let changes = 0
    c.on('afterTransaction', () => changes++)
    startCaucus(c, {}, ctx(M, { now: T0 + 4 * MIN }))
    assert.equal(changes, 1, 'the caucus and the end of the floor are one change')
    assert.equal(getFloor(c, T0 + 5 * MIN), null, 'no holder and no overrun after the limit')
    assert.deepEqual(
      getQueue(c).map((q) => q.participantId),
      ['a1'],
    )
    throwsRule(c, 'CAUCUS-9', () => grantFloor(c, { participantId: 'b1' }, ctx(M, { now: T0 + 5 * MIN })))
    raiseHand(c, {}, ctx(B1, { now: T0 + 6 * MIN }))
    endCaucus(c, {}, ctx(M, { now: T0 + 7 * MIN }))
    assert.deepEqual(
      getQueue(c).map((q) => q.participantId),
      ['a1', 'b1'],
    )
    grantFloor(c, { participantId: 'a1' }, ctx(M, { now: T0 + 8 * MIN }))
    assert.equal(getFloor(c, T0 + 8 * MIN)?.holderId, 'a1')
  })
})
