import assert from 'node:assert/strict'
import {
  addClause,
  addOption,
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
  setBoardPhase,
  setOptionStatus,
  signoffStatus,
  signVersion,
} from '@mediation/core/domain'
import * as Y from 'yjs'
// The browser build of lib0's SHA-256 (pure JS); in Node the package resolves to node:crypto.
import { digest as pureDigest } from '../../../node_modules/lib0/hash/sha256.js'
import { serverBoard } from './board-fixture'
import { A1, A2, B1, ctx, ids, M, PEOPLE, S1, T0, throwsRule } from './fixture'

function draft(): { d: Y.Doc; newId: () => string; c: string[] } {
  const d = new Y.Doc()
  const newId = ids('c')
  const c = ['Anna paints the fence.', 'Bram trims the hedge.'].map((text) =>
    addClause(d, { text }, ctx(M, { newId })),
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
    moveClause(d, { id: c[1]!, toIndex: 0 }, ctx(M))
    const view = getDraft(d)
    assert.equal(view.text, '1. Bram trims the hedge.\n\n2. Anna paints the fence.')
    assert.equal(view.hash, hashText(view.text))
    addClause(d, { text: 'Middle', index: 1 }, ctx(M, { newId: () => 'c-mid' }))
    assert.deepEqual(
      getDraft(d).clauses.map((x) => x.text),
      ['Bram trims the hedge.', 'Middle', 'Anna paints the fence.'],
    )
  })

  it('SIGN-8 clause commands name an existing clause; links are stored', () => {
    const { d, c } = draft()
    throwsRule(d, 'SIGN-8', () => editClause(d, { id: 'nope', text: 'x' }, ctx(M)))
    throwsRule(d, 'SIGN-8', () => removeClause(d, { id: 'nope' }, ctx(M)))
    linkClauseOptions(d, { id: c[0]!, optionIds: ['o-1', 'o-2', 'o-1'] }, ctx(M))
    assert.deepEqual(getDraft(d).clauses[0]?.optionIds, ['o-1', 'o-2'])
    removeClause(d, { id: c[0]! }, ctx(M))
    assert.deepEqual(
      getDraft(d).clauses.map((x) => x.id),
      [c[1]],
    )
    throwsRule(d, 'ACCESS-3', () => addClause(d, { text: 'x' }, ctx(A1, { newId: ids('z') })))
    throwsRule(d, 'INPUT-1', () =>
      addClause(d, { text: 'x', index: Number.NaN }, ctx(M, { newId: ids('z') })),
    )
    throwsRule(d, 'INPUT-1', () => moveClause(d, { id: c[1]!, toIndex: -1 }, ctx(M)))
  })

  it('SIGN-6 only the mediator saves a named version of a non-empty draft with its text and hash', () => {
    const empty = new Y.Doc()
    throwsRule(empty, 'SIGN-6', () => saveVersion(empty, { name: 'v1' }, ctx(M, { newId: ids('v') })))
    const { d } = draft()
    throwsRule(d, 'ACCESS-2', () => saveVersion(d, { name: 'v1' }, ctx(A1, { newId: ids('v') })))
    const v = saveVersion(d, { name: 'Concept 1' }, ctx(M, { newId: ids('v') }))
    assert.equal(agreementText(v), getDraft(d).text)
    assert.equal(v.hash, hashText(agreementText(v)))
    assert.deepEqual(listVersions(d), [v])
  })

  it('SIGN-1 parties, advisers and the mediator sign; the secretariat does not; signing twice is one sign-off', () => {
    const { d } = draft()
    const v = saveVersion(d, { name: 'v1' }, ctx(M, { newId: ids('v') }))
    throwsRule(d, 'SIGN-1', () => signVersion(d, { versionId: v.id, hash: v.hash }, ctx(S1)))
    signVersion(d, { versionId: v.id, hash: v.hash }, ctx(A2))
    signVersion(d, { versionId: v.id, hash: v.hash }, ctx(A2, { now: T0 + 1 }))
    assert.deepEqual(
      signoffStatus(d)[0]?.valid.map((s) => s.participantId),
      ['a2'],
    )
  })

  it('SIGN-2 a sign-off quotes the version hash and the draft must still have that text', () => {
    const { d, c } = draft()
    const v = saveVersion(d, { name: 'v1' }, ctx(M, { newId: ids('v') }))
    throwsRule(d, 'SIGN-2', () => signVersion(d, { versionId: 'nope', hash: v.hash }, ctx(A1)))
    throwsRule(d, 'SIGN-2', () => signVersion(d, { versionId: v.id, hash: hashText('tampered') }, ctx(A1)))
    editClause(d, { id: c[0]!, text: 'Anna paints the fence green.' }, ctx(M))
    throwsRule(d, 'SIGN-2', () => signVersion(d, { versionId: v.id, hash: v.hash }, ctx(A1)))
  })

  it('SIGN-3 a text change voids earlier sign-offs for good, even when the text is changed back', () => {
    const { d, c } = draft()
    const v = saveVersion(d, { name: 'v1' }, ctx(M, { newId: ids('v') }))
    signVersion(d, { versionId: v.id, hash: v.hash }, ctx(A1))
    editClause(d, { id: c[0]!, text: 'Anna paints the fence.' }, ctx(M))
    assert.equal(signoffStatus(d)[0]?.valid.length, 1, 'an edit that changes nothing is no edit')
    editClause(d, { id: c[0]!, text: 'Changed.' }, ctx(M, { now: T0 + 1 }))
    editClause(d, { id: c[0]!, text: 'Anna paints the fence.' }, ctx(M, { now: T0 + 2 }))
    assert.equal(getDraft(d).hash, v.hash)
    let st = signoffStatus(d)[0]
    assert.deepEqual([st?.valid.length, st?.voided.map((s) => s.participantId)], [0, ['a1']])
    signVersion(d, { versionId: v.id, hash: v.hash }, ctx(A1, { now: T0 + 3 }))
    st = signoffStatus(d)[0]
    assert.deepEqual([st?.valid.map((s) => s.at - T0), st?.voided.map((s) => s.at - T0)], [[3], [0]])
  })

  it('SIGN-4 the mediator countersigns only when every party of every side signed', () => {
    const { d } = draft()
    const v = saveVersion(d, { name: 'v1' }, ctx(M, { newId: ids('v') }))
    signVersion(d, { versionId: v.id, hash: v.hash }, ctx(A1))
    throwsRule(d, 'SIGN-4', () =>
      signVersion(d, { versionId: v.id, hash: v.hash, participants: PEOPLE }, ctx(M)),
    )
    throwsRule(d, 'SIGN-4', () => signVersion(d, { versionId: v.id, hash: v.hash }, ctx(M)))
    signVersion(d, { versionId: v.id, hash: v.hash }, ctx(B1))
    const st = signoffStatus(d, PEOPLE)[0]
    assert.deepEqual([st?.sidesSigned, st?.allSidesSigned, st?.countersigned], [['A', 'B'], true, false])
    signVersion(d, { versionId: v.id, hash: v.hash, participants: PEOPLE }, ctx(M))
    assert.equal(signoffStatus(d, PEOPLE)[0]?.countersigned, true)
  })

  it('SIGN-5 a valid countersignature locks the agreement', () => {
    const { d, c } = draft()
    const v = saveVersion(d, { name: 'v1' }, ctx(M, { newId: ids('v') }))
    for (const a of [A1, B1]) signVersion(d, { versionId: v.id, hash: v.hash }, ctx(a))
    assert.equal(isLocked(d), false)
    signVersion(d, { versionId: v.id, hash: v.hash, participants: PEOPLE }, ctx(M))
    assert.equal(isLocked(d), true)
    assert.equal(getDraft(d).locked, true)
    throwsRule(d, 'SIGN-5', () => editClause(d, { id: c[0]!, text: 'x' }, ctx(M)))
    throwsRule(d, 'SIGN-5', () => addClause(d, { text: 'x' }, ctx(M, { newId: ids('z') })))
    throwsRule(d, 'SIGN-5', () => saveVersion(d, { name: 'v2' }, ctx(M, { newId: ids('w') })))
    throwsRule(d, 'SIGN-5', () => signVersion(d, { versionId: v.id, hash: v.hash }, ctx(A2)))
  })
})

