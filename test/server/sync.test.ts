import assert from 'node:assert/strict'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  synced,
  type TestServer,
  waitFor,
} from '../support/server'

describe('sync: real WebsocketProviders on a real server', () => {
  let server: TestServer
  let s: SessionWithParties
  const providers: WebsocketProvider[] = []
  before(async () => {
    server = await startServer()
    s = await createSessionWithParties(server, { sides: ['A', 'B'] })
  })
  afterEach(() => {
    for (const p of providers.splice(0)) p.destroy()
  })
  after(() => server.stop())

  it('three clients (mediator, two parties) converge on the board', async () => {
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
    const creds = [s.mediatorToken, s.invites.A!, s.invites.B!]
    for (let i = 0; i < 3; i++)
      providers.push(await connectDoc(server, creds[i]!, s.sessionId, 'board', docs[i]!))
    await Promise.all(providers.map((p) => synced(p)))
    for (const [i, d] of docs.entries()) d.getMap('test').set(`k${i}`, i)
    await waitFor(() => docs.every((d) => d.getMap('test').size === 3), 'all three edits everywhere')
    for (const d of docs) assert.deepEqual(d.getMap('test').toJSON(), { k0: 0, k1: 1, k2: 2 })
  })

  it('the control document carries the session participants written by the server', async () => {
    const doc = new Y.Doc()
    providers.push(await connectDoc(server, s.invites.A!, s.sessionId, 'control', doc))
    await synced(providers[0]!)
    await waitFor(() => doc.getMap('participants').size === 3, 'three participants in control')
  })
})

describe('rooms: loaded on first connect, saved and unloaded when the last one leaves', () => {
  let server: TestServer
  after(() => server.stop())

  it('an empty room is flushed to the store and unloaded from memory', async () => {
    server = await startServer()
    const s = await createSessionWithParties(server, { sides: ['A'] })
    await waitFor(() => server.context.rooms.size === 0, 'setup rooms unloaded')
    const doc = new Y.Doc()
    const p = await connectDoc(server, s.invites.A!, s.sessionId, 'board', doc)
    await synced(p)
    assert.equal(server.context.rooms.size, 1)
    doc.getMap('m').set('k', 'v')
    const room = await server.context.rooms.get(`${s.sessionId}/board`)
    await waitFor(() => room.doc.getMap('m').get('k') === 'v', 'edit at the server')
    p.destroy()
    await waitFor(() => server.context.rooms.size === 0, 'room unloaded after the last client left')
    const reloaded = await server.context.rooms.get(`${s.sessionId}/board`)
    assert.notEqual(reloaded, room)
    assert.equal(reloaded.doc.getMap('m').get('k'), 'v', 'the snapshot was saved before unloading')
  })
})
