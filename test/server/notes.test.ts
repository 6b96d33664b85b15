import assert from 'node:assert/strict'
import type { Note } from '@mediation/protocol'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
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
      ['A', 'joint', 'a-joint'],
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

  it('side members create only joint or own-side notes; the secretariat none; unknown sides 400', async () => {
    assert.equal((await create('A', 'mediator', 'x')).status, 403)
    assert.equal((await create('A', `side:${s.sides.B}`, 'x')).status, 403)
    assert.equal((await create('sec', 'joint', 'x')).status, 403)
    assert.equal((await create('mediator', 'side:nope', 'x')).status, 400)
    assert.equal((await create('mediator', 'everyone', 'x')).status, 400)
  })

  it('updates need If-Match: missing 428, stale 409, current 200 with the next revision; only author or mediator', async () => {
    const { body: note } = await create('A', 'joint', 'draft')
    const url = `${notes()}/${note.id}`
    const change = { visibility: 'joint', title: 'draft', body: 'v2' }
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
    assert.equal(
      (await api(server, as('B'), 'PUT', url, change, { 'if-match': '2' })).status,
      403,
      'not the author',
    )
    const byMediator = await api<Note>(
      server,
      as('mediator'),
      'PUT',
      url,
      { ...change, body: 'v3' },
      { 'if-match': '"2"' },
    )
    assert.equal(byMediator.body.revision, 3)
    assert.equal((await api(server, as('A'), 'DELETE', url)).status, 428)
    assert.equal((await api(server, as('A'), 'DELETE', url, undefined, { 'if-match': '2' })).status, 409)
    assert.equal((await api(server, as('A'), 'DELETE', url, undefined, { 'if-match': '3' })).status, 204)
    assert.equal((await api(server, as('A'), 'GET', url)).status, 404)
  })
})
