import assert from 'node:assert/strict'
import { rm } from 'node:fs/promises'
import { createLogger, createServer } from '@mediation/companion-server'
import {
  createApi,
  createSessionClient,
  type DocStatus,
  type PendingStore,
  type SessionClient,
  storagePending,
} from '@mediation/sidebar/client'
import WS from 'ws'
import { memoryStorage } from '../../support/memory-storage'
import {
  api,
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  type TestServer,
  waitFor,
} from '../../support/server'

const WebSocketPolyfill = WS as unknown as typeof WebSocket

/** The same server again on the same port and data (the client keeps its URL; startServer picks a new port). */
async function restartOn(port: number, dataDir: string): Promise<TestServer> {
  const again = await createServer({ dataDir, port, logger: createLogger({ level: 'silent' }) })
  return Object.assign(again, {
    dataDir,
    stop: async ({ keepData = false } = {}) => {
      await again.close()
      if (!keepData) await rm(dataDir, { recursive: true, force: true })
    },
  })
}

describe('sidebar client: ticketed reconnect loop against the real server', () => {
  let server: TestServer
  let s: SessionWithParties
  const clients: SessionClient[] = []
  before(async () => {
    server = await startServer()
    s = await createSessionWithParties(server)
  })
  after(async () => {
    for (const c of clients) c.destroy()
    await server.stop()
  })
  const clientFor = (credential: string, pending?: PendingStore) => {
    const c = createSessionClient({
      api: createApi({ serverUrl: server.url, credential }),
      serverUrl: server.url,
      sessionId: s.sessionId,
      WebSocketPolyfill,
      pending: pending ?? null,
    })
    clients.push(c)
    return c
  }

  // The mediator writes the board directly (parties act on it through commands), so its edits are what queue.
  it('syncs, and after its socket drops reconnects with a fresh single-use ticket, merging offline edits', async () => {
    const a = clientFor(s.mediatorToken)
    const b = clientFor(s.invites.B!)
    const boardA = a.open('board')
    const boardB = b.open('board')
    await waitFor(
      () => boardA.status().state === 'synced' && boardB.status().state === 'synced',
      'both synced',
    )
    const seen: DocStatus['state'][] = []
    boardA.subscribe((st) => seen.push(st.state))
    boardA.provider.ws?.close()
    await waitFor(() => boardA.status().state !== 'synced', 'A noticed the drop')
    boardA.doc.getMap('scratch').set('typed-while-away', 'kept')
    assert.equal(boardA.status().unsent, true, 'an edit made while disconnected is flagged as unsent')
    await waitFor(() => boardA.status().state === 'synced', 'A reconnected', 8000)
    assert.ok(seen.includes('reconnecting'))
    assert.equal(boardA.status().unsent, false)
    await waitFor(
      () => boardB.doc.getMap('scratch').get('typed-while-away') === 'kept',
      'B received the offline edit',
    )
  })

  it('survives a server restart: reconnecting while it is down, then synced with what was typed meanwhile', async () => {
    const a = clientFor(s.mediatorToken)
    const board = a.open('board')
    await waitFor(() => board.status().state === 'synced', 'A synced')
    const { port, dataDir } = server
    await server.stop({ keepData: true })
    await waitFor(() => board.status().state === 'reconnecting', 'A shows reconnecting')
    board.doc.getMap('scratch').set('typed-during-restart', 'kept')
    assert.equal(board.status().unsent, true)
    server = await restartOn(port, dataDir)
    await waitFor(() => board.status().state === 'synced', 'A synced again', 15_000)
    assert.equal(board.status().unsent, false)
    const b = clientFor(s.invites.B!)
    const boardB = b.open('board')
    await waitFor(() => boardB.doc.getMap('scratch').get('typed-during-restart') === 'kept', 'B sees it')
  })

  it('keeps what was typed while the server was away across a reload of the page (pending store)', async () => {
    const storage = memoryStorage()
    const pending = storagePending(storage)
    const a1 = clientFor(s.mediatorToken, pending)
    const board1 = a1.open('board')
    await waitFor(() => board1.status().state === 'synced', 'A synced')
    const { port, dataDir } = server
    await server.stop({ keepData: true })
    await waitFor(() => board1.status().state !== 'synced', 'A noticed')
    board1.doc.getMap('scratch').set('typed-before-reload', 'kept')
    a1.destroy()
    assert.ok(storage.length > 0, 'the unsent state is in the tab storage')
    const a2 = clientFor(s.mediatorToken, pending)
    const board2 = a2.open('board')
    assert.equal(
      board2.doc.getMap('scratch').get('typed-before-reload'),
      'kept',
      'restored before connecting',
    )
    assert.equal(board2.status().unsent, true)
    server = await restartOn(port, dataDir)
    await waitFor(() => board2.status().state === 'synced', 'A synced after the reload', 15_000)
    assert.equal(storage.length, 0, 'confirmed changes leave the tab storage')
    const b = clientFor(s.invites.B!)
    const boardB = b.open('board')
    await waitFor(() => boardB.doc.getMap('scratch').get('typed-before-reload') === 'kept', 'B sees it')
  })

  it('shows 4403 for a document this participant may not open, without retrying', async () => {
    const a = clientFor(s.invites.A!)
    const other = a.open(`caucus/${s.sides.B}`)
    await waitFor(() => other.status().state === 'denied', 'denied')
    assert.equal(other.status().code, 4403)
  })

  it('shows 4401 once the invite is revoked (the ticket request is refused too)', async () => {
    const b = clientFor(s.invites.B!)
    const control = b.open('control')
    await waitFor(() => control.status().state === 'synced', 'B synced')
    const res = await api(
      server,
      s.mediatorToken,
      'DELETE',
      `/api/sessions/${s.sessionId}/invites/${s.inviteIds.B}`,
    )
    assert.ok(res.status === 204 || res.status === 200, `revoke answered ${res.status}`)
    await waitFor(() => control.status().state === 'denied', 'denied after revoke', 8000)
    assert.equal(control.status().code, 4401)
    assert.equal(b.status().state, 'denied')
  })
})
