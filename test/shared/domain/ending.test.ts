/** Ending a session with an outcome from every phase, and reopening it for aftercare (PHASE-5..8). */
import assert from 'node:assert/strict'
import {
  acceptRules,
  caucusState,
  controlSchema,
  ENDING_OUTCOMES,
  type EndingOutcome,
  ending,
  endings,
  endSession,
  getFloor,
  getPhase,
  getQueue,
  grantFloor,
  MAX_ENDING_NOTE,
  type Phase,
  planCaucus,
  raiseHand,
  reopenSession,
  setPhase,
  startCaucus,
} from '@mediation/core/domain'
import type * as Y from 'yjs'
import { A1, A2, B1, controlDoc, ctx, M, S1, T0, throwsRule } from './fixture'

const MIN = 60_000

/** A session brought to `phase` by the mediator, one minute per step; in joint and later b1 holds the floor. */
function sessionIn(phase: Exclude<Phase, 'closed' | 'aftercare'>): Y.Doc {
  const c = controlDoc()
  if (phase === 'intake') return c
  setPhase(c, { phase: 'opening' }, ctx(M, { now: T0 + MIN }))
  if (phase === 'opening') return c
  for (const a of [A1, A2, B1]) acceptRules(c, { version: 1 }, ctx(a, { now: T0 + MIN }))
  setPhase(c, { phase: 'joint' }, ctx(M, { now: T0 + 2 * MIN }))
  raiseHand(c, {}, ctx(A1, { now: T0 + 2 * MIN }))
  grantFloor(c, { participantId: 'b1' }, ctx(M, { now: T0 + 2 * MIN }))
  if (phase === 'joint') return c
  if (phase === 'caucus') {
    planCaucus(c, { sideIds: ['A', 'B'] }, ctx(M, { now: T0 + 3 * MIN }))
    startCaucus(c, {}, ctx(M, { now: T0 + 3 * MIN }))
    return c
  }
  setPhase(c, { phase: 'closing' }, ctx(M, { now: T0 + 3 * MIN }))
  return c
}

const PHASES_BEFORE_END = ['intake', 'opening', 'joint', 'caucus', 'closing'] as const
const END = T0 + 10 * MIN

