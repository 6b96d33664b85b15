import assert from 'node:assert/strict'
import {
  acceptRules,
  addClause,
  addOption,
  agreementSchema,
  boardSchema,
  controlSchema,
  editClause,
  editOption,
  editRules,
  getBoard,
  getDraft,
  getFloor,
  getQueue,
  getRules,
  grantFloor,
  isLocked,
  raiseHand,
  rulesStatus,
  saveVersion,
  setBoardPhase,
  setOptionStatus,
  signoffStatus,
  signVersion,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { A1, B1, by, controlDoc, ids, M, PEOPLE, replica, syncAll, T0 } from './fixture'

function same(...docs: Y.Doc[]): void {
  const [first, ...rest] = docs.map((d) => Y.encodeStateVector(d))
  for (const sv of rest) assert.deepEqual(sv, first)
  const json = docs.map((d) => {
    // Define every top-level type first: a replica only knows the types it has asked for.
    const all = { ...controlSchema(d), ...boardSchema(d), ...agreementSchema(d) }
    return Object.fromEntries(Object.entries(all).map(([k, t]) => [k, t.toJSON()]))
  })
  for (const j of json) assert.deepEqual(j, json[0])
}

describe('domain: concurrent replicas', () => {
  it('CONV-1 TURN-1 concurrent grants on two replicas leave exactly one floor holder', () => {
    const a = controlDoc()
    const b = replica(a)
    grantFloor(a, 'a1', {}, M, T0, by(M))
    grantFloor(b, 'b1', { limitMs: 1000 }, M, T0, by(M))
    syncAll(a, b)
    same(a, b)
    const holder = getFloor(a, T0)
    assert.ok(holder && ['a1', 'b1'].includes(holder.holderId))
    assert.deepEqual(getFloor(b, T0), holder)
  })

  it('CONV-1 TURN-4 the same hand raised on three replicas is one queue entry', () => {
    const a = controlDoc()
    const b = replica(a)
    const c = replica(a)
    raiseHand(a, A1, T0 + 3, by(A1))
    raiseHand(b, A1, T0 + 1, by(A1))
    raiseHand(c, B1, T0 + 2, by(B1))
    syncAll(a, b, c)
    same(a, b, c)
    const q = getQueue(a)
    assert.deepEqual(q.map((e) => e.participantId).sort(), ['a1', 'b1'])
  })

  it('CONV-1 BOARD-11 options added on three replicas all survive with unique ids; fields merge', () => {
    const a = new Y.Doc()
    setBoardPhase(a, 'evaluate', M, by(M))
    const b = replica(a)
    const c = replica(a)
    const shared = addOption(a, { title: 'Shared' }, M, T0, () => 'shared', by(M))
    syncAll(a, b, c)
    addOption(a, { title: 'From a' }, A1, T0, ids('a'), by(A1))
    addOption(b, { title: 'From b' }, B1, T0, ids('b'), by(B1))
    editOption(a, shared, { title: 'Shared, renamed' }, M, by(M))
    editOption(b, shared, { description: 'details' }, M, by(M))
    setOptionStatus(a, shared, 'clarified', M, T0 + 1, by(M))
    setOptionStatus(c, shared, 'parked', M, T0 + 2, by(M))
    syncAll(a, b, c)
    same(a, b, c)
    const board = getBoard(a)
    assert.deepEqual(board.options.map((o) => o.id).sort(), ['a-1', 'b-1', 'shared'])
    const o = board.options.find((x) => x.id === 'shared')
    assert.equal(o?.title, 'Shared, renamed')
    assert.equal(o?.description, 'details')
    assert.ok(o && ['clarified', 'parked'].includes(o.status))
    assert.equal(o?.history.length, 2, 'both status changes stay in the history')
  })

  it('CONV-1 SIGN-3 a sign-off concurrent with an edit is void after sync, and stays void', () => {
    const a = new Y.Doc()
    const cl = addClause(a, { text: 'Anna paints the fence.' }, M, T0, () => 'c1', by(M))
    const v = saveVersion(a, 'v1', M, T0, () => 'v1', by(M))
    const b = replica(a)
    signVersion(b, v.id, v.hash, A1, T0 + 1, by(A1))
    signVersion(b, v.id, v.hash, B1, T0 + 1, by(B1))
    signVersion(b, v.id, v.hash, M, T0 + 2, by(M), PEOPLE)
    assert.equal(isLocked(b), true)
    editClause(a, cl, 'Anna paints the fence red.', M, T0 + 1, by(M))
    syncAll(a, b)
    same(a, b)
    let st = signoffStatus(a, PEOPLE)[0]
    assert.deepEqual(st?.valid, [])
    assert.equal(st?.voided.length, 3)
    assert.equal(isLocked(a), false, 'a voided countersignature does not lock')
    editClause(a, cl, 'Anna paints the fence.', M, T0 + 3, by(M))
    syncAll(a, b)
    assert.equal(getDraft(b).hash, v.hash)
    st = signoffStatus(b, PEOPLE)[0]
    assert.deepEqual([st?.valid.length, st?.voided.length], [0, 3])
  })

  it('CONV-1 RULES-4 acceptances bind to the text: concurrent rule edits never leave a wrong acceptance current', () => {
    const a = controlDoc()
    const b = replica(a)
    const c = replica(a)
    const items = getRules(a).items
    editRules(a, items.slice(1), M, T0, by(M))
    editRules(b, items.slice(2), M, T0, by(M))
    acceptRules(a, 2, A1, T0 + 1, by(A1))
    acceptRules(b, 2, B1, T0 + 1, by(B1))
    syncAll(a, b, c)
    same(a, b, c)
    const st = rulesStatus(c)
    assert.equal(st.version, 2)
    const current = st.participants.filter((p) => p.current).map((p) => p.participantId)
    assert.equal(current.length, 1, 'only the acceptance of the winning text counts')
    assert.equal(st.participants.find((p) => p.current)?.accepted?.hash, getRules(c).hash)
  })
})
