import assert from 'node:assert/strict'
import {
  addClause,
  applyCommand,
  getQueue,
  getRules,
  interruptions,
  MAX_REPORT_LAG_MS,
  parseCommand,
  rulesStatus,
  saveVersion,
  serverOrigin,
  signoffStatus,
  talkTime,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { A1, B1, controlDoc, ctx, ids, M, PEOPLE, signCommand, T0, throwsRule } from './fixture'

function docs() {
  const agreement = new Y.Doc()
  addClause(agreement, { text: 'We agree.' }, ctx(M, { newId: ids('c') }))
  return { control: controlDoc(), agreement }
}

describe('domain: party commands', () => {
  it('CMD-1 parseCommand accepts only known commands with exactly their fields', () => {
    assert.deepEqual(parseCommand({ type: 'raiseHand' }), { type: 'raiseHand' })
    assert.deepEqual(parseCommand({ type: 'reportMuted', muted: true }), { type: 'reportMuted', muted: true })
    assert.deepEqual(parseCommand({ type: 'acceptRules', version: 2, hash: 'abc' }), {
      type: 'acceptRules',
      version: 2,
      hash: 'abc',
    })
    const bad: [unknown, RegExp][] = [
      [null, /JSON object/],
      [[], /JSON object/],
      [{ type: 'grantFloor' }, /unknown command type grantFloor/],
      [{ type: 'raiseHand', as: 'm' }, /unexpected field as/],
      [{ type: 'acceptRules', version: '1', hash: 'x' }, /version must be a whole number/],
      [{ type: 'acceptRules', version: 1 }, /hash must be a non-empty string/],
      [
        { type: 'signAgreement', versionId: '', hash: 'x', typedName: 'A', consent: true },
        /versionId must be/,
      ],
      [{ type: 'signAgreement', versionId: 'v', hash: 'x', consent: true }, /typedName must be a non-empty/],
      [
        { type: 'signAgreement', versionId: 'v', hash: 'x', typedName: 'A', consent: 'yes' },
        /consent must be true/,
      ],
      [{ type: 'reportSpeaking', speaking: 'yes' }, /speaking must be true or false/],
      [{ type: 'reportSpeaking', speaking: true, at: -5 }, /at must be a time/],
      [{ type: '__proto__' }, /unknown command type/],
    ]
    for (const [input, message] of bad) {
      assert.throws(
        () => parseCommand(input),
        (e: Error & { rule?: string }) => e.rule === 'CMD-1' && message.test(e.message),
        JSON.stringify(input),
      )
    }
  })

  it('CMD-2 applyCommand checks the actor and applies the same rules', () => {
    const d = docs()
    const o = serverOrigin('a1')
    applyCommand(d, parseCommand({ type: 'raiseHand' }), ctx(A1, { origin: o }))
    assert.deepEqual(getQueue(d.control), [{ participantId: 'a1', raisedAt: T0 }])
    applyCommand(d, { type: 'lowerHand' }, ctx(A1, { origin: o }))
    assert.deepEqual(getQueue(d.control), [])
    const { version, hash } = getRules(d.control)
    throwsRule(d.control, 'RULES-3', () =>
      applyCommand(d, { type: 'acceptRules', version, hash: 'stale' }, ctx(A1, { origin: o })),
    )
    applyCommand(d, { type: 'acceptRules', version, hash }, ctx(A1, { origin: o }))
    assert.ok(!rulesStatus(d.control).pending.includes('a1'))
    const v = saveVersion(d.agreement, { name: 'v1' }, ctx(M, { newId: ids('v') }))
    applyCommand(d, signCommand(v, 'Anna'), ctx(A1, { origin: o }))
    applyCommand(d, signCommand(v, 'Bram'), ctx(B1, { origin: serverOrigin('b1') }))
    applyCommand(d, signCommand(v, 'Mira Mediator'), ctx(M, { origin: serverOrigin('m') }))
    assert.equal(signoffStatus(d.agreement, PEOPLE)[0]?.countersigned, true)
    const ghost = { participantId: 'ghost', role: 'party' as const, sideId: 'A' }
    throwsRule(d.control, 'ACCESS-4', () => applyCommand(d, { type: 'raiseHand' }, ctx(ghost, { origin: o })))
  })

  it('SIGN-16 SIGN-17 a sign-off needs the name on the invitation (case and spacing aside) and explicit consent', () => {
    const d = docs()
    const v = saveVersion(d.agreement, { name: 'v1' }, ctx(M, { newId: ids('v') }))
    const before = Y.encodeStateAsUpdate(d.agreement)
    const o = { origin: serverOrigin('a1') }
    throwsRule(d.agreement, 'SIGN-16', () => applyCommand(d, signCommand(v, 'Bram'), ctx(A1, o)))
    throwsRule(d.agreement, 'SIGN-16', () => applyCommand(d, signCommand(v, 'Ann'), ctx(A1, o)))
    throwsRule(d.agreement, 'SIGN-17', () => applyCommand(d, signCommand(v, 'Anna', false), ctx(A1, o)))
    assert.deepEqual(Y.encodeStateAsUpdate(d.agreement), before, 'nothing stored')
    applyCommand(d, signCommand(v, '  aNNa '), ctx(A1, o))
    const signed = signoffStatus(d.agreement, PEOPLE)[0]?.valid ?? []
    assert.deepEqual(
      signed.map((s) => s.participantId),
      ['a1'],
      'the sign-off names the participant, so records print the invitation name',
    )
  })

  it('CMD-3 a reported time is clamped to the server clock', () => {
    const d = docs()
    const o = serverOrigin('b1')
    const now = T0 + 60_000
    applyCommand(d, { type: 'reportSpeaking', speaking: true, at: T0 }, ctx(B1, { now, origin: o }))
    assert.equal(talkTime(d.control, now + 1000).perParticipant.b1, MAX_REPORT_LAG_MS + 1000)
    applyCommand(
      d,
      { type: 'reportSpeaking', speaking: false, at: now + 999_999 },
      ctx(B1, { now: now + 2000, origin: o }),
    )
    assert.equal(talkTime(d.control, now + 5000).perParticipant.b1, MAX_REPORT_LAG_MS + 2000)
    applyCommand(d, { type: 'reportMuted', muted: true }, ctx(B1, { now: now + 6000, origin: o }))
    assert.deepEqual(interruptions(d.control), [])
  })
})
