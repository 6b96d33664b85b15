import type { DocName, PartyCommand } from '@mediation/protocol'
import * as Y from 'yjs'
import type { Api } from './api'
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
    const s = current()
    for (const l of listeners) l(s)
  }
  const getTicket = async () => (await opts.api.ticket(opts.sessionId)).ticket
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
