import assert from 'node:assert/strict'
import { addOption, getBoard, localOrigin } from '@mediation/core/domain'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  api,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'

describe('sync: real WebsocketProviders on a real server', () => {
  const server = useServer()
  let s: SessionWithParties
  const providers: WebsocketProvider[] = []
  before(async () => {
    s = await createSessionWithParties(server, { sides: ['A', 'B'] })
  })
  afterEach(() => {
    for (const p of providers.splice(0)) p.destroy()
  })

  it('three clients (mediator, two parties) converge on the board: the mediator edits, the parties command', async () => {
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
    const creds = [s.mediatorToken, s.invites.A!, s.invites.B!]
    for (let i = 0; i < 3; i++)
      providers.push(await connectDoc(server, creds[i]!, s.sessionId, 'board', docs[i]!))
    await Promise.all(providers.map((p) => synced(p)))
    const actor = { participantId: s.mediatorId, role: 'mediator' as const, sideId: null }
    addOption(
      docs[0]!,
      { title: 'k0' },
      { actor, now: Date.now(), origin: localOrigin(actor.participantId), newId: () => 'k0' },
    )
    for (const [i, cred] of [s.invites.A!, s.invites.B!].entries()) {
      const res = await api(server, cred, 'POST', `/api/sessions/${s.sessionId}/commands`, {
        type: 'addIdea',
        title: `k${i + 1}`,
      })
      assert.equal(res.status, 200)
    }
    const titles = (d: Y.Doc) =>
      getBoard(d)
        .options.map((o) => o.title)
        .sort()
    await waitFor(() => docs.every((d) => titles(d).length === 3), 'all three ideas everywhere')
    for (const d of docs) assert.deepEqual(titles(d), ['k0', 'k1', 'k2'])
  })

  it('the control document carries the session participants written by the server', async () => {
    const doc = new Y.Doc()
    providers.push(await connectDoc(server, s.invites.A!, s.sessionId, 'control', doc))
    await synced(providers[0]!)
    await waitFor(() => doc.getMap('participants').size === 3, 'three participants in control')
  })
})

describe('rooms: loaded on first connect, saved and unloaded when the last one leaves', () => {
  const server = useServer()

  it('an empty room is flushed to the store and unloaded from memory', async () => {
    const s = await createSessionWithParties(server, { sides: ['A'] })
    await waitFor(() => server.context.rooms.size === 0, 'setup rooms unloaded')
    const doc = new Y.Doc()
    const name = `caucus/${s.sides.A}`
    const p = await connectDoc(server, s.invites.A!, s.sessionId, name, doc)
    await synced(p)
    assert.equal(server.context.rooms.size, 1)
    doc.getMap('m').set('k', 'v')
    const room = await server.context.rooms.get(`${s.sessionId}/${name}`)
    await waitFor(() => room.doc.getMap('m').get('k') === 'v', 'edit at the server')
    p.destroy()
    await waitFor(() => server.context.rooms.size === 0, 'room unloaded after the last client left')
    const reloaded = await server.context.rooms.get(`${s.sessionId}/${name}`)
    assert.notEqual(reloaded, room)
    assert.equal(reloaded.doc.getMap('m').get('k'), 'v', 'the snapshot was saved before unloading')
  })
})
