import type { Note } from '@mediation/protocol'
import type { PrepData } from '../prep/store'
import type { VerificationEntry } from '../record/verification-store'
import type { AtomicJsonFile } from './atomic-json-file'

/** What `<dataDir>/sessions/<id>.json` holds, one typed section per owner. */
export interface SessionFileData {
  version: 1
  id: string
  /** Yjs snapshots (base64) by doc name; written by the doc store (checkpoints). */
  docs: Record<string, string>
  notes: Note[]
  /** Intake, agreement-to-mediate texts and signatures, practice runs (prep/); absent until first used. */
  prep?: PrepData
  /** Verification codes of countersigned agreements (record/); absent until first used. */
  record?: { codes: VerificationEntry[] }
}

export const isSessionFile = (v: unknown): v is SessionFileData => {
  const o = v as Partial<SessionFileData> | null
  return (
    typeof o === 'object' &&
    o !== null &&
    o.version === 1 &&
    typeof o.docs === 'object' &&
    o.docs !== null &&
    Array.isArray(o.notes) &&
    (o.prep === undefined || (typeof o.prep === 'object' && o.prep !== null)) &&
    (o.record === undefined || Array.isArray(o.record?.codes))
  )
}

export const emptySessionFile = (id: string): SessionFileData => ({ version: 1, id, docs: {}, notes: [] })

/** A change: the next data (null: nothing to write) and what the caller gets once it is durable. */
export interface Change<T> {
  next: SessionFileData | null
  result: T
}

interface Pending {
  change: (current: SessionFileData) => Change<unknown>
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}

/**
 * One session's file and its one write queue. Readers see only what is on disk: a change computes new data from
 * the current data (never mutating it), the new data is written (temp, fsync, rename, fsync folder) and only then
 * becomes current. A failed write leaves the current data as it was and fails every change it carried. Changes
 * that arrive while a write runs share the next write (group commit), each applied to the result of the last.
 */
export class SessionFile {
  readonly id: string
  private current: SessionFileData
  private readonly file: AtomicJsonFile<SessionFileData>
  private queue: Pending[] = []
  private running: Promise<void> | null = null

  constructor(id: string, data: SessionFileData, file: AtomicJsonFile<SessionFileData>) {
    this.id = id
    this.current = data
    this.file = file
  }

  /** The durable data. Treat as read-only: copy before changing (changes go through `update`). */
  get data(): Readonly<SessionFileData> {
    return this.current
  }

  /** True while a write runs or waits. */
  get busy(): boolean {
    return this.running !== null || this.queue.length > 0
  }

  /** Queues `change`; resolves with its result once the data it produced is on disk. */
  update<T>(change: (current: SessionFileData) => Change<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ change, resolve: resolve as (v: unknown) => void, reject })
      // Started in a microtask: changes queued in the same tick share the write, and `running` is set first.
      this.running ??= Promise.resolve().then(() => this.drain())
    })
  }

  /** Resolves when nothing is queued or being written. */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue
      this.queue = []
      let work = this.current
      const done: [Pending, unknown][] = []
      for (const p of batch) {
        try {
          const c = p.change(work)
          if (c.next) work = c.next
          done.push([p, c.result])
        } catch (e) {
          // This change is refused (a rule, a bad argument); the others in the batch go on.
          p.reject(e)
        }
      }
      try {
        if (work !== this.current) await this.file.write(work)
        this.current = work
        for (const [p, result] of done) p.resolve(result)
      } catch (e) {
        for (const [p] of done) p.reject(e)
      }
    }
    this.running = null
  }
}