describe('domain: ending and aftercare', () => {
  for (const phase of PHASES_BEFORE_END) {
    it(`PHASE-5 the mediator ends the session from ${phase} with each outcome; it is recorded with time and who`, () => {
      for (const outcome of ENDING_OUTCOMES) {
        const c = sessionIn(phase)
        const before = controlSchema(c).phaseLog.length
        endSession(c, { outcome, note: `  ${outcome} note  ` }, ctx(M, { now: END }))
        assert.equal(getPhase(c), 'closed')
        assert.deepEqual(ending(c), { outcome, note: `${outcome} note`, at: END, by: 'm' })
        assert.deepEqual(endings(c), [{ outcome, note: `${outcome} note`, at: END, by: 'm', from: phase }])
        const last = controlSchema(c).phaseLog.toArray().slice(before).at(-1)
        assert.deepEqual(last, { from: phase === 'caucus' ? 'joint' : phase, to: 'closed', at: END, by: 'm' })
      }
    })
  }

  it('PHASE-5 seven outcomes; unknown ones, long notes, parties and a second ending are refused', () => {
    assert.deepEqual(
      [...ENDING_OUTCOMES],
      [
        'full-agreement',
        'partial-agreement',
        'no-agreement',
        'referral',
        'ended-by-party',
        'ended-by-mediator',
        'not-suitable',
      ],
    )
    const c = sessionIn('joint')
    assert.equal(ending(c), null)
    throwsRule(c, 'INPUT-1', () => endSession(c, { outcome: 'settled' as EndingOutcome }, ctx(M)))
    throwsRule(c, 'INPUT-1', () =>
      endSession(c, { outcome: 'referral', note: 'x'.repeat(MAX_ENDING_NOTE + 1) }, ctx(M)),
    )
    for (const who of [A1, A2, B1, S1])
      throwsRule(c, 'ACCESS-2', () => endSession(c, { outcome: 'ended-by-party' }, ctx(who)))
    assert.equal(getPhase(c), 'joint')
    endSession(c, { outcome: 'referral', note: 'x'.repeat(MAX_ENDING_NOTE) }, ctx(M, { now: END }))
    throwsRule(c, 'PHASE-1', () => endSession(c, { outcome: 'no-agreement' }, ctx(M, { now: END + 1 })))
    assert.equal(ending(c)?.outcome, 'referral')
    assert.equal(ending(c)?.note.length, MAX_ENDING_NOTE)
  })

  it('PHASE-6 ending during a caucus ends the caucus, the floor and the raised hands in one change', () => {
    const c = sessionIn('caucus')
    assert.equal(caucusState(c, END).status, 'active')
    assert.equal(getQueue(c).length, 1)
    let changes = 0
    c.on('update', () => changes++)
    endSession(c, { outcome: 'partial-agreement' }, ctx(M, { now: END }))
    assert.equal(changes, 1)
    const st = caucusState(c, END)
    assert.equal(st.status, 'idle')
    assert.ok(Object.values(st.rooms).every((r) => r === 'main'))
    assert.deepEqual(controlSchema(c).caucusLog.toArray().at(-1), {
      type: 'end',
      room: 'main',
      sides: ['A', 'B'],
      at: END,
    })
    assert.equal(getFloor(c, END), null)
    assert.deepEqual(getQueue(c), [])
    const j = sessionIn('joint')
    assert.equal(getFloor(j, END)?.holderId, 'b1')
    endSession(j, { outcome: 'no-agreement' }, ctx(M, { now: END }))
    assert.equal(getFloor(j, END), null)
    assert.deepEqual(getQueue(j), [])
  })

  it('PHASE-7 the mediator reopens an ended session for aftercare, logged; only from closed and only the mediator', () => {
    const c = sessionIn('closing')
    throwsRule(c, 'PHASE-1', () => reopenSession(c, {}, ctx(M, { now: END })))
    endSession(c, { outcome: 'full-agreement' }, ctx(M, { now: END }))
    for (const who of [A1, A2, B1, S1]) throwsRule(c, 'ACCESS-2', () => reopenSession(c, {}, ctx(who)))
    reopenSession(c, {}, ctx(M, { now: END + MIN }))
    assert.equal(getPhase(c), 'aftercare')
    assert.deepEqual(controlSchema(c).phaseLog.toArray().at(-1), {
      from: 'closed',
      to: 'aftercare',
      at: END + MIN,
      by: 'm',
    })
    throwsRule(c, 'PHASE-1', () => reopenSession(c, {}, ctx(M, { now: END + 2 * MIN })))
  })

  it('PHASE-8 in aftercare hands and the floor work, no caucus; the ending stands until a new one, the old kept', () => {
    const c = sessionIn('joint')
    endSession(c, { outcome: 'full-agreement', note: 'Afspraken gemaakt' }, ctx(M, { now: END }))
    throwsRule(c, 'TURN-7', () => raiseHand(c, {}, ctx(A1, { now: END + 1 })))
    reopenSession(c, {}, ctx(M, { now: END + MIN }))
    assert.deepEqual(ending(c), { outcome: 'full-agreement', note: 'Afspraken gemaakt', at: END, by: 'm' })
    raiseHand(c, {}, ctx(A1, { now: END + 2 * MIN }))
    assert.deepEqual(
      getQueue(c).map((q) => q.participantId),
      ['a1'],
    )
    grantFloor(c, { participantId: 'a1' }, ctx(M, { now: END + 2 * MIN }))
    assert.equal(getFloor(c, END + 2 * MIN)?.holderId, 'a1')
    throwsRule(c, 'CAUCUS-1', () => planCaucus(c, { sideIds: ['A'] }, ctx(M, { now: END + 3 * MIN })))
    const again = END + 30 * MIN
    endSession(c, { outcome: 'partial-agreement' }, ctx(M, { now: again }))
    assert.equal(getPhase(c), 'closed')
    assert.deepEqual(ending(c), { outcome: 'partial-agreement', note: '', at: again, by: 'm' })
    assert.deepEqual(
      endings(c).map((e) => [e.outcome, e.from, e.at]),
      [
        ['full-agreement', 'joint', END],
        ['partial-agreement', 'aftercare', again],
      ],
    )
    assert.equal(getFloor(c, again), null)
  })
})
