import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { DamagedFileError } from '../errors'
import { AtomicJsonFile } from './atomic-json-file'
import { createFolderSync } from './folder-sync'
import { emptySessionFile, isSessionFile, SessionFile, type SessionFileData } from './session-file'

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The one owner of `<dataDir>/sessions/<id>.json`: files are opened on first use and cached, each with one write
 * queue (SessionFile). A damaged file is remembered, reported once through `onDamage`, and every later access
 * throws DamagedFileError, so nothing ever writes over it. Nothing else reads or writes these files.
 */
export class SessionFiles {
  private readonly folder: string
  private readonly open = new Map<string, Promise<SessionFile>>()
  private readonly damaged = new Map<string, DamagedFileError>()
  private readonly syncFolder: () => Promise<void>
  private readonly lastUsed = new Map<string, number>()
  private readonly cache: { maxOpen: number; idleMs: number }
  private readonly onDamage: (e: DamagedFileError) => void
  private readonly wrap: <T>(write: Promise<T>) => Promise<T>

  /**
   * `maxOpen`: beyond this many cached files, files unused for `idleMs` with no write pending are dropped from
   * memory. `track` sees every write (storage health).
   */
  constructor(
    dataDir: string,
    opts: {
      maxOpen?: number
      idleMs?: number
      onDamage?: (e: DamagedFileError) => void
      track?: <T>(write: Promise<T>) => Promise<T>
    } = {},
  ) {
    this.folder = join(dataDir, 'sessions')
    this.syncFolder = createFolderSync(this.folder)
    this.cache = { maxOpen: opts.maxOpen ?? 256, idleMs: opts.idleMs ?? 30_000 }
    this.onDamage = opts.onDamage ?? (() => undefined)
    this.wrap = opts.track ?? ((p) => p)
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

  /**
   * Reads every session file once without caching it (a background pass after the server listens): damaged
   * files are recorded and reported, `visit` sees the data of every readable one. Files already open are visited
   * from memory.
   */
  async scan(visit: (id: string, data: Readonly<SessionFileData>) => void = () => undefined): Promise<void> {
    for (const id of await this.ids()) {
      if (this.damaged.has(id)) continue
      const open = this.open.get(id)
      if (open) {
        await open.then((f) => visit(id, f.data)).catch(() => undefined)
        continue
      }
      try {
        const data = await new AtomicJsonFile(this.pathOf(id), isSessionFile).read()
        if (data) visit(id, data)
      } catch (e) {
        if (!(e instanceof DamagedFileError)) throw e
        this.markDamaged(id, e)
      }
    }
  }

  /** The session's file (created empty when there is none yet). */
  get(sessionId: string): Promise<SessionFile> {
    const known = this.damaged.get(sessionId)
    if (known) return Promise.reject(known)
    this.lastUsed.set(sessionId, performance.now())
    let file = this.open.get(sessionId)
    if (!file) {
      this.evictIdle()
      file = this.load(sessionId)
      this.open.set(sessionId, file)
      file.catch(() => this.open.delete(sessionId))
    }
    return file
  }

  private async load(sessionId: string): Promise<SessionFile> {
    const path = this.pathOf(sessionId)
    const adapter = new AtomicJsonFile(path, isSessionFile, this.syncFolder, this.wrap)
    try {
      const data = (await adapter.read()) ?? emptySessionFile(sessionId)
      return new SessionFile(sessionId, data, adapter)
    } catch (e) {
      if (e instanceof DamagedFileError) this.markDamaged(sessionId, e)
      throw e
    }
  }

  private markDamaged(sessionId: string, e: DamagedFileError): void {
    if (this.damaged.has(sessionId)) return
    this.damaged.set(sessionId, e)
    this.onDamage(e)
  }

  private evictIdle(): void {
    if (this.open.size < this.cache.maxOpen) return
    const before = performance.now() - this.cache.idleMs
    for (const [id, file] of this.open) {
      if ((this.lastUsed.get(id) ?? 0) > before) continue
      void file.then((f) => {
        if (f.busy || (this.lastUsed.get(id) ?? 0) > before || this.open.get(id) !== file) return
        this.open.delete(id)
        this.lastUsed.delete(id)
      })
    }
  }

  /** Number of session files held in memory. */
  get cached(): number {
    return this.open.size
  }

  /** Number of damaged session files found so far. */
  get damagedCount(): number {
    return this.damaged.size
  }

  /** Waits for every queued write of every open file. */
  async flush(): Promise<void> {
    const files = await Promise.allSettled([...this.open.values()])
    for (const r of files) if (r.status === 'fulfilled') await r.value.idle()
  }

  /** Forgets the session and removes its file. */
  async remove(sessionId: string): Promise<void> {
    const file = this.open.get(sessionId)
    this.open.delete(sessionId)
    this.lastUsed.delete(sessionId)
    if (file) await file.then((f) => f.idle()).catch(() => undefined)
    if (!this.damaged.has(sessionId)) await rm(this.pathOf(sessionId), { force: true })
  }

  isDamaged(sessionId: string): DamagedFileError | undefined {
    return this.damaged.get(sessionId)
  }
}
