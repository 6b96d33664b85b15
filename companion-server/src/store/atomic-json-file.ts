import { type FileHandle, mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Adapter } from 'lowdb'
import { DamagedFileError } from '../errors'
import { createFolderSync } from './folder-sync'

interface Pending<T> {
  data: T
  promise: Promise<void>
  resolve: () => void
  reject: (e: unknown) => void
}

/**
 * A lowdb adapter that survives crashes and power loss: compact JSON to a temp file, fsync, rename over the
 * target, fsync the folder. Writes are serialised per file and coalesced (callers that arrive while a write runs
 * share the next one, which serialises the newest data), so a resolved write is always durable.
 * An unparsable file throws DamagedFileError and is never written by this adapter afterwards.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  readonly path: string
  private readonly validate: (value: unknown) => value is T
  private running: Promise<void> | null = null
  private next: Pending<T> | null = null
  private damaged = false

  private readonly syncFolder: () => Promise<void>
  private readonly track: <R>(write: Promise<R>) => Promise<R>

  /**
   * `syncFolder` lets many files in one folder share folder fsyncs (see folder-sync.ts); `track` sees every
   * write (storage health).
   */
  constructor(
    path: string,
    validate: (value: unknown) => value is T,
    syncFolder?: () => Promise<void>,
    track?: <R>(write: Promise<R>) => Promise<R>,
  ) {
    this.path = path
    this.validate = validate
    this.syncFolder = syncFolder ?? createFolderSync(dirname(path))
    this.track = track ?? ((p) => p)
  }

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (e) {
      this.damaged = true
      throw new DamagedFileError(this.path, (e as Error).message)
    }
    if (!this.validate(value)) {
      this.damaged = true
      throw new DamagedFileError(this.path, 'unexpected structure')
    }
    return value
  }

  write(data: T): Promise<void> {
    if (this.damaged) return Promise.reject(new DamagedFileError(this.path, 'refusing to overwrite'))
    if (!this.running) return this.start(data)
    if (!this.next) {
      let resolve!: () => void
      let reject!: (e: unknown) => void
      const promise = new Promise<void>((res, rej) => {
        resolve = res
        reject = rej
      })
      this.next = { data, promise, resolve, reject }
    } else {
      this.next.data = data
    }
    return this.next.promise
  }

  /** True while a write runs or waits. */
  get busy(): boolean {
    return this.running !== null
  }

  /** Resolves when no write is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined)
  }

  private start(data: T): Promise<void> {
    const run = this.track(writeDurably(this.path, JSON.stringify(data), this.syncFolder))
    const settled = () => undefined
    this.running = run.then(settled, settled).then(() => {
      this.running = null
      const queued = this.next
      this.next = null
      if (queued) this.start(queued.data).then(queued.resolve, queued.reject)
    })
    return run
  }
}

async function writeDurably(path: string, text: string, syncFolder: () => Promise<void>): Promise<void> {
  const tmp = `${path}.tmp`
  let file: FileHandle
  try {
    file = await open(tmp, 'w')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    await mkdir(dirname(path), { recursive: true })
    file = await open(tmp, 'w')
  }
  try {
    await file.writeFile(text, 'utf8')
    // The data (and the size, which fdatasync includes) must be on disk before the rename makes it current.
    await file.datasync()
  } catch (e) {
    // Disk full: the half-written temp file would hold the space the next attempt needs.
    await file.close().catch(() => undefined)
    await rm(tmp, { force: true }).catch(() => undefined)
    throw e
  } finally {
    await file.close().catch(() => undefined)
  }
  await rename(tmp, path)
  await syncFolder()
}
