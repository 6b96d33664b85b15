import type { Logger } from 'pino'
import type * as Y from 'yjs'
import type { DocStore } from '../store/types'
import { type BacklogLimits, Room, type RoomOptions } from './room'

/** Struct budgets per document: shared documents (written by the mediator and the server) and party-writable ones. */
export interface ItemLimits {
  maxDocItems: number
  maxPartyDocItems: number
}

const DEFAULT_BACKLOG: BacklogLimits = {
  awarenessBacklogBytes: 256 * 1024,
  closeBacklogBytes: 4 * 1024 * 1024,
}
const DEFAULT_ITEMS: ItemLimits = { maxDocItems: 100_000, maxPartyDocItems: 20_000 }

/** `private/<id>` and `caucus/<side>` take a party's raw updates; everything else only the mediator's and the server's. */
const partyWritable = (name: string) => /^[^/]+\/(private|caucus)\//.test(name)

/**
 * Loads a room on first use and saves and unloads it when the last user leaves. A room that is being saved
 * stays in the map and is reused by a reconnect, so a reload can never read a snapshot older than memory.
 */
export class Rooms {
  private readonly rooms = new Map<string, Promise<Room>>()
  private readonly live = new Map<string, Room>()
  private readonly opts: RoomOptions
  private readonly onLoad: (room: Room) => void

  constructor(opts: {
    store: DocStore
    logger: Logger
    saveDelayMs?: number
    saveMaxDelayMs?: number
    backlog?: BacklogLimits
    items?: ItemLimits
    /** Called once when a room is loaded, before any socket or command uses it (the board's ledger watch). */
    onLoad?: (room: Room) => void
  }) {
    this.onLoad = opts.onLoad ?? (() => {})
    const items = opts.items ?? DEFAULT_ITEMS
    this.opts = {
      store: opts.store,
      logger: opts.logger,
      saveDelayMs: opts.saveDelayMs ?? 250,
      saveMaxDelayMs: opts.saveMaxDelayMs ?? 1000,
      onRecovered: (room) => this.release(room),
      backlog: opts.backlog ?? DEFAULT_BACKLOG,
      maxItems: (name) => (partyWritable(name) ? items.maxPartyDocItems : items.maxDocItems),
    }
  }

  /** The room for `<sessionId>/<docName>`, loading it from the store if needed. */
  get(name: string): Promise<Room> {
    let room = this.rooms.get(name)
    if (!room) {
      room = this.opts.store.load(name).then((state) => {
        const r = new Room(name, state, this.opts)
        this.onLoad(r)
        this.live.set(name, r)
        return r
      })
      this.rooms.set(name, room)
      room.catch(() => this.rooms.delete(name))
    }
    return room
  }

  /** Runs `fn` on the live docs named `names` (loaded if needed), keeping them loaded meanwhile. */
  withDocs<T>(names: string[], fn: (docs: Y.Doc[]) => T | Promise<T>): Promise<T> {
    return this.withRooms(names, (rooms) => fn(rooms.map((r) => r.doc)))
  }

  /** Like withDocs, with the rooms (their size and struct budgets) instead of the bare docs. */
  async withRooms<T>(names: string[], fn: (rooms: Room[]) => T | Promise<T>): Promise<T> {
    const rooms: Room[] = []
    try {
      for (const name of names) {
        const room = await this.get(name)
        room.holds++
        rooms.push(room)
      }
      return await fn(rooms)
    } finally {
      for (const room of rooms) {
        room.holds--
        this.release(room)
      }
    }
  }

  /**
   * Called when a user leaves: saves and, if still nobody uses the room and everything in it is stored, unloads
   * it. A room whose save failed stays loaded (its retry timer saves it and calls this again).
   */
  release(room: Room): void {
    if (!room.idle) return
    void room.flush().then(() => {
      if (!room.idle || room.unsaved || this.live.get(room.name) !== room) return
      this.forget(room)
    })
  }

  /** Every loaded room (for closing sockets by participant or session). */
  async loaded(): Promise<Room[]> {
    await Promise.allSettled([...this.rooms.values()])
    return [...this.live.values()]
  }

  /** Saves every dirty room. */
  async flushAll(): Promise<void> {
    await Promise.all((await this.loaded()).map((r) => r.flush()))
  }

  /**
   * Saves every dirty room, then unloads every room (its awareness interval and retry timer with it): the server
   * is closing. A room whose save still fails is logged, since its changes go with it.
   */
  async close(): Promise<void> {
    await this.flushAll()
    for (const room of await this.loaded()) {
      if (room.unsaved) this.opts.logger.error({ doc: room.name }, 'closing with changes that were not saved')
      this.forget(room)
    }
  }

  /** Drops a session's rooms from memory without saving (the session is being deleted). */
  async discardSession(sessionId: string): Promise<void> {
    for (const room of await this.loaded()) {
      if (!room.name.startsWith(`${sessionId}/`)) continue
      this.forget(room)
    }
  }

  get size(): number {
    return this.rooms.size
  }

  private forget(room: Room): void {
    this.rooms.delete(room.name)
    this.live.delete(room.name)
    room.destroy()
  }
}
