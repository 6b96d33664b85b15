import {
  CLOSE_FORBIDDEN,
  CLOSE_UNAUTHORIZED,
  type DocName,
  type ServerAwareness,
  type StorageCode,
  SYNC_PATH,
} from '@mediation/protocol'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { ApiRequestError } from './api-error'
import { backoffDelay } from './backoff'
import type { DocStatus } from './doc-status'
import { alwaysOnline, type NetworkMonitor } from './network'
import type { PendingStore } from './pending-store'

export interface DocConnectionOptions {
  /** The companion server's http(s) origin. */
  serverUrl: string
  sessionId: string
  docName: DocName
  doc: Y.Doc
  /** Fetches a fresh single-use ticket; called before every (re)connect. */
  getTicket: () => Promise<string>
  network?: NetworkMonitor
  /** `ws` in Node; the browser's WebSocket otherwise. */
  WebSocketPolyfill?: typeof WebSocket
  /** Keeps unconfirmed local changes across a reload (see pending-store.ts). */
  pending?: PendingStore | null
}

/** One synced document: its provider, its status and a way to stop. */
export interface DocConnection {
  readonly docName: DocName
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  status(): DocStatus
  subscribe(listener: (status: DocStatus) => void): () => void
  /** Drops the socket now and reconnects with a fresh ticket (used after a network change). */
  reconnect(): void
  /** Stops for good with `code` (e.g. 4404: the session is gone), without another attempt. */
  stop(code: number): void
  /**
   * PRESENCE-1: who else is connected to this document now, by the participant ids the server stamped on their
   * awareness states (a client cannot claim someone else's); sorted, each once.
   */
  presence(): string[]
  onPresence(listener: (participantIds: string[]) => void): () => void
  destroy(): void
}

// Close codes after which reconnecting cannot help; 4401 gets one retry with a fresh ticket first.
// 4429 (over a budget) and 4400 (malformed) end it too: retrying would only repeat what was refused.
// 4404: the session was deleted; nothing will ever answer again, so the page goes quiet and says so.
const CLOSE_GONE = 4404
const TERMINAL = new Set([CLOSE_FORBIDDEN, CLOSE_GONE, 4413, 1009, 4400, 4429])
// 4508: the socket fell behind and was closed; reconnecting re-syncs, and the status says why.
const CLOSE_BACKLOG = 4508

/**
 * Connects one document with its own reconnect loop: y-websocket reads `provider.params` when it opens a
 * socket, and a ticket is single-use, so every attempt first fetches a new ticket and only then connects.
 */
