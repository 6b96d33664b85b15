import assert from 'node:assert/strict'
import {
  acceptRules,
  applyCommand,
  caucusState,
  endCaucus,
  getPhase,
  isShuttle,
  moveMediator,
  planCaucus,
  setPhase,
  setShuttle,
  startCaucus,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { A1, A2, B1, controlDoc, ctx, M, T0, throwsRule } from './fixture'

/** A session in the opening with every ground rule accepted (so only the safety rules can refuse joint). */
function opening(): Y.Doc {
  const c = controlDoc()
  setPhase(c, { phase: 'opening' }, ctx(M, { now: T0 - 1000 }))
  for (const a of [A1, A2, B1]) acceptRules(c, { version: 1 }, ctx(a, { now: T0 - 500 }))
  return c
}

const docs = (control: Y.Doc) => ({ control, agreement: new Y.Doc() })

describe('domain: safety hold and shuttle mode', () => {
  it('SAFETY-4 while the server holds the case, opening → joint and caucus → joint are refused; released, they go', () => {
    const c = opening()
    throwsRule(c, 'SAFETY-4', () => setPhase(c, { phase: 'joint', safetyHeld: true }, ctx(M)))
    throwsRule(c, 'SAFETY-4', () =>
      applyCommand(docs(c), { type: 'setPhase', phase: 'joint' }, ctx(M), { safetyHeld: true }),
    )
    assert.equal(getPhase(c), 'opening')
    applyCommand(docs(c), { type: 'setPhase', phase: 'joint' }, ctx(M), { safetyHeld: false })
    assert.equal(getPhase(c), 'joint')
    planCaucus(c, { sideIds: ['A'] }, ctx(M))
    setPhase(c, { phase: 'caucus' }, ctx(M))
    throwsRule(c, 'SAFETY-4', () => setPhase(c, { phase: 'joint', safetyHeld: true }, ctx(M)))
    throwsRule(c, 'SAFETY-4', () => endCaucus(c, { safetyHeld: true }, ctx(M)))
    assert.equal(getPhase(c), 'caucus')
    setPhase(c, { phase: 'joint', safetyHeld: false }, ctx(M))
    assert.equal(getPhase(c), 'joint')
    // Only the mediator moves the phase, by command too (ACCESS-2).
    throwsRule(c, 'ACCESS-2', () => applyCommand(docs(c), { type: 'setPhase', phase: 'closing' }, ctx(A1)))
  })

  it('SAFETY-5 shuttle mode: the caucus starts from the opening, nobody moves into joint, the mediator goes room to room', () => {
    const c = opening()
    throwsRule(c, 'ACCESS-2', () => setShuttle(c, { on: true }, ctx(A1)))
    setShuttle(c, { on: true }, ctx(M))
    assert.equal(isShuttle(c), true)
    throwsRule(c, 'SAFETY-5', () => setPhase(c, { phase: 'joint' }, ctx(M)))
    planCaucus(c, { sideIds: ['A', 'B'] }, ctx(M))
    startCaucus(c, {}, ctx(M, { now: T0 + 1000 }))
    assert.equal(getPhase(c), 'caucus')
    moveMediator(c, { room: 'B' }, ctx(M, { now: T0 + 2000 }))
    assert.equal(caucusState(c, T0 + 3000).mediatorRoom, 'B')
    throwsRule(c, 'SAFETY-5', () => endCaucus(c, {}, ctx(M)))
    throwsRule(c, 'SAFETY-5', () => setPhase(c, { phase: 'joint', safetyHeld: false }, ctx(M)))
    assert.equal(getPhase(c), 'caucus')
    setShuttle(c, { on: false }, ctx(M))
    endCaucus(c, {}, ctx(M, { now: T0 + 4000 }))
    assert.equal(getPhase(c), 'joint')
    // Without shuttle mode a caucus is planned during joint talks only, as before (CAUCUS-1).
    const plain = opening()
    throwsRule(plain, 'CAUCUS-1', () => planCaucus(plain, { sideIds: ['A'] }, ctx(M)))
  })
})