describe('domain: an agreed option becomes a clause (SIGN-13)', () => {
  it('SIGN-13 only the mediator turns only an agreed option into one linked clause; asking again adds none', () => {
    const s = serverBoard()
    const mediator = ctx(M, { newId: ids('o') })
    setBoardPhase(s.board, { phase: 'evaluate' }, mediator)
    const o = addOption(s.board, { title: ' Anna keeps the car ', description: 'Until June.' }, mediator)
    const turn = (a: typeof M) => s.send(a, { type: 'clauseFromOption', optionId: o }, ids('c'))
    // Not agreed yet: refused, and the agreement is untouched.
    throwsRule(s.agreement, 'SIGN-13', () => turn(M))
    setOptionStatus(s.board, { id: o, status: 'agreed' }, mediator)
    throwsRule(s.agreement, 'ACCESS-2', () => turn(A1))
    throwsRule(s.agreement, 'BOARD-9', () =>
      s.send(M, { type: 'clauseFromOption', optionId: 'nope' }, ids('c')),
    )
    const id = turn(M)
    assert.deepEqual(getDraft(s.agreement).clauses, [
      { id, text: 'Anna keeps the car\nUntil June.', optionIds: [o] },
    ])
    // A second click (or another tab) finds the same clause, even after the mediator edited its text.
    editClause(s.agreement, { id: id!, text: 'Anna keeps the car until 1 June.' }, ctx(M))
    assert.equal(turn(M), id)
    assert.equal(getDraft(s.agreement).clauses.length, 1)
    // In coaching there is no board to take an option from.
    const coaching = serverBoard()
    coaching.control.transact(() => coaching.control.getMap('session').set('kind', 'coaching'))
    throwsRule(coaching.agreement, 'COACH-1', () =>
      coaching.send(M, { type: 'clauseFromOption', optionId: o }, ids('c')),
    )
  })

  it('SIGN-13 a locked agreement takes no new clause from an option', () => {
    const s = serverBoard()
    const mediator = ctx(M, { newId: ids('o') })
    setBoardPhase(s.board, { phase: 'evaluate' }, mediator)
    const o = addOption(s.board, { title: 'Bram trims the hedge' }, mediator)
    setOptionStatus(s.board, { id: o, status: 'agreed' }, mediator)
    addClause(s.agreement, { text: 'We agree.' }, ctx(M, { newId: ids('c') }))
    const v = saveVersion(s.agreement, { name: 'v1' }, ctx(M, { newId: ids('v') }))
    for (const a of [A1, A2, B1]) signVersion(s.agreement, { versionId: v.id, hash: v.hash }, ctx(a))
    signVersion(s.agreement, { versionId: v.id, hash: v.hash, participants: PEOPLE }, ctx(M))
    throwsRule(s.agreement, 'SIGN-5', () => s.send(M, { type: 'clauseFromOption', optionId: o }, ids('c')))
  })
})
