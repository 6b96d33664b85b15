import assert from 'node:assert/strict'
import {
  acceptRules,
  controlSchema,
  defaultRules,
  editRules,
  endSession,
  getRules,
  requestReacceptance,
  rulesStatus,
  setPhase,
} from '@mediation/core/domain'
import { A1, A2, B1, controlDoc, ctx, M, S1, T0, throwsRule } from './fixture'

describe('domain: ground rules', () => {
  it('RULES-1 the default set covers ether discipline in Dutch and English', () => {
    const items = defaultRules()
    const ids = items.map((i) => i.id)
    for (const id of [
      'one-speaker',
      'mute',
      'camera',
      'no-recording',
      'alone',
      'connection',
      'chat',
      'caucus',
    ]) {
      assert.ok(ids.includes(id), `missing ${id}`)
    }
    for (const i of items)
      assert.ok(i.text.nl.length > 10 && i.text.en.length > 10 && i.text.nl !== i.text.en, i.id)
    assert.ok(defaultRules('coaching').some((i) => i.id === 'coaching-confidential'))
    const c = controlDoc()
    assert.deepEqual(getRules(c).items, items)
    throwsRule(c, 'RULES-1', () => editRules(c, { items: [] }, ctx(M)))
    const twice = [items[0]!, items[0]!]
    throwsRule(c, 'RULES-1', () => editRules(c, { items: twice }, ctx(M)))
    const noDutch = [{ id: 'x', text: { nl: '', en: 'English only' } }]
    throwsRule(c, 'INPUT-1', () => editRules(c, { items: noDutch }, ctx(M)))
  })

  it('RULES-2 the mediator edits; a text change makes a new version, no change makes none', () => {
    const c = controlDoc()
    const v1 = getRules(c)
    assert.equal(v1.version, 1)
    assert.match(v1.hash, /^[0-9a-f]{64}$/)
    throwsRule(c, 'ACCESS-2', () => editRules(c, { items: v1.items }, ctx(A1)))
    assert.equal(editRules(c, { items: v1.items }, ctx(M)).version, 1)
    const changed = v1.items.map((i, n) =>
      n === 0 ? { ...i, text: { ...i.text, en: 'Speak one at a time.' } } : i,
    )
    const v2 = editRules(c, { items: changed }, ctx(M, { now: T0 + 1 }))
    assert.equal(v2.version, 2)
    assert.notEqual(v2.hash, v1.hash)
    assert.equal(v2.editedBy, 'm')
    assert.equal(controlSchema(c).rulesHistory.get(0).version, 1)
  })

  it('RULES-3 an acceptance names the current version and hash; stale ones are refused', () => {
    const c = controlDoc()
    const { hash } = getRules(c)
    throwsRule(c, 'RULES-3', () => acceptRules(c, { version: 2 }, ctx(A1)))
    throwsRule(c, 'RULES-3', () => acceptRules(c, { version: 1, hash: 'f'.repeat(64) }, ctx(A1)))
    acceptRules(c, { version: 1, hash }, ctx(A1, { now: T0 + 7 }))
    assert.deepEqual(rulesStatus(c).participants.find((p) => p.participantId === 'a1')?.accepted, {
      participantId: 'a1',
      version: 1,
      hash,
      at: T0 + 7,
    })
  })

  it('RULES-4 a text change invalidates earlier acceptances; status lists who still has to accept', () => {
    const c = controlDoc()
    assert.deepEqual(rulesStatus(c).pending, ['a1', 'a2', 'b1'])
    for (const a of [A1, A2, B1]) acceptRules(c, { version: 1 }, ctx(a))
    assert.equal(rulesStatus(c).allAccepted, true)
    const items = getRules(c).items.slice(1)
    editRules(c, { items }, ctx(M, { now: T0 + 1 }))
    const status = rulesStatus(c)
    assert.equal(status.version, 2)
    assert.deepEqual(status.pending, ['a1', 'a2', 'b1'])
    assert.equal(status.participants[0]?.accepted?.version, 1)
    assert.equal(status.participants[0]?.current, false)
    acceptRules(c, { version: 2 }, ctx(B1, { now: T0 + 2 }))
    assert.deepEqual(rulesStatus(c).pending, ['a1', 'a2'])
  })

  it('RULES-5 parties and advisers accept; the mediator and secretariat do not', () => {
    const c = controlDoc()
    throwsRule(c, 'RULES-5', () => acceptRules(c, { version: 1 }, ctx(M)))
    throwsRule(c, 'RULES-5', () => acceptRules(c, { version: 1 }, ctx(S1)))
    acceptRules(c, { version: 1 }, ctx(A2))
    assert.ok(!rulesStatus(c).pending.includes('a2'))
  })

  it('RULES-6 asking again makes version n+1 with the same items; earlier acceptances are no longer current', () => {
    const c = controlDoc()
    for (const a of [A1, A2, B1]) acceptRules(c, { version: 1 }, ctx(a))
    assert.equal(rulesStatus(c).allAccepted, true)
    const v1 = getRules(c)
    throwsRule(c, 'ACCESS-2', () => requestReacceptance(c, {}, ctx(A1)))
    throwsRule(c, 'ACCESS-2', () => requestReacceptance(c, {}, ctx(S1)))
    const v2 = requestReacceptance(c, {}, ctx(M, { now: T0 + 5 }))
    assert.equal(v2.version, 2)
    assert.equal(v2.hash, v1.hash)
    assert.deepEqual(v2.items, v1.items)
    assert.equal(v2.editedAt, T0 + 5)
    assert.equal(controlSchema(c).rulesHistory.get(0).version, 1)
    const status = rulesStatus(c)
    assert.deepEqual(status.pending, ['a1', 'a2', 'b1'])
    assert.equal(status.participants[0]?.accepted?.version, 1)
    throwsRule(c, 'RULES-3', () => acceptRules(c, { version: 1, hash: v1.hash }, ctx(A1, { now: T0 + 6 })))
    acceptRules(c, { version: 2, hash: v2.hash }, ctx(A1, { now: T0 + 6 }))
    assert.deepEqual(rulesStatus(c).pending, ['a2', 'b1'])
  })

  it('PHASE-4 ground rules cannot change in a closed session', () => {
    const c = controlDoc()
    setPhase(c, { phase: 'opening' }, ctx(M))
    for (const a of [A1, A2, B1]) acceptRules(c, { version: 1 }, ctx(a))
    setPhase(c, { phase: 'joint' }, ctx(M))
    setPhase(c, { phase: 'closing' }, ctx(M))
    endSession(c, { outcome: 'full-agreement' }, ctx(M))
    throwsRule(c, 'PHASE-4', () => editRules(c, { items: getRules(c).items.slice(1) }, ctx(M)))
    throwsRule(c, 'PHASE-4', () => requestReacceptance(c, {}, ctx(M)))
  })
})
