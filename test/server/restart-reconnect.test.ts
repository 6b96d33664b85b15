import assert from 'node:assert/strict'
import * as Y from 'yjs'
import { closedWith, createSessionWithParties, fetchTicket, synced, waitFor } from '../support/server'
import { useServer } from '../support/use-server'

/**
 * README "Reconnecting after a server restart": a plain y-websocket provider (no reconnect loop of ours) reuses
 * its spent single-use ticket, is closed with 4401 and stops; the documented step (fresh ticket into
 * `provider.params`, then `connect()`) brings it back with its offline edits.
 */
describe('a plain WebsocketProvider across a server restart', function () {
  this.timeout(60_000)
  const server = useServer()

  it('is refused with 4401 on its own and recovers with a fresh ticket; edits made meanwhile arrive', async () => {
    const s = await createSessionWithParties(server, { sides: ['A'] })
    const doc = new Y.Doc()
    const provider = await server.connect(s.mediatorToken, s.sessionId, 'board', doc)
    await synced(provider)
    doc.getText('t').insert(0, 'before ')
    await waitFor(async () => {
      const room = await server.context.rooms.get(`${s.sessionId}/board`)
      return room.doc.getText('t').toString() === 'before '
    }, 'the server has the edit')
    const { port } = server
    await server.stop({ keepData: true })
    doc.getText('t').insert(7, 'while down')
    // The same address again (as a deployment's fixed port): the provider's own retry uses the spent ticket.
    await server.restart({ port })
    assert.equal(server.port, port)
    assert.equal(await closedWith(provider, 15_000), 4401)
    assert.equal(provider.shouldConnect, false, 'y-websocket stops reconnecting after a 44xx close')
    // What a client must do: a fresh ticket (its credential is still good), then connect.
    provider.params = { ticket: await fetchTicket(server, s.mediatorToken, s.sessionId) }
    provider.connect()
    await synced(provider, 10_000)
    await waitFor(async () => {
      const room = await server.context.rooms.get(`${s.sessionId}/board`)
      return room.doc.getText('t').toString() === 'before while down'
    }, 'the offline edit reached the restarted server')
  })
})
