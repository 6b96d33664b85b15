import { mkdir, open, readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Adapter } from 'lowdb'
import { DamagedFileError } from '../errors'

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

  constructor(path: string, validate: (value: unknown) => value is T) {
    this.path = path
    this.validate = validate
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

  /** Resolves when no write is running or queued. */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined)
  }

  private start(data: T): Promise<void> {
    const run = writeDurably(this.path, JSON.stringify(data))
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

async function writeDurably(path: string, text: string): Promise<void> {
  const dir = dirname(path)
  await mkdir(dir, { recursive: true })
  const tmp = `${path}.tmp`
  const file = await open(tmp, 'w')
  try {
    await file.writeFile(text, 'utf8')
    await file.sync()
  } finally {
    await file.close()
  }
  await rename(tmp, path)
  const folder = await open(dir, 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
