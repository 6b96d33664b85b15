import type { ServerAwareness, StorageCode } from '@mediation/protocol'
import type { Logger } from 'pino'
import type { WebSocket } from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { isDiskFull } from '../store/storage-health'
import type { DocStore } from '../store/types'
import { structCount } from './doc-cost'
import { CLOSE, encodeAwareness, encodeUpdate } from './messages'

/** Per-connection state the room needs for fan-out and awareness ownership. */
export interface RoomConn {
  ws: WebSocket
  participantId: string
  clientId: number | null
  /** Takes the connection out of the room at once and closes it with `code`. */
  kick(code: number, reason: string): void
}

/** How far a socket may fall behind (bytes queued and not yet read by the peer) before the room acts. */
export interface BacklogLimits {
  /** Above this, awareness is no longer sent to the socket (it is the least important traffic). */
  awarenessBacklogBytes: number
  /** Above this, the socket is closed with 4508 and its client reconnects and re-syncs. */
  closeBacklogBytes: number
}

export interface RoomOptions {
  store: DocStore
  logger: Logger
  /** Debounce and maximum wait for snapshot saves (DESIGN: ≤ 1 s). */
  saveDelayMs: number
  saveMaxDelayMs: number
  /** Called after a save that followed a failed one succeeded (the room may be unloaded now). */
  onRecovered?: (room: Room) => void
  backlog: BacklogLimits
  /** The most structs the named document may hold (see doc-cost.ts). */
  maxItems: (name: string) => number
}

/** Waits between retries of a failed save: 1 s, doubling to 30 s (the disk may stay full for a while). */
const retryDelay = (failures: number) => Math.min(30_000, 1000 * 2 ** Math.min(failures - 1, 5))

const storeOrigin = { source: 'store' } as const

/**
 * A save stores the updates since the last save (merged) when the store can append them, so its cost follows the
 * change, not the document. A whole snapshot is stored instead after a failed save, when the updates are many,
 * or once the appended bytes pass the last snapshot's size (at least FULL_AFTER_BYTES): that keeps the stored log
 * and `size` (the cap's measure) within about twice the document.
 */
const FULL_AFTER_BYTES = 64 * 1024
const MAX_MERGED_UPDATES = 64

/**
 * One live session document: the Y.Doc, its awareness, its connections and its debounced snapshot saves.
 * Every update is encoded once and sent to every other connection.
 */
export class Room {
  readonly name: string
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly conns = new Map<WebSocket, RoomConn>()
  /** Approximate encoded size: last snapshot plus the bytes applied since (an upper bound; see `measure`). */
  size = 0
  /** Structs in the doc right now (its memory); writes that would pass `maxItems` are refused. */
  items = 0
  readonly maxItems: number
  /** Users that are not sockets (commands, session setup) keep the room loaded while they run. */
  holds = 0
  private readonly opts: RoomOptions
  private timer: NodeJS.Timeout | null = null
  private firstDirtyAt = 0
  private lastChangeAt = 0
  private saving: Promise<void> | null = null
  private dirty = false
  private destroyed = false
  private failures = 0
  /** The updates not yet handed to the store, and whether the next save must be a whole snapshot. */
  private changes: Uint8Array[] = []
  private needWhole = false
  /**
   * The stored snapshot the room was loaded from, while nothing changed since: a client that has nothing yet
   * (a cold load) gets it as it is, instead of the doc encoded again.
   */
  private loaded: Uint8Array | null = null
  /** Size of the last whole snapshot saved and the bytes appended after it. */
  private wholeBytes = 0
  private appendedBytes = 0

  constructor(name: string, state: Uint8Array | null, opts: RoomOptions) {
    this.name = name
    this.opts = opts
    this.maxItems = opts.maxItems(name)
    this.awareness.setLocalState(null)
    if (state) {
      Y.applyUpdate(this.doc, state, storeOrigin)
      this.size = state.length
      this.wholeBytes = state.length
      this.items = structCount(this.doc)
      this.loaded = state
    }
    this.doc.on('update', this.onUpdate)
    this.awareness.on('update', this.onAwareness)
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.size += update.length
    this.items = structCount(this.doc)
    this.changes.push(update)
    this.loaded = null
    const msg = encodeUpdate(update)
    // Deleting the entry being visited (a kick) is safe while iterating a Map.
    for (const conn of this.conns.values()) if (conn.ws !== origin) this.send(conn, msg, false)
    this.markDirty()
  }