export function connectDoc(opts: DocConnectionOptions): DocConnection {
  const { doc, docName, network = alwaysOnline } = opts
  const wsUrl = opts.serverUrl.replace(/\/$/, '').replace(/^http/, 'ws') + SYNC_PATH
  const provider = new WebsocketProvider(wsUrl, `${opts.sessionId}/${docName}`, doc, {
    connect: false,
    disableBc: true,
    ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill } : {}),
  })
  // y-protocols starts every awareness state at clock 0, which a remote never applies (it needs a higher clock
  // than the none it knows), so a new client showed up only at its 15 s renewal; from clock 1 it shows at once.
  provider.awareness.setLocalState({})
  const pendingKey = `${opts.sessionId}/${docName}`
  const restored = opts.pending?.load(pendingKey)
  let status: DocStatus = { state: 'connecting', unsent: Boolean(restored) }
  let wanted = true
  let everSynced = false
  let attempts = 0
  let unauthorizedInARow = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const listeners = new Set<(s: DocStatus) => void>()

  const set = (next: Partial<DocStatus>) => {
    status = { ...status, ...next }
    if (status.notSaved === undefined) delete status.notSaved
    if (status.state !== 'denied' && !(status.state === 'reconnecting' && status.code === CLOSE_BACKLOG))
      delete status.code
    for (const l of listeners) l(status)
  }
  const deny = (code: number) => {
    wanted = false
    set({ state: 'denied', code })
  }
  const schedule = (delay: number) => {
    clearTimeout(timer)
    timer = setTimeout(attempt, delay)
  }

  async function attempt(): Promise<void> {
    if (!wanted || provider.ws) return
    if (!network.isOnline()) return set({ state: 'offline' })
    set({ state: everSynced ? 'reconnecting' : 'connecting' })
    let ticket: string
    try {
      ticket = await opts.getTicket()
    } catch (err) {
      if (err instanceof ApiRequestError && (err.status === 401 || err.status === 403)) {
        return deny(err.status === 401 ? CLOSE_UNAUTHORIZED : CLOSE_FORBIDDEN)
      }
      if (err instanceof ApiRequestError && err.status === 404) return deny(CLOSE_GONE)
      return schedule(backoffDelay(attempts++))
    }
    if (!wanted || provider.ws) return
    provider.params = { ticket }
    provider.connect()
  }

  provider.on('connection-close', (event) => {
    // Stop y-websocket's own retry (it would reuse the spent ticket); our loop takes over.
    provider.shouldConnect = false
    if (!wanted) return
    const code = event?.code ?? 0
    if (TERMINAL.has(code)) return deny(code)
    if (code === CLOSE_UNAUTHORIZED && ++unauthorizedInARow > 1) return deny(code)
    const state = network.isOnline() ? (everSynced ? 'reconnecting' : 'connecting') : 'offline'
    set(code === CLOSE_BACKLOG ? { state, code } : { state })
    schedule(code === CLOSE_UNAUTHORIZED ? 0 : backoffDelay(attempts++))
  })
  provider.on('sync', (synced: boolean) => {
    if (!synced) return
    everSynced = true
    attempts = 0
    unauthorizedInARow = 0
    set({ state: 'synced', unsent: false })
    opts.pending?.clear(pendingKey)
  })
  // What was typed before a reload goes back into the doc and out with the first sync.
  if (restored) Y.applyUpdate(doc, restored, 'pending')
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (origin === provider || origin === 'pending' || status.state === 'synced') return
    if (!status.unsent) set({ unsent: true })
    opts.pending?.save(pendingKey, Y.encodeStateAsUpdate(doc))
  }
  doc.on('update', onUpdate)
  // The server's storage health arrives as its own awareness state (see ServerAwareness): the one without `user`.
  let present: string[] = []
  const presenceListeners = new Set<(ids: string[]) => void>()
  const onAwareness = () => {
    let notSaved: StorageCode | undefined
    const ids = new Set<string>()
    for (const [clientId, state] of provider.awareness.getStates()) {
      if (clientId === doc.clientID) continue
      const id = (state.user as { participantId?: unknown } | undefined)?.participantId
      if (typeof id === 'string') ids.add(id)
      if (state.user !== undefined) continue
      notSaved ??= (state as Partial<ServerAwareness>).server?.notSaved
    }
    if (notSaved !== status.notSaved) set({ notSaved })
    const next = [...ids].sort()
    if (next.join('\n') !== present.join('\n')) {
      present = next
      for (const l of [...presenceListeners]) l(present)
    }
  }
  provider.awareness.on('change', onAwareness)
  const unwatch = network.subscribe((online) => {
    if (!wanted) return
    if (!online) {
      set({ state: 'offline' })
      if (provider.ws) provider.disconnect()
    } else schedule(0)
  })

  schedule(0)
  return {
    docName,
    doc,
    provider,
    status: () => status,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    reconnect() {
      if (!wanted) return
      if (provider.ws) provider.disconnect()
      else schedule(0)
    },
    stop(code) {
      if (!wanted) return
      clearTimeout(timer)
      deny(code)
      if (provider.ws) provider.disconnect()
    },
    presence: () => present,
    onPresence(listener) {
      presenceListeners.add(listener)
      return () => presenceListeners.delete(listener)
    },
    destroy() {
      wanted = false
      presenceListeners.clear()
      clearTimeout(timer)
      unwatch()
      doc.off('update', onUpdate)
      provider.awareness.off('change', onAwareness)
      provider.destroy()
      listeners.clear()
    },
  }
}
