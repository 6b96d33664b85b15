import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Note } from '@mediation/protocol'
import { Low } from 'lowdb'
import { DamagedFileError } from '../errors'
import { AtomicJsonFile } from './atomic-json-file'
import { createFolderSync } from './folder-sync'

/** What `<dataDir>/sessions/<id>.json` holds: the session's Yjs snapshots (base64) and its notes. */
export interface SessionFileData {
  version: 1
  id: string
  docs: Record<string, string>
  notes: Note[]
}

const isSessionFile = (v: unknown): v is SessionFileData => {
  const o = v as Partial<SessionFileData> | null
  return (
    typeof o === 'object' &&
    o !== null &&
    o.version === 1 &&
    typeof o.docs === 'object' &&
    o.docs !== null &&
    Array.isArray(o.notes)
  )
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * One lowdb file per session, opened on first use and cached. A damaged file is remembered and every later
 * access throws DamagedFileError, so nothing ever writes over it.
 */
export class SessionFiles {
  private readonly folder: string
  private readonly open = new Map<string, Promise<Low<SessionFileData>>>()
  private readonly damaged = new Map<string, DamagedFileError>()
  private readonly syncFolder: () => Promise<void>
  private readonly lastUsed = new Map<string, number>()
  private readonly cache: { maxOpen: number; idleMs: number }

  /**
   * `maxOpen`: beyond this many cached files, files unused for `idleMs` and with no write pending are dropped
   * from memory (callers mutate and write in the same tick, so an instance idle that long is held by nobody).
   */
  constructor(dataDir: string, cache: { maxOpen?: number; idleMs?: number } = {}) {
    this.folder = join(dataDir, 'sessions')
    this.syncFolder = createFolderSync(this.folder)
    this.cache = { maxOpen: cache.maxOpen ?? 256, idleMs: cache.idleMs ?? 30_000 }
  }

  pathOf(sessionId: string): string {
    if (!SAFE_ID.test(sessionId)) throw new Error(`invalid session id ${JSON.stringify(sessionId)}`)
    return join(this.folder, `${sessionId}.json`)
  }

  /** Ids of the session files on disk (one readdir). */
  async ids(): Promise<string[]> {
    const names = await readdir(this.folder).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return [] as string[]
      throw e
    })
    return names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5))
      .filter((id) => SAFE_ID.test(id))
  }

  /** Parses every session file once; returns the damaged ones (reported by the caller, left untouched). */
  async scan(): Promise<DamagedFileError[]> {
    let names: string[]
    try {
      names = await readdir(this.folder)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    const out: DamagedFileError[] = []
    for (const name of names) {
      if (!name.endsWith('.json')) continue
      const id = name.slice(0, -'.json'.length)
      if (!SAFE_ID.test(id)) continue
      try {
        await new AtomicJsonFile(join(this.folder, name), isSessionFile).read()
      } catch (e) {
        if (!(e instanceof DamagedFileError)) throw e
        this.damaged.set(id, e)
        out.push(e)
      }
    }
    return out
  }

  /** The session's lowdb instance (created empty when there is no file yet). */
  get(sessionId: string): Promise<Low<SessionFileData>> {
    const known = this.damaged.get(sessionId)
    if (known) return Promise.reject(known)
    this.lastUsed.set(sessionId, performance.now())
    let db = this.open.get(sessionId)
    if (!db) {
      this.evictIdle()
      db = this.load(sessionId)
      this.open.set(sessionId, db)
      db.catch(() => this.open.delete(sessionId))
    }
    return db
  }

  private async load(sessionId: string): Promise<Low<SessionFileData>> {
    const adapter = new AtomicJsonFile(this.pathOf(sessionId), isSessionFile, this.syncFolder)
    const db = new Low<SessionFileData>(adapter, { version: 1, id: sessionId, docs: {}, notes: [] })
    try {
      await db.read()
    } catch (e) {
      if (e instanceof DamagedFileError) this.damaged.set(sessionId, e)
      throw e
    }
    return db
  }

  private evictIdle(): void {
    if (this.open.size < this.cache.maxOpen) return
    const before = performance.now() - this.cache.idleMs
    for (const [id, db] of this.open) {
      if ((this.lastUsed.get(id) ?? 0) > before) continue
      void db.then((d) => {
        const adapter = d.adapter as AtomicJsonFile<SessionFileData>
        if (adapter.busy || (this.lastUsed.get(id) ?? 0) > before || this.open.get(id) !== db) return
        this.open.delete(id)
        this.lastUsed.delete(id)
      })
    }
  }

  /** Number of session files held in memory. */
  get cached(): number {
    return this.open.size
  }

  /** Waits for every queued write of every open file. */
  async flush(): Promise<void> {
    const dbs = await Promise.allSettled([...this.open.values()])
    for (const r of dbs)
      if (r.status === 'fulfilled') await (r.value.adapter as AtomicJsonFile<SessionFileData>).idle()
  }

  /** Forgets the session and removes its file. */
  async remove(sessionId: string): Promise<void> {
    const db = this.open.get(sessionId)
    this.open.delete(sessionId)
    this.lastUsed.delete(sessionId)
    if (db) await db.then((d) => (d.adapter as AtomicJsonFile<SessionFileData>).idle()).catch(() => undefined)
    if (!this.damaged.has(sessionId)) await rm(this.pathOf(sessionId), { force: true })
  }

  isDamaged(sessionId: string): DamagedFileError | undefined {
    return this.damaged.get(sessionId)
  }
}