  private readonly onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    _origin: unknown,
  ): void => {
    const changed = added.concat(updated, removed)
    if (changed.length === 0 || this.conns.size === 0) return
    const msg = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
    for (const conn of this.conns.values()) this.send(conn, msg, true)
  }

  /**
   * Sends with backpressure: a socket that does not read (its queue past the high-water marks) first stops
   * getting awareness, then is closed, so it can neither hold the server's memory nor slow the others.
   */
  send(conn: RoomConn, msg: Uint8Array, awareness: boolean): void {
    const { ws } = conn
    if (ws.readyState !== 1) return
    const queued = ws.bufferedAmount
    if (queued > this.opts.backlog.closeBacklogBytes) {
      return void conn.kick(CLOSE.backlog, 'connection too slow: messages were not read')
    }
    if (awareness && queued > this.opts.backlog.awarenessBacklogBytes) return
    ws.send(msg)
  }

  /** Debounces saves without touching a timer per update (hot path): the timer re-arms itself when it fires early. */
  private markDirty(): void {
    this.dirty = true
    this.lastChangeAt = performance.now()
    if (this.timer) return
    this.firstDirtyAt = this.lastChangeAt
    this.arm(this.opts.saveDelayMs)
  }

  private arm(wait: number): void {
    this.timer = setTimeout(this.onTimer, wait)
    this.timer.unref?.()
  }

  private readonly onTimer = (): void => {
    this.timer = null
    const now = performance.now()
    const quiet = now - this.lastChangeAt
    const pending = now - this.firstDirtyAt
    if (quiet < this.opts.saveDelayMs && pending < this.opts.saveMaxDelayMs) {
      this.arm(Math.min(this.opts.saveDelayMs - quiet, this.opts.saveMaxDelayMs - pending))
      return
    }
    void this.flush()
  }

  /** Writes a snapshot if anything changed; resolves when every change so far is in the store. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    while (this.saving) await this.saving
    if (!this.dirty || this.destroyed) return
    this.dirty = false
    const { store } = this.opts
    const changes = this.changes
    this.changes = []
    const delta =
      store.append && !this.needWhole && changes.length > 0 && changes.length <= MAX_MERGED_UPDATES
        ? changes.length === 1
          ? changes[0]!
          : Y.mergeUpdates(changes)
        : null
    let write: Promise<void>
    if (delta && this.appendedBytes + delta.length <= Math.max(this.wholeBytes, FULL_AFTER_BYTES)) {
      this.appendedBytes += delta.length
      write = store.append!(this.name, delta)
    } else {
      const state = Y.encodeStateAsUpdate(this.doc)
      this.size = state.length
      this.wholeBytes = state.length
      this.appendedBytes = 0
      this.needWhole = false
      write = store.save(this.name, state)
    }
    this.saving = write.then(
      () => {
        const recovered = this.failures > 0
        this.failures = 0
        if (recovered) {
          this.opts.logger.info({ doc: this.name }, 'saved a document after failed attempts')
          this.announceStorage(null)
          this.opts.onRecovered?.(this)
        }
      },
      (err: unknown) => {
        // The changes stay in memory (the room is not unloaded while dirty) and the save is retried on a timer,
        // as a whole snapshot: the store may hold this attempt or not.
        this.dirty = true
        this.needWhole = true
        this.failures++
        this.opts.logger.error({ err, doc: this.name, attempt: this.failures }, 'saving a document failed')
        this.announceStorage(isDiskFull(err) ? 'STORE-FULL' : 'STORE-FAILED')
        if (!this.timer && !this.destroyed) this.arm(retryDelay(this.failures))
      },
    )
    try {
      await this.saving
    } finally {
      this.saving = null
    }
  }

  /**
   * Tells everyone in the room whether its changes are on disk, as the server's own awareness state (the one
   * state without a stamped `user`, which clients cannot forge: the guard strips `server` from theirs). Clients
   * show "not saved" while it is set; y-protocols renews it every 15 s, and `null` removes it on recovery.
   */
  private announceStorage(code: StorageCode | null): void {
    if (this.destroyed) return
    const current = (this.awareness.getLocalState() as ServerAwareness | null)?.server?.notSaved ?? null
    if (current === code) return
    this.awareness.setLocalState(
      code === null ? null : ({ server: { notSaved: code } } satisfies ServerAwareness),
    )
  }

  /** The whole document as one update for a client whose state vector is `sv` (encoded). */
  stateFor(sv: Uint8Array): Uint8Array {
    // An empty state vector (one varuint 0): the client has nothing, the snapshot is exactly what it lacks.
    if (this.loaded && sv.length === 1 && sv[0] === 0) return this.loaded
    return Y.encodeStateAsUpdate(this.doc, sv)
  }

  /** Sets `size` to the document's encoded size now (it only grows between whole snapshots); returns it. */
  measure(): number {
    this.size = Y.encodeStateAsUpdate(this.doc).length
    return this.size
  }

  /** True while changes are not in the store (a save is due, running or failed). */
  get unsaved(): boolean {
    return this.dirty || this.saving !== null
  }

  /** True when no socket and no server-side user needs the room. */
  get idle(): boolean {
    return this.conns.size === 0 && this.holds === 0
  }

  destroy(): void {
    this.destroyed = true
    if (this.timer) clearTimeout(this.timer)
    this.doc.off('update', this.onUpdate)
    this.awareness.off('update', this.onAwareness)
    this.awareness.destroy()
    this.doc.destroy()
  }
}
