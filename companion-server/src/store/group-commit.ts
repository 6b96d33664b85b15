import { type FileHandle, open } from 'node:fs/promises'

/** Makes written bytes durable; injectable so tests can count syncs. */
export type SyncFile = (file: FileHandle) => Promise<void>

export const datasync: SyncFile = (file) => file.datasync()

interface Waiter {
  text: string
  key: string
  resolve: () => void
  reject: (e: unknown) => void
}

/** Appends lines to one file with group commit: every line that arrives while a sync runs shares the next one. */
export interface GroupAppender {
  /** Resolves once the line is written and synced. */
  append(text: string, key: string): Promise<void>
  /** Drops queued (unwritten) lines whose key matches; their callers resolve (the data is being erased). */
  discard(match: (key: string) => boolean): void
  /** Runs `fn` with the file closed and no append in flight (appends queue meanwhile). */
  exclusive<T>(fn: () => Promise<T>): Promise<T>
  /** Resolves when every queued line is synced. */
  idle(): Promise<void>
  /** Bytes appended since the file was last replaced (set by the owner after a rewrite). */
  bytes: number
}

/** A group-commit appender for `path` (opened lazily in append mode, closed between exclusive sections). */
export function createGroupAppender(path: string, sync: SyncFile = datasync): GroupAppender {
  let queue: Waiter[] = []
  let file: FileHandle | null = null
  let lock: Promise<unknown> = Promise.resolve()
  let draining: Promise<void> | null = null

  const locked = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = lock.then(fn, fn)
    lock = run.catch(() => undefined)
    return run
  }

  async function writeBatch(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue
      queue = []
      const text = batch.map((w) => w.text).join('')
      try {
        file ??= await open(path, 'a')
        await file.appendFile(text)
        await sync(file)
        self.bytes += Buffer.byteLength(text)
        for (const w of batch) w.resolve()
      } catch (e) {
        for (const w of batch) w.reject(e)
      }
    }
  }

  const drain = (): Promise<void> =>
    (draining ??= locked(writeBatch).finally(() => {
      draining = null
      // Lines queued after the loop ended but before this callback need their own batch.
      if (queue.length > 0) void drain()
    }))

  const self: GroupAppender = {
    bytes: 0,
    append(text, key) {
      const done = new Promise<void>((resolve, reject) => queue.push({ text, key, resolve, reject }))
      void drain()
      return done
    },
    discard(match) {
      const gone = queue.filter((w) => match(w.key))
      queue = queue.filter((w) => !match(w.key))
      for (const w of gone) w.resolve()
    },
    exclusive: (fn) =>
      locked(async () => {
        const f = file
        file = null
        await f?.close()
        return fn()
      }),
    async idle() {
      while (draining || queue.length > 0) await drain()
    },
  }
  return self
}
