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
import { A1, B1, controlDoc, ctx, ids, M, PEOPLE, replica, syncAll, T0 } from './fixture'

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
    grantFloor(a, { participantId: 'a1' }, ctx(M))
    grantFloor(b, { participantId: 'b1', limitMs: 1000 }, ctx(M))
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
    raiseHand(a, {}, ctx(A1, { now: T0 + 3 }))
    raiseHand(b, {}, ctx(A1, { now: T0 + 1 }))
    raiseHand(c, {}, ctx(B1, { now: T0 + 2 }))
    syncAll(a, b, c)
    same(a, b, c)
    const q = getQueue(a)
    assert.deepEqual(q.map((e) => e.participantId).sort(), ['a1', 'b1'])
  })

  it('CONV-1 BOARD-11 options added on three replicas all survive with unique ids; fields merge', () => {
    const a = new Y.Doc()
    setBoardPhase(a, { phase: 'brainstorm' }, ctx(M))
    const b = replica(a)
    const c = replica(a)
    const shared = addOption(a, { title: 'Shared' }, ctx(M, { newId: () => 'shared' }))
    syncAll(a, b, c)
    addOption(a, { title: 'From a' }, ctx(A1, { newId: ids('a') }))
    addOption(b, { title: 'From b' }, ctx(B1, { newId: ids('b') }))
    editOption(a, { id: shared, title: 'Shared, renamed' }, ctx(M))
    editOption(b, { id: shared, description: 'details' }, ctx(M))
    setOptionStatus(a, { id: shared, status: 'clarified' }, ctx(M, { now: T0 + 1 }))
    setOptionStatus(c, { id: shared, status: 'parked' }, ctx(M, { now: T0 + 2 }))
    syncAll(a, b, c)
    same(a, b, c)
    const board = getBoard(a)
    assert.deepEqual(board.options.map((o) => o.id).sort(), ['a-1', 'b-1', 'shared'])
    const o = board.options.find((x) => x.id === 'shared')
    assert.equal(o?.title, 'Shared, renamed')
    assert.equal(o?.description, 'details')
    assert.ok(o && ['clarified', 'parked'].includes(o.status))
  })

  it('CONV-1 SIGN-3 a sign-off concurrent with an edit is void after sync, and stays void', () => {
    const a = new Y.Doc()
    const cl = addClause(a, { text: 'Anna paints the fence.' }, ctx(M, { newId: () => 'c1' }))
    const v = saveVersion(a, { name: 'v1' }, ctx(M, { newId: () => 'v1' }))
    const b = replica(a)
    signVersion(b, { versionId: v.id, hash: v.hash }, ctx(A1, { now: T0 + 1 }))
    signVersion(b, { versionId: v.id, hash: v.hash }, ctx(B1, { now: T0 + 1 }))
    signVersion(b, { versionId: v.id, hash: v.hash, participants: PEOPLE }, ctx(M, { now: T0 + 2 }))
    assert.equal(isLocked(b), true)
    editClause(a, { id: cl, text: 'Anna paints the fence red.' }, ctx(M, { now: T0 + 1 }))
    syncAll(a, b)
    same(a, b)
    let st = signoffStatus(a, PEOPLE)[0]
    assert.deepEqual(st?.valid, [])
    assert.equal(st?.voided.length, 3)
    assert.equal(isLocked(a), false, 'a voided countersignature does not lock')
    editClause(a, { id: cl, text: 'Anna paints the fence.' }, ctx(M, { now: T0 + 3 }))
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
    editRules(a, { items: items.slice(1) }, ctx(M))
    editRules(b, { items: items.slice(2) }, ctx(M))
    acceptRules(a, { version: 2 }, ctx(A1, { now: T0 + 1 }))
    acceptRules(b, { version: 2 }, ctx(B1, { now: T0 + 1 }))
    syncAll(a, b, c)
    same(a, b, c)
    const st = rulesStatus(c)
    assert.equal(st.version, 2)
    const current = st.participants.filter((p) => p.current).map((p) => p.participantId)
    assert.equal(current.length, 1, 'only the acceptance of the winning text counts')
    assert.equal(st.participants.find((p) => p.current)?.accepted?.hash, getRules(c).hash)
  })
})
