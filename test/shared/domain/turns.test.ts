import assert from 'node:assert/strict'
import {
  acceptRules,
  endFloor,
  endSession,
  getFloor,
  getQueue,
  grantFloor,
  lowerHand,
  MAX_TURN_MS,
  queueMode,
  raiseHand,
  setPhase,
  setQueueMode,
  turnsPerSide,
} from '@mediation/core/domain'
import { A1, A2, B1, controlDoc, ctx, M, PEOPLE, S1, T0, throwsRule } from './fixture'

describe('domain: speaking turns', () => {
  it('TURN-1 at most one participant holds the floor; granting replaces the holder', () => {
    const c = controlDoc()
    assert.equal(getFloor(c, T0), null)
    grantFloor(c, { participantId: 'a1' }, ctx(M))
    grantFloor(c, { participantId: 'b1' }, ctx(M, { now: T0 + 1 }))
    assert.equal(getFloor(c, T0 + 2)?.holderId, 'b1')
  })

  it('TURN-2 the floor goes only to an existing party or adviser, and lowers their hand', () => {
    const c = controlDoc()
    throwsRule(c, 'TURN-2', () => grantFloor(c, { participantId: 'ghost' }, ctx(M)))
    throwsRule(c, 'TURN-2', () => grantFloor(c, { participantId: 's1' }, ctx(M)))
    throwsRule(c, 'TURN-2', () => grantFloor(c, { participantId: 'm' }, ctx(M)))
    raiseHand(c, {}, ctx(A2))
    grantFloor(c, { participantId: 'a2' }, ctx(M, { now: T0 + 1 }))
    assert.deepEqual(getQueue(c), [])
  })

  it('TURN-3 only the mediator grants and ends the floor; ending an empty floor is refused', () => {
    const c = controlDoc()
    throwsRule(c, 'ACCESS-2', () => grantFloor(c, { participantId: 'a1' }, ctx(A1)))
    throwsRule(c, 'TURN-3', () => endFloor(c, {}, ctx(M)))
    grantFloor(c, { participantId: 'a1' }, ctx(M))
    throwsRule(c, 'ACCESS-2', () => endFloor(c, {}, ctx(B1)))
    endFloor(c, {}, ctx(M, { now: T0 + 1 }))
    assert.equal(getFloor(c, T0 + 1), null)
  })

  it('TURN-4 first come first served, one entry each, raising again keeps the place', () => {
    const c = controlDoc()
    raiseHand(c, {}, ctx(B1, { now: T0 + 10 }))
    raiseHand(c, {}, ctx(A2, { now: T0 + 5 }))
    raiseHand(c, {}, ctx(A1, { now: T0 + 10 }))
    raiseHand(c, {}, ctx(B1, { now: T0 + 20 }))
    assert.deepEqual(getQueue(c), [
      { participantId: 'a2', raisedAt: T0 + 5 },
      { participantId: 'a1', raisedAt: T0 + 10 },
      { participantId: 'b1', raisedAt: T0 + 10 },
    ])
  })

  it('TURN-5 parties and advisers raise; own hand or the mediator lowers; lowering no hand is refused', () => {
    const c = controlDoc()
    throwsRule(c, 'TURN-5', () => raiseHand(c, {}, ctx(S1)))
    throwsRule(c, 'TURN-5', () => raiseHand(c, {}, ctx(M)))
    raiseHand(c, {}, ctx(A1))
    raiseHand(c, {}, ctx(B1))
    throwsRule(c, 'TURN-5', () => lowerHand(c, { participantId: 'a1' }, ctx(B1)))
    lowerHand(c, { participantId: 'b1' }, ctx(B1))
    lowerHand(c, { participantId: 'a1' }, ctx(M))
    assert.deepEqual(getQueue(c), [])
    throwsRule(c, 'TURN-5', () => lowerHand(c, { participantId: 'a1' }, ctx(A1)))
    grantFloor(c, { participantId: 'a1' }, ctx(M))
    throwsRule(c, 'TURN-5', () => raiseHand(c, {}, ctx(A1)))
  })

  it('TURN-6 a time limit gives time left, never negative, and an overtime flag', () => {
    const c = controlDoc()
    throwsRule(c, 'TURN-6', () => grantFloor(c, { participantId: 'a1', limitMs: 0 }, ctx(M)))
    throwsRule(c, 'TURN-6', () => grantFloor(c, { participantId: 'a1', limitMs: MAX_TURN_MS + 1 }, ctx(M)))
    throwsRule(c, 'TURN-6', () => grantFloor(c, { participantId: 'a1', limitMs: 1.5 }, ctx(M)))
    grantFloor(c, { participantId: 'a1', limitMs: 60_000 }, ctx(M))
    assert.deepEqual(getFloor(c, T0 + 45_000), {
      holderId: 'a1',
      grantedAt: T0,
      limitMs: 60_000,
      timeLeftMs: 15_000,
      overtime: false,
    })
    const late = getFloor(c, T0 + 70_000)
    assert.equal(late?.timeLeftMs, 0)
    assert.equal(late?.overtime, true)
    grantFloor(c, { participantId: 'b1' }, ctx(M))
    assert.equal(getFloor(c, T0 + 1e9)?.timeLeftMs, null)
  })

  it('TURN-7 no hand can be raised in a closed session', () => {
    const c = controlDoc()
    setPhase(c, { phase: 'opening' }, ctx(M, { now: T0 - 4 }))
    for (const a of [A1, A2, B1]) acceptRules(c, { version: 1 }, ctx(a, { now: T0 - 3 }))
    for (const [i, phase] of (['joint', 'closing'] as const).entries())
      setPhase(c, { phase }, ctx(M, { now: T0 + i }))
    endSession(c, { outcome: 'no-agreement' }, ctx(M, { now: T0 + 2 }))
    throwsRule(c, 'TURN-7', () => raiseHand(c, {}, ctx(A1, { now: T0 + 5 })))
    assert.deepEqual(getQueue(c), [])
  })

  it('TURN-8 side-balanced: A’s party and adviser no longer take two turns in a row while B waits; by arrival again when switched back', () => {
    const c = controlDoc()
    raiseHand(c, {}, ctx(A1, { now: T0 + 1 }))
    raiseHand(c, {}, ctx(A2, { now: T0 + 2 }))
    raiseHand(c, {}, ctx(B1, { now: T0 + 3 }))
    const order = () => getQueue(c).map((q) => q.participantId)
    assert.equal(queueMode(c), 'arrival')
    assert.deepEqual(order(), ['a1', 'a2', 'b1'], 'by arrival')
    throwsRule(c, 'ACCESS-2', () => setQueueMode(c, { mode: 'sides' }, ctx(A1)))
    throwsRule(c, 'TURN-8', () => setQueueMode(c, { mode: 'loudest' as never }, ctx(M)))
    setQueueMode(c, { mode: 'sides' }, ctx(M))
    assert.deepEqual(order(), ['a1', 'b1', 'a2'], 'the sides take turns')
    // A had a turn: now B's hand comes first even though A's adviser raised earlier.
    grantFloor(c, { participantId: 'a1' }, ctx(M, { now: T0 + 10 }))
    assert.deepEqual(order(), ['b1', 'a2'])
    grantFloor(c, { participantId: 'b1' }, ctx(M, { now: T0 + 20 }))
    endFloor(c, {}, ctx(M, { now: T0 + 21 }))
    raiseHand(c, {}, ctx(B1, { now: T0 + 22 }))
    // A 1 turn, B 1 turn: a tie goes to the earliest waiting hand (A's adviser).
    assert.deepEqual(order(), ['a2', 'b1'])
    setQueueMode(c, { mode: 'arrival' }, ctx(M))
    assert.deepEqual(order(), ['a2', 'b1'])
  })

  it('TURN-9 every grant counts as a turn for the holder’s side', () => {
    const c = controlDoc()
    assert.deepEqual(turnsPerSide(c), {})
    grantFloor(c, { participantId: 'a1' }, ctx(M, { now: T0 + 1 }))
    grantFloor(c, { participantId: 'a2' }, ctx(M, { now: T0 + 2 }))
    grantFloor(c, { participantId: 'b1' }, ctx(M, { now: T0 + 3 }))
    const sideOf = (id: string) => PEOPLE.find((p) => p.id === id)?.sideId ?? ''
    assert.deepEqual(turnsPerSide(c), { [sideOf('a1')]: 2, [sideOf('b1')]: 1 })
  })
})
