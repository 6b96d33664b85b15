import assert from 'node:assert/strict'
import {
  endFloor,
  getFloor,
  getQueue,
  grantFloor,
  lowerHand,
  MAX_TURN_MS,
  raiseHand,
} from '@mediation/core/domain'
import { A1, A2, B1, by, controlDoc, M, S1, T0, throwsRule } from './fixture'

describe('domain: speaking turns', () => {
  it('TURN-1 at most one participant holds the floor; granting replaces the holder', () => {
    const c = controlDoc()
    assert.equal(getFloor(c, T0), null)
    grantFloor(c, 'a1', {}, M, T0, by(M))
    grantFloor(c, 'b1', {}, M, T0 + 1, by(M))
    assert.equal(getFloor(c, T0 + 2)?.holderId, 'b1')
  })

  it('TURN-2 the floor goes only to an existing party or adviser, and lowers their hand', () => {
    const c = controlDoc()
    throwsRule(c, 'TURN-2', () => grantFloor(c, 'ghost', {}, M, T0, by(M)))
    throwsRule(c, 'TURN-2', () => grantFloor(c, 's1', {}, M, T0, by(M)))
    throwsRule(c, 'TURN-2', () => grantFloor(c, 'm', {}, M, T0, by(M)))
    raiseHand(c, A2, T0, by(A2))
    grantFloor(c, 'a2', {}, M, T0 + 1, by(M))
    assert.deepEqual(getQueue(c), [])
  })

  it('TURN-3 only the mediator grants and ends the floor; ending an empty floor is refused', () => {
    const c = controlDoc()
    throwsRule(c, 'ACCESS-2', () => grantFloor(c, 'a1', {}, A1, T0, by(A1)))
    throwsRule(c, 'TURN-3', () => endFloor(c, M, T0, by(M)))
    grantFloor(c, 'a1', {}, M, T0, by(M))
    throwsRule(c, 'ACCESS-2', () => endFloor(c, B1, T0, by(B1)))
    endFloor(c, M, T0 + 1, by(M))
    assert.equal(getFloor(c, T0 + 1), null)
  })

  it('TURN-4 first come first served, one entry each, raising again keeps the place', () => {
    const c = controlDoc()
    raiseHand(c, B1, T0 + 10, by(B1))
    raiseHand(c, A2, T0 + 5, by(A2))
    raiseHand(c, A1, T0 + 10, by(A1))
    raiseHand(c, B1, T0 + 20, by(B1))
    assert.deepEqual(getQueue(c), [
      { participantId: 'a2', raisedAt: T0 + 5 },
      { participantId: 'a1', raisedAt: T0 + 10 },
      { participantId: 'b1', raisedAt: T0 + 10 },
    ])
  })

  it('TURN-5 parties and advisers raise; own hand or the mediator lowers; lowering no hand is refused', () => {
    const c = controlDoc()
    throwsRule(c, 'TURN-5', () => raiseHand(c, S1, T0, by(S1)))
    throwsRule(c, 'TURN-5', () => raiseHand(c, M, T0, by(M)))
    raiseHand(c, A1, T0, by(A1))
    raiseHand(c, B1, T0, by(B1))
    throwsRule(c, 'TURN-5', () => lowerHand(c, B1, 'a1', T0, by(B1)))
    lowerHand(c, B1, 'b1', T0, by(B1))
    lowerHand(c, M, 'a1', T0, by(M))
    assert.deepEqual(getQueue(c), [])
    throwsRule(c, 'TURN-5', () => lowerHand(c, A1, 'a1', T0, by(A1)))
    grantFloor(c, 'a1', {}, M, T0, by(M))
    throwsRule(c, 'TURN-5', () => raiseHand(c, A1, T0, by(A1)))
  })

  it('TURN-6 a time limit gives time left, never negative, and an overtime flag', () => {
    const c = controlDoc()
    throwsRule(c, 'TURN-6', () => grantFloor(c, 'a1', { limitMs: 0 }, M, T0, by(M)))
    throwsRule(c, 'TURN-6', () => grantFloor(c, 'a1', { limitMs: MAX_TURN_MS + 1 }, M, T0, by(M)))
    throwsRule(c, 'TURN-6', () => grantFloor(c, 'a1', { limitMs: 1.5 }, M, T0, by(M)))
    grantFloor(c, 'a1', { limitMs: 60_000 }, M, T0, by(M))
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
    grantFloor(c, 'b1', {}, M, T0, by(M))
    assert.equal(getFloor(c, T0 + 1e9)?.timeLeftMs, null)
  })
})
