import assert from 'node:assert/strict'
import { noteStampsSchema } from '@mediation/core/domain'
import type { Note } from '@mediation/protocol'
import * as Y from 'yjs'
import {
  api,
  closedWith,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'

describe('NOTES session notes: visibility on every read, revisions with If-Match', () => {
  const server = useServer()
  let s: SessionWithParties
  const notes = () => `/api/sessions/${s.sessionId}/notes`
  const as = (who: string) => (who === 'mediator' ? s.mediatorToken : s.invites[who]!)
  before(async () => {
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      extra: [
        { key: 'advA', role: 'adviser', side: 'A' },
        { key: 'sec', role: 'secretariat' },
      ],
    })
  })

  const create = async (who: string, visibility: string, title: string) =>
    api<Note>(server, as(who), 'POST', notes(), { visibility, title, body: `${title} body` })

  it('each role sees exactly the notes it may (mediator all; side members joint + own side; secretariat none)', async () => {
    const made: Record<string, Note> = {}
    for (const [who, vis, title] of [
      ['mediator', 'mediator', 'm-only'],
      ['mediator', 'joint', 'm-joint'],
      ['mediator', `side:${s.sides.A}`, 'm-sideA'],
      ['mediator', 'joint', 'a-joint'],
      ['A', `side:${s.sides.A}`, 'a-sideA'],
      ['B', `side:${s.sides.B}`, 'b-sideB'],
    ] as const) {
      const r = await create(who, vis, title)
      assert.equal(r.status, 201, `${who} creates ${vis}`)
      assert.equal(r.body.revision, 1)
      made[title] = r.body
    }
    const visible = async (who: string) =>
      (await api<Note[]>(server, as(who), 'GET', notes())).body.map((n) => n.title).sort()
    assert.deepEqual(await visible('mediator'), [
      'a-joint',
      'a-sideA',
      'b-sideB',
      'm-joint',
      'm-only',
      'm-sideA',
    ])
    assert.deepEqual(await visible('A'), ['a-joint', 'a-sideA', 'm-joint', 'm-sideA'])
    assert.deepEqual(await visible('advA'), ['a-joint', 'a-sideA', 'm-joint', 'm-sideA'])
    assert.deepEqual(await visible('B'), ['a-joint', 'b-sideB', 'm-joint'])
    assert.equal((await api(server, as('sec'), 'GET', notes())).status, 403)
    for (const title of ['m-only', 'a-sideA']) {
      assert.equal(
        (await api(server, as('B'), 'GET', `${notes()}/${made[title]!.id}`)).status,
        404,
        `B reads ${title}`,
      )
    }
    assert.equal((await api(server, as('A'), 'GET', `${notes()}/${made['a-sideA']!.id}`)).status, 200)
  })

  it("NOTES-1 side members create only own-side notes (joint notes are the mediator's); the secretariat none; unknown sides 400", async () => {
    const joint = await api<{ code: string }>(server, as('A'), 'POST', notes(), {
      visibility: 'joint',
      title: 'x',
      body: 'x',
    })
    assert.equal(joint.status, 403)
    assert.equal(joint.body.code, 'NOTE-SIDE-ONLY')
    assert.equal((await create('advA', 'joint', 'x')).status, 403)
    assert.equal((await create('A', 'mediator', 'x')).status, 403)
    assert.equal((await create('A', `side:${s.sides.B}`, 'x')).status, 403)
    assert.equal((await create('sec', 'joint', 'x')).status, 403)
    assert.equal((await create('mediator', 'side:nope', 'x')).status, 400)
    assert.equal((await create('mediator', 'everyone', 'x')).status, 400)
  })

  it('NOTES-1 updates need If-Match: missing 428, stale 409, current 200 with the next revision; the side writes its note, whoever of it wrote it, never the joint one', async () => {
    const { body: note } = await create('A', `side:${s.sides.A}`, 'draft')
    const url = `${notes()}/${note.id}`
    const change = { visibility: `side:${s.sides.A}`, title: 'draft', body: 'v2' }
    assert.equal((await api(server, as('A'), 'PUT', url, change)).status, 428)
    const ok = await api<Note>(server, as('A'), 'PUT', url, change, { 'if-match': '1' })
    assert.equal(ok.status, 200)
    assert.equal(ok.body.revision, 2)
    assert.equal(ok.headers.get('etag'), '"2"')
    const stale = await api<{ code: string }>(
      server,
      as('A'),
      'PUT',
      url,
      { ...change, body: 'lost' },
      { 'if-match': '1' },
    )
    assert.equal(stale.status, 409)
    assert.equal(stale.body.code, 'NOTE-REVISION')
    assert.equal(
      (await api(server, as('B'), 'PUT', url, change, { 'if-match': '2' })).status,
      404,
      'the other side does not learn the note exists',
    )
    const byAdviser = await api<Note>(
      server,
      as('advA'),
      'PUT',
      url,
      { ...change, body: 'v3 by the adviser' },
      { 'if-match': '2' },
    )
    assert.equal(byAdviser.status, 200, "an adviser of the side writes the party's side note")
    const byMediator = await api<Note>(
      server,
      as('mediator'),
      'PUT',
      url,
      { ...change, body: 'v4' },
      { 'if-match': '"3"' },
    )
    assert.equal(byMediator.body.revision, 4)
    const { body: joint } = await create('mediator', 'joint', 'agenda')
    const onJoint = await api<{ code: string }>(
      server,
      as('A'),
      'PUT',
      `${notes()}/${joint.id}`,
      { visibility: 'joint', title: 'agenda', body: 'overwritten' },
      { 'if-match': '1' },
    )
    assert.equal(onJoint.status, 403, 'a party reads the joint note but does not change it')
    assert.equal(onJoint.body.code, 'NOTE-SIDE-ONLY')
    const movedToJoint = await api(
      server,
      as('A'),
      'PUT',
      url,
      { ...change, visibility: 'joint' },
      { 'if-match': '4' },
    )
    assert.equal(movedToJoint.status, 403, 'nor moves its side note there')
    assert.equal((await api(server, as('A'), 'DELETE', url)).status, 428)
    assert.equal((await api(server, as('A'), 'DELETE', url, undefined, { 'if-match': '2' })).status, 409)
    assert.equal((await api(server, as('A'), 'DELETE', url, undefined, { 'if-match': '4' })).status, 204)
    assert.equal((await api(server, as('A'), 'GET', url)).status, 404)
  })

  it("NOTES-2 every write stamps the note's revision (no text) into the document its readers sync: joint in control, side S in caucus/S, the mediator's in ledger", async () => {
    const docs = { control: new Y.Doc(), caucusA: new Y.Doc(), caucusB: new Y.Doc(), ledger: new Y.Doc() }
    const providers = [
      await connectDoc(server, as('B'), s.sessionId, 'control', docs.control),
      await connectDoc(server, as('A'), s.sessionId, `caucus/${s.sides.A}`, docs.caucusA),
      await connectDoc(server, as('B'), s.sessionId, `caucus/${s.sides.B}`, docs.caucusB),
      await connectDoc(server, as('mediator'), s.sessionId, 'ledger', docs.ledger),
    ]
    try {
      await Promise.all(providers.map((p) => synced(p)))
      const stamps = (d: Y.Doc) => noteStampsSchema(d).noteRevisions
      const { body: side } = await create('A', `side:${s.sides.A}`, 'live')
      await waitFor(() => stamps(docs.caucusA).get(side.id) === 1, "side A's stamp")
      const put = await api<Note>(
        server,
        as('mediator'),
        'PUT',
        `${notes()}/${side.id}`,
        { visibility: `side:${s.sides.A}`, title: 'live', body: 'v2' },
        { 'if-match': '1' },
      )
      assert.equal(put.status, 200)
      await waitFor(() => stamps(docs.caucusA).get(side.id) === 2, 'the new revision')
      const { body: joint } = await create('mediator', 'joint', 'agenda live')
      const { body: own } = await create('mediator', 'mediator', 'mine')
      await waitFor(() => stamps(docs.control).get(joint.id) === 1, 'the joint stamp in control')
      await waitFor(() => stamps(docs.ledger).get(own.id) === 1, "the mediator's stamp in the ledger")
      for (const id of [side.id, joint.id, own.id])
        assert.ok(!stamps(docs.caucusB).has(id), "side B's document learns nothing of other notes")
      assert.ok(!stamps(docs.control).has(side.id), 'control names no side note')
      assert.ok(!stamps(docs.control).has(own.id), "nor the mediator's own")
      const del = await api(server, as('A'), 'DELETE', `${notes()}/${side.id}`, undefined, {
        'if-match': '2',
      })
      assert.equal(del.status, 204)
      await waitFor(() => !stamps(docs.caucusA).has(side.id), 'a removed note leaves its stamp')
      for (const d of Object.values(docs)) {
        assert.ok(!JSON.stringify(d.toJSON()).includes('v2'), 'no note text in any document')
      }
    } finally {
      for (const p of providers) p.destroy()
    }
  })

  it('NOTES-2 a side member cannot forge a note stamp in its caucus document', async () => {
    const doc = new Y.Doc()
    const p = await connectDoc(server, as('A'), s.sessionId, `caucus/${s.sides.A}`, doc)
    const check = new Y.Doc()
    const q = await connectDoc(server, as('mediator'), s.sessionId, `caucus/${s.sides.A}`, check)
    try {
      await Promise.all([synced(p), synced(q)])
      const closed = closedWith(p)
      doc.transact(() => {
        noteStampsSchema(doc).noteRevisions.set('forged', 99)
        doc.getText('notes').insert(0, 'x')
      })
      assert.equal(await closed, 4403, 'the update is refused whole')
      assert.ok(!noteStampsSchema(check).noteRevisions.has('forged'))
      assert.equal(check.getText('notes').toString(), '')
    } finally {
      p.destroy()
      q.destroy()
    }
  })
})
