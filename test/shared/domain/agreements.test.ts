import assert from 'node:assert/strict'
import {
  addClause,
  agreementKindsFor,
  applyCommand,
  canonicalDocument,
  currentAgreementId,
  FIRST_AGREEMENT,
  getDraft,
  hashText,
  isLocked,
  listAgreements,
  listParticipants,
  listVersions,
  parseCommand,
  saveVersion,
  serverOrigin,
  setAgreementKind,
  setConsiderations,
  setParticulars,
  setPlaceAndDate,
  signoffStatus,
  signVersion,
  startAgreement,
} from '@mediation/core/domain'
import { exportHash } from '@mediation/core/record'
import * as Y from 'yjs'
import {
  A1,
  A2,
  B1,
  controlDoc,
  ctx,
  ids,
  M,
  PEOPLE,
  replica,
  S1,
  signCommand,
  syncAll,
  T0,
  throwsRule,
} from './fixture'

const MEDIATION = { sessionKind: 'mediation' as const }

/** An agreement doc whose current agreement has one clause, saved, signed by both sides and seen by the mediator. */
function lockCurrent(d: Y.Doc, text: string, newId = ids(`v-${text.length}-${Math.random()}`)) {
  addClause(d, { text }, ctx(M))
  const v = saveVersion(d, { name: text }, ctx(M, { newId }))
  for (const a of [A1, B1]) signVersion(d, { versionId: v.id, hash: v.hash }, ctx(a))
  signVersion(d, { versionId: v.id, hash: v.hash, participants: PEOPLE }, ctx(M))
  return v
}

const particulars = (participantId: string, name: string, address = 'Dorpsstraat 1, 3511 AA Utrecht') => ({
  participantId,
  name,
  address,
  birthDate: '1980-05-01',
  participants: PEOPLE,
  ...MEDIATION,
})

