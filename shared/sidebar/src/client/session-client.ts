import { type DocName, MAX_TICKETS_PER_REQUEST, type PartyCommand } from '@mediation/protocol'
import * as Y from 'yjs'
import type { Api } from './api'
import { ApiRequestError } from './api-error'
import { connectDoc, type DocConnection } from './doc-connection'
import { combineStatus, type DocStatus } from './doc-status'
import type { NetworkMonitor } from './network'
import type { PendingStore } from './pending-store'

export interface SessionClientOptions {
  api: Api
  serverUrl: string
  sessionId: string
  network?: NetworkMonitor
  WebSocketPolyfill?: typeof WebSocket
  pending?: PendingStore | null
  /** Tickets asked for before the session opened (beside `GET /api/me`): the first sockets use these. */
  tickets?: Promise<string[]>
}

/** The documents of one session this client has open, with one combined connection status. */
export interface SessionClient {
  readonly api: Api
  readonly sessionId: string
  /** Opens (or returns the already open) document. */
  open(docName: DocName): DocConnection
  close(docName: DocName): void
  status(): DocStatus
  subscribe(listener: (status: DocStatus) => void): () => void
  /** Sends a command for a document this participant cannot write (raise hand, accept rules, sign...). */
  command(command: PartyCommand): Promise<void>
  destroy(): void
}

/** Builds the per-session client: one Y.Doc and one provider per document, each with its own fresh tickets. */
export function createSessionClient(opts: SessionClientOptions): SessionClient {
  const open = new Map<DocName, { conn: DocConnection; unsubscribe: () => void }>()
  const listeners = new Set<(s: DocStatus) => void>()
  const current = () => combineStatus([...open.values()].map((o) => o.conn.status()))
  const emit = () => {
    // One document told the session is gone (4404): stop the others now, also those waiting to retry.
    const conns = [...open.values()].map((o) => o.conn)
    if (conns.some((c) => c.status().state === 'denied' && c.status().code === SESSION_GONE))
      for (const c of conns) if (c.status().state !== 'denied') c.stop(SESSION_GONE)
    const s = current()
    for (const l of listeners) l(s)
  }
  const fresh = ticketBatcher((n) =>
    n === 1
      ? opts.api.ticket(opts.sessionId).then((r) => [r.ticket])
      : opts.api.tickets(opts.sessionId, n).then((r) => r.tickets),
  )
  // Early tickets are used while surely unexpired (they live ≤ 60 s; measured on this clock, not the server's).
  let early = opts.tickets?.then(
    (left) => ({ left: [...left], until: performance.now() + EARLY_TICKETS_MS }),
    () => null,
  )
  const getTicket = async (): Promise<string> => {
    if (early) {
      const pool = await early
      const ticket = pool && performance.now() < pool.until ? pool.left.shift() : undefined
      if (ticket) return ticket
      early = undefined
    }
    return fresh()
  }
  return {
    api: opts.api,
    sessionId: opts.sessionId,
    open(docName) {
      const existing = open.get(docName)
      if (existing) return existing.conn
      const conn = connectDoc({
        serverUrl: opts.serverUrl,
        sessionId: opts.sessionId,
        docName,
        doc: new Y.Doc(),
        getTicket,
        pending: opts.pending ?? null,
        ...(opts.network ? { network: opts.network } : {}),
        ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill } : {}),
      })
      open.set(docName, { conn, unsubscribe: conn.subscribe(emit) })
      emit()
      return conn
    },
    close(docName) {
      const o = open.get(docName)
      if (!o) return
      o.unsubscribe()
      o.conn.destroy()
      o.conn.doc.destroy()
      open.delete(docName)
      emit()
    },
    status: current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async command(command) {
      await opts.api.command(opts.sessionId, command)
    },
    destroy() {
      for (const name of [...open.keys()]) this.close(name)
      listeners.clear()
    },
  }
}

/** The close code (and ticket answer) of a deleted session. */
const SESSION_GONE = 4404

/** How long tickets fetched ahead are used (a ticket lives up to 60 s on the server). */
const EARLY_TICKETS_MS = 30_000

/**
 * Gathers the ticket requests of one turn of the event loop (the documents a page opens together each ask from
 * their own 0 ms timer) into one POST /api/tickets: on a phone each request is a round trip of its own.
 */
export function ticketBatcher(fetchMany: (count: number) => Promise<string[]>): () => Promise<string> {
  let waiting: { resolve: (t: string) => void; reject: (e: unknown) => void }[] = []
  // A deleted session (404) stays deleted: every later ask gets the same answer without another request.
  let gone: unknown = null
  const flush = () => {
    const batch = waiting
    waiting = []
    for (let i = 0; i < batch.length; i += MAX_TICKETS_PER_REQUEST) {
      const part = batch.slice(i, i + MAX_TICKETS_PER_REQUEST)
      fetchMany(part.length).then(
        (tickets) =>
          part.forEach((w, k) => {
            const t = tickets[k]
            if (t) w.resolve(t)
            else w.reject(new Error('the server sent fewer tickets than asked for'))
          }),
        (err: unknown) => {
          if (err instanceof ApiRequestError && err.status === 404) gone = err
          for (const w of part) w.reject(err)
        },
      )
    }
  }
  return () =>
    new Promise<string>((resolve, reject) => {
      if (gone) return reject(gone)
      waiting.push({ resolve, reject })
      // A timer, not a microtask: the other documents' 0 ms timers are already queued and run first.
      if (waiting.length === 1) setTimeout(flush, 0)
    })
}
