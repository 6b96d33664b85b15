import assert from 'node:assert/strict'
import {
  addClause,
  agreementText,
  canonicalText,
  editClause,
  getDraft,
  hashText,
  isLocked,
  linkClauseOptions,
  listVersions,
  moveClause,
  removeClause,
  saveVersion,
  signoffStatus,
  signVersion,
} from '@mediation/core/domain'
import * as Y from 'yjs'
// The browser build of lib0's SHA-256 (pure JS); in Node the package resolves to node:crypto.
import { digest as pureDigest } from '../../../node_modules/lib0/hash/sha256.js'
import { A1, A2, B1, by, ids, M, PEOPLE, S1, T0, throwsRule } from './fixture'

function draft(): { d: Y.Doc; newId: () => string; c: string[] } {
  const d = new Y.Doc()
  const newId = ids('c')
  const c = ['Anna paints the fence.', 'Bram trims the hedge.'].map((text) =>
    addClause(d, { text }, M, T0, newId, by(M)),
  )
  return { d, newId, c }
}

describe('domain: agreement', () => {
  it('SIGN-7 canonical text and SHA-256 are fixed; order is by position', () => {
    assert.equal(hashText('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    assert.equal(canonicalText([{ text: ' Café\r\nline  \n' }, { text: 'Two' }]), '1. Café\nline\n\n2. Two')
    assert.equal(canonicalText([{ text: 'Cafe\u0301' }]), canonicalText([{ text: 'Café' }]))
    for (const text of [
      '',
      'abc',
      'Één clausule — ü\n'.repeat(40),
      canonicalText([{ text: 'x'.repeat(1000) }]),
    ]) {
      const hex = Buffer.from(pureDigest(new TextEncoder().encode(text))).toString('hex')
      assert.equal(hashText(text), hex, 'Node and the browser hash alike')
    }
    const { d, c } = draft()
    moveClause(d, c[1]!, 0, M, T0, by(M))
    const view = getDraft(d)
    assert.equal(view.text, '1. Bram trims the hedge.\n\n2. Anna paints the fence.')
    assert.equal(view.hash, hashText(view.text))
    addClause(d, { text: 'Middle', index: 1 }, M, T0, () => 'c-mid', by(M))
    assert.deepEqual(
      getDraft(d).clauses.map((x) => x.text),
      ['Bram trims the hedge.', 'Middle', 'Anna paints the fence.'],
    )
  })

  it('SIGN-8 clause commands name an existing clause; links are stored', () => {
    const { d, c } = draft()
    throwsRule(d, 'SIGN-8', () => editClause(d, 'nope', 'x', M, T0, by(M)))
    throwsRule(d, 'SIGN-8', () => removeClause(d, 'nope', M, T0, by(M)))
    linkClauseOptions(d, c[0]!, ['o-1', 'o-2', 'o-1'], M, by(M))
    assert.deepEqual(getDraft(d).clauses[0]?.optionIds, ['o-1', 'o-2'])
    removeClause(d, c[0]!, M, T0, by(M))
    assert.deepEqual(
      getDraft(d).clauses.map((x) => x.id),
      [c[1]],
    )
    throwsRule(d, 'ACCESS-3', () => addClause(d, { text: 'x' }, A1, T0, ids('z'), by(A1)))
    throwsRule(d, 'INPUT-1', () => addClause(d, { text: 'x', index: Number.NaN }, M, T0, ids('z'), by(M)))
    throwsRule(d, 'INPUT-1', () => moveClause(d, c[1]!, -1, M, T0, by(M)))
  })

  it('SIGN-6 only the mediator saves a named version of a non-empty draft with its text and hash', () => {
    const empty = new Y.Doc()
    throwsRule(empty, 'SIGN-6', () => saveVersion(empty, 'v1', M, T0, ids('v'), by(M)))
    const { d } = draft()
    throwsRule(d, 'ACCESS-2', () => saveVersion(d, 'v1', A1, T0, ids('v'), by(A1)))
    const v = saveVersion(d, 'Concept 1', M, T0, ids('v'), by(M))
    assert.equal(agreementText(v), getDraft(d).text)
    assert.equal(v.hash, hashText(agreementText(v)))
    assert.deepEqual(listVersions(d), [v])
  })

  it('SIGN-1 parties, advisers and the mediator sign; the secretariat does not; signing twice is one sign-off', () => {
    const { d } = draft()
    const v = saveVersion(d, 'v1', M, T0, ids('v'), by(M))
    throwsRule(d, 'SIGN-1', () => signVersion(d, v.id, v.hash, S1, T0, by(S1)))
    signVersion(d, v.id, v.hash, A2, T0, by(A2))
    signVersion(d, v.id, v.hash, A2, T0 + 1, by(A2))
    assert.deepEqual(
      signoffStatus(d)[0]?.valid.map((s) => s.participantId),
      ['a2'],
    )
  })

  it('SIGN-2 a sign-off quotes the version hash and the draft must still have that text', () => {
    const { d, c } = draft()
    const v = saveVersion(d, 'v1', M, T0, ids('v'), by(M))
    throwsRule(d, 'SIGN-2', () => signVersion(d, 'nope', v.hash, A1, T0, by(A1)))
    throwsRule(d, 'SIGN-2', () => signVersion(d, v.id, hashText('tampered'), A1, T0, by(A1)))
    editClause(d, c[0]!, 'Anna paints the fence green.', M, T0, by(M))
    throwsRule(d, 'SIGN-2', () => signVersion(d, v.id, v.hash, A1, T0, by(A1)))
  })

  it('SIGN-3 a text change voids earlier sign-offs for good, even when the text is changed back', () => {
    const { d, c } = draft()
    const v = saveVersion(d, 'v1', M, T0, ids('v'), by(M))
    signVersion(d, v.id, v.hash, A1, T0, by(A1))
    editClause(d, c[0]!, 'Anna paints the fence.', M, T0, by(M))
    assert.equal(signoffStatus(d)[0]?.valid.length, 1, 'an edit that changes nothing is no edit')
    editClause(d, c[0]!, 'Changed.', M, T0 + 1, by(M))
    editClause(d, c[0]!, 'Anna paints the fence.', M, T0 + 2, by(M))
    assert.equal(getDraft(d).hash, v.hash)
    let st = signoffStatus(d)[0]
    assert.deepEqual([st?.valid.length, st?.voided.map((s) => s.participantId)], [0, ['a1']])
    signVersion(d, v.id, v.hash, A1, T0 + 3, by(A1))
    st = signoffStatus(d)[0]
    assert.deepEqual([st?.valid.map((s) => s.at - T0), st?.voided.map((s) => s.at - T0)], [[3], [0]])
  })

  it('SIGN-4 the mediator countersigns only when every party of every side signed', () => {
    const { d } = draft()
    const v = saveVersion(d, 'v1', M, T0, ids('v'), by(M))
    signVersion(d, v.id, v.hash, A1, T0, by(A1))
    throwsRule(d, 'SIGN-4', () => signVersion(d, v.id, v.hash, M, T0, by(M), PEOPLE))
    throwsRule(d, 'SIGN-4', () => signVersion(d, v.id, v.hash, M, T0, by(M)))
    signVersion(d, v.id, v.hash, B1, T0, by(B1))
    const st = signoffStatus(d, PEOPLE)[0]
    assert.deepEqual([st?.sidesSigned, st?.allSidesSigned, st?.countersigned], [['A', 'B'], true, false])
    signVersion(d, v.id, v.hash, M, T0, by(M), PEOPLE)
    assert.equal(signoffStatus(d, PEOPLE)[0]?.countersigned, true)
  })

  it('SIGN-5 a valid countersignature locks the agreement', () => {
    const { d, c } = draft()
    const v = saveVersion(d, 'v1', M, T0, ids('v'), by(M))
    for (const a of [A1, B1]) signVersion(d, v.id, v.hash, a, T0, by(a))
    assert.equal(isLocked(d), false)
    signVersion(d, v.id, v.hash, M, T0, by(M), PEOPLE)
    assert.equal(isLocked(d), true)
    assert.equal(getDraft(d).locked, true)
    throwsRule(d, 'SIGN-5', () => editClause(d, c[0]!, 'x', M, T0, by(M)))
    throwsRule(d, 'SIGN-5', () => addClause(d, { text: 'x' }, M, T0, ids('z'), by(M)))
    throwsRule(d, 'SIGN-5', () => saveVersion(d, 'v2', M, T0, ids('w'), by(M)))
    throwsRule(d, 'SIGN-5', () => signVersion(d, v.id, v.hash, A2, T0, by(A2)))
  })
})