describe('domain: several agreements, kinds and the document fields', () => {
  it('SIGN-9 an interim agreement, then a final one: locking the first does not lock the next', () => {
    const d = new Y.Doc()
    setAgreementKind(d, { kind: 'interim', ...MEDIATION }, ctx(M))
    // A new agreement waits until the open one is locked.
    throwsRule(d, 'SIGN-9', () => startAgreement(d, { kind: 'settlement', ...MEDIATION }, ctx(M)))
    const v1 = lockCurrent(d, 'Anna keeps the house until the final agreement.')
    assert.equal(isLocked(d), true)
    const second = startAgreement(d, { kind: 'settlement', ...MEDIATION }, ctx(M, { newId: () => 'final' }))
    assert.equal(second, 'final')
    assert.equal(currentAgreementId(d), 'final')
    assert.equal(isLocked(d), false, 'the new agreement is open')
    assert.equal(isLocked(d, FIRST_AGREEMENT), true, 'the interim agreement stays locked')
    assert.deepEqual(getDraft(d).clauses, [], 'the new agreement has its own clauses')
    assert.deepEqual(listVersions(d), [], 'and its own versions')
    addClause(d, { text: 'Anna buys out Bram.' }, ctx(M))
    throwsRule(d, 'SIGN-5', () =>
      addClause(d, { text: 'x', agreementId: FIRST_AGREEMENT }, ctx(M, { newId: ids('z') })),
    )
    // The interim record is intact: its version, its sign-offs, its hash.
    const first = listVersions(d, FIRST_AGREEMENT)
    assert.deepEqual(
      first.map((v) => v.hash),
      [v1.hash],
    )
    assert.equal(signoffStatus(d, PEOPLE, FIRST_AGREEMENT)[0]?.countersigned, true)
    const v2 = saveVersion(d, { name: 'final' }, ctx(M))
    assert.equal(v2.document?.kind, 'settlement')
    assert.deepEqual(
      listAgreements(d, 'mediation').map((a) => [a.id, a.number, a.kind, a.locked]),
      [
        [FIRST_AGREEMENT, 1, 'interim', true],
        ['final', 2, 'settlement', false],
      ],
    )
  })

  it('SIGN-9 version ids are unique across agreements; a sign-off finds its agreement by the version', () => {
    const d = new Y.Doc()
    const v1 = lockCurrent(d, 'First.', () => 'v-1')
    startAgreement(d, { kind: 'settlement', ...MEDIATION }, ctx(M, { newId: () => 'second' }))
    addClause(d, { text: 'Second.' }, ctx(M))
    throwsRule(d, 'BOARD-11', () => saveVersion(d, { name: 'clash' }, ctx(M, { newId: () => 'v-1' })))
    const v2 = saveVersion(d, { name: 'two' }, ctx(M, { newId: () => 'v-2' }))
    signVersion(d, { versionId: v2.id, hash: v2.hash }, ctx(A1))
    assert.equal(signoffStatus(d, PEOPLE, 'second')[0]?.valid.length, 1)
    assert.equal(signoffStatus(d, PEOPLE, FIRST_AGREEMENT)[0]?.valid.length, 3, 'the first keeps its three')
    // Signing the locked first agreement's version again is refused.
    throwsRule(d, 'SIGN-5', () => signVersion(d, { versionId: v1.id, hash: v1.hash }, ctx(A2)))
    throwsRule(d, 'SIGN-9', () => getDraft(d, 'nope'))
    throwsRule(d, 'SIGN-2', () =>
      signVersion(d, { versionId: v2.id, hash: v2.hash, agreementId: FIRST_AGREEMENT }, ctx(B1)),
    )
  })

  it('SIGN-9 a session written with one agreement reads as its first, hashes unchanged', () => {
    // The shape such a session has on disk: plain top-level clauses, versions, signoffs, edits.
    const old = new Y.Doc()
    const clauses = old.getMap<Y.Map<unknown>>('clauses')
    old.transact(() => {
      clauses.set('c1', new Y.Map<unknown>(Object.entries({ id: 'c1', text: 'Old clause.', position: 0 })))
      old.getArray('edits').push([{ at: T0, by: 'm' }])
    })
    const text = '1. Old clause.'
    old.getMap('versions').set('v1', {
      id: 'v1',
      name: 'old',
      text,
      hash: hashText(text),
      clauses: [],
      createdAt: T0,
      createdBy: 'm',
    })
    const d = replica(old)
    assert.equal(getDraft(d).text, text, 'no fields: the text is the clauses alone')
    assert.equal(getDraft(d).hash, hashText(text))
    signVersion(d, { versionId: 'v1', hash: hashText(text) }, ctx(A1))
    assert.deepEqual(
      listAgreements(d, 'coaching').map((a) => [a.id, a.kind]),
      [[FIRST_AGREEMENT, 'action-list']],
      'its kind is the session kind’s default',
    )
  })

  it('SIGN-10 kinds: coaching records only agreed actions; a mediation never; the default comes first', () => {
    assert.deepEqual(agreementKindsFor('coaching'), ['action-list'])
    assert.equal(agreementKindsFor('mediation')[0], 'settlement')
    const d = new Y.Doc()
    throwsRule(d, 'SIGN-10', () =>
      setAgreementKind(d, { kind: 'settlement', sessionKind: 'coaching' }, ctx(M)),
    )
    throwsRule(d, 'SIGN-10', () => setAgreementKind(d, { kind: 'action-list', ...MEDIATION }, ctx(M)))
    throwsRule(d, 'SIGN-10', () => setAgreementKind(d, { kind: 'contract', ...MEDIATION }, ctx(M)))
    setAgreementKind(d, { kind: 'employment-settlement', ...MEDIATION }, ctx(M))
    assert.equal(getDraft(d).document?.kind, 'employment-settlement')
    lockCurrent(d, 'x')
    throwsRule(d, 'SIGN-5', () => setAgreementKind(d, { kind: 'settlement', ...MEDIATION }, ctx(M)))
    throwsRule(d, 'SIGN-10', () => startAgreement(d, { kind: 'action-list', ...MEDIATION }, ctx(M)))
  })

  it('SIGN-11 particulars: the mediator for anyone, a party for itself only; advisers and others refused', () => {
    const d = new Y.Doc()
    setParticulars(d, particulars('b1', 'Bram de Vries'), ctx(M))
    setParticulars(d, particulars('a1', 'Anna Jansen'), ctx(A1))
    throwsRule(d, 'SIGN-11', () => setParticulars(d, particulars('b1', 'Bram Vandaal', 'Nowhere 0'), ctx(A1)))
    throwsRule(d, 'SIGN-11', () => setParticulars(d, particulars('a1', 'Anna'), ctx(A2)))
    throwsRule(d, 'SIGN-11', () => setParticulars(d, particulars('a1', 'Anna'), ctx(S1)))
    throwsRule(d, 'SIGN-11', () => setParticulars(d, particulars('a2', 'Adviser'), ctx(M)))
    throwsRule(d, 'SIGN-11', () => setParticulars(d, particulars('ghost', 'Ghost'), ctx(M)))
    throwsRule(d, 'INPUT-1', () =>
      setParticulars(d, { ...particulars('a1', 'Anna'), birthDate: '1980-02-30' }, ctx(A1)),
    )
    throwsRule(d, 'INPUT-1', () =>
      setParticulars(d, { ...particulars('a1', 'Anna'), birthDate: '2099-01-01' }, ctx(A1)),
    )
    throwsRule(d, 'INPUT-1', () =>
      setParticulars(d, { ...particulars('a1', 'Anna'), address: 'x'.repeat(301) }, ctx(A1)),
    )
    assert.deepEqual(
      getDraft(d).document?.parties.map((p) => [p.participantId, p.name]),
      [
        ['a1', 'Anna Jansen'],
        ['b1', 'Bram de Vries'],
      ],
    )
  })

  it('SIGN-11 through the server command: a hostile party cannot write the other side, start or lock', () => {
    const control = controlDoc()
    const agreement = new Y.Doc()
    const docs = { control, agreement }
    const server = (a: typeof A1) => ctx(a, { origin: serverOrigin(a.participantId) })
    const fields = {
      participantId: 'a1',
      name: 'Anna Jansen',
      address: 'Keizersgracht 12, Amsterdam',
      birthDate: '1979-11-30',
    }
    const own = parseCommand({ type: 'setParticulars', ...fields })
    applyCommand(docs, own, server(A1))
    assert.equal(getDraft(agreement).document?.parties[0]?.address, 'Keizersgracht 12, Amsterdam')
    throwsRule(agreement, 'SIGN-11', () =>
      applyCommand(docs, { type: 'setParticulars', ...fields, participantId: 'b1' }, server(A1)),
    )
    throwsRule(agreement, 'SIGN-11', () => applyCommand(docs, own, server(A2)))
    // Starting or locking an agreement is the mediator's alone.
    throwsRule(agreement, 'ACCESS-2', () =>
      startAgreement(agreement, { kind: 'settlement', ...MEDIATION }, ctx(A1)),
    )
    throwsRule(agreement, 'ACCESS-2', () =>
      setConsiderations(agreement, { considerations: ['x'], ...MEDIATION }, ctx(B1)),
    )
    throwsRule(agreement, 'ACCESS-2', () =>
      setPlaceAndDate(agreement, { place: 'x', date: '', ...MEDIATION }, ctx(B1)),
    )
    addClause(agreement, { text: 'One.' }, ctx(M))
    const v = saveVersion(agreement, { name: 'v' }, ctx(M))
    applyCommand(docs, signCommand(v, 'Anna'), server(A1))
    applyCommand(docs, signCommand(v, 'Bram'), server(B1))
    // A party signing again is one sign-off; it never stands in for the mediator's lock.
    applyCommand(docs, signCommand(v, 'Anna'), server(A1))
    assert.equal(isLocked(agreement), false)
    assert.equal(listParticipants(control).length, PEOPLE.length)
  })

  it('SIGN-12 kind, particulars, considerations, place and date are in the signed text; a change voids', () => {
    const d = new Y.Doc()
    setAgreementKind(d, { kind: 'parenting-plan', ...MEDIATION }, ctx(M))
    setParticulars(d, particulars('a1', 'Anna Jansen'), ctx(M))
    setConsiderations(
      d,
      { considerations: ['Partijen zijn gescheiden.', '  ', 'Zij hebben twee kinderen.'], ...MEDIATION },
      ctx(M),
    )
    setPlaceAndDate(d, { place: 'Utrecht', date: '2026-12-03', ...MEDIATION }, ctx(M))
    throwsRule(d, 'INPUT-1', () =>
      setPlaceAndDate(d, { place: 'x', date: '3-12-2026', ...MEDIATION }, ctx(M)),
    )
    addClause(d, { text: 'De kinderen wonen om de week bij elk van beide ouders.' }, ctx(M))
    const text = getDraft(d).text
    assert.equal(
      text,
      [
        '[type] parenting-plan',
        '[party] Anna Jansen | Dorpsstraat 1, 3511 AA Utrecht | 1980-05-01',
        '[consideration] A. Partijen zijn gescheiden.',
        '[consideration] B. Zij hebben twee kinderen.',
        '[place] Utrecht',
        '[date] 2026-12-03',
        '',
        '1. De kinderen wonen om de week bij elk van beide ouders.',
      ].join('\n'),
    )
    const v = saveVersion(d, { name: 'v1' }, ctx(M))
    assert.equal(v.document?.place, 'Utrecht')
    signVersion(d, { versionId: v.id, hash: v.hash }, ctx(A1))
    // Writing the same value again is no change; another value voids the sign-off.
    setPlaceAndDate(d, { place: 'Utrecht', date: '2026-12-03', ...MEDIATION }, ctx(M))
    assert.equal(signoffStatus(d, PEOPLE)[0]?.valid.length, 1)
    setParticulars(d, particulars('b1', 'Bram de Vries'), ctx(B1))
    assert.deepEqual(
      [signoffStatus(d, PEOPLE)[0]?.valid.length, signoffStatus(d, PEOPLE)[0]?.voided.length],
      [0, 1],
    )
    // An export with its fields hashes back; a tampered field does not.
    const exported = { format: 'mediation-agreement', version: { ...v } }
    assert.deepEqual(exportHash(exported), { ok: true, hash: v.hash })
    const tampered = { ...exported, version: { ...v, document: { ...v.document!, place: 'Rotterdam' } } }
    assert.deepEqual(exportHash(tampered), { ok: false, reason: 'inconsistent' })
    assert.equal(canonicalDocument(null, [{ text: 'x' }]), '1. x')
  })

  it('SIGN-9 two devices start a new agreement at once: every replica agrees which is current', () => {
    const d = new Y.Doc()
    const v = lockCurrent(d, 'Interim.')
    const other = replica(d)
    startAgreement(d, { kind: 'settlement', ...MEDIATION }, ctx(M, { newId: () => 'next-a' }))
    addClause(d, { text: 'From device one.' }, ctx(M))
    startAgreement(other, { kind: 'divorce-covenant', ...MEDIATION }, ctx(M, { newId: () => 'next-b' }))
    syncAll(d, other)
    assert.equal(currentAgreementId(d), currentAgreementId(other))
    assert.equal(currentAgreementId(d), 'next-b', 'same number: the id decides')
    assert.deepEqual(
      getDraft(d, 'next-a').clauses.map((c) => c.text),
      ['From device one.'],
    )
    assert.equal(isLocked(other, FIRST_AGREEMENT), true)
    assert.equal(listVersions(other, FIRST_AGREEMENT)[0]?.hash, v.hash)
  })
})
