import { type FileHandle, open } from 'node:fs/promises'

/** Makes written bytes durable; injectable so tests can count syncs. */
export type SyncFile = (file: FileHandle) => Promise<void>

export const datasync: SyncFile = (file) => file.datasync()

interface Waiter {
  text: Buffer
  key: string
  durable: (() => void) | undefined
  resolve: () => void
  reject: (e: unknown) => void
}

/** Appends lines to one file with group commit: every line that arrives while a sync runs shares the next one. */
export interface GroupAppender {
  /** Resolves once the line is written and synced; `durable` runs just before (in write order). */
  append(text: Buffer, key: string, durable?: () => void): Promise<void>
  /** Drops queued (unwritten) lines whose key matches; their callers resolve (the data is being erased). */
  discard(match: (key: string) => boolean): void
  /** Runs `fn` with the file closed and no append in flight (appends queue meanwhile); `fn` replaces the file. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>
  /** Resolves when every queued line is synced. */
  idle(): Promise<void>
  /** Bytes appended since the file was last replaced (set by the owner after a rewrite). */
  bytes: number
}

/**
 * Shortest time between the starts of two syncs. Under load the next batch waits out the rest of it, so the
 * log takes at most ~1000 / COMMIT_GAP_MS syncs a second however many documents save (each write and fdatasync
 * costs the server as much as a few hundred deliveries); an append after a quiet spell is synced at once.
 */
export const COMMIT_GAP_MS = 10

/** A group-commit appender for `path` (opened lazily in append mode, closed between exclusive sections). */
export function createGroupAppender(
  path: string,
  sync: SyncFile = datasync,
  gapMs = COMMIT_GAP_MS,
): GroupAppender {
  let queue: Waiter[] = []
  let lastStart = Number.NEGATIVE_INFINITY
  let file: FileHandle | null = null
  let lock: Promise<unknown> = Promise.resolve()
  let draining: Promise<void> | null = null
  /** Size of the file up to its last synced batch; a failed batch is cut back to it before anything else is written. */
  let whole = 0
  let tail = false

  const openFile = async (): Promise<FileHandle> => {
    const f = await open(path, 'a')
    // After a failed cut the size on disk includes the partial record: keep cutting back to the known size.
    if (!tail) whole = (await f.stat()).size
    return f
  }

  const locked = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = lock.then(fn, fn)
    lock = run.catch(() => undefined)
    return run
  }

  async function writeBatch(): Promise<void> {
    while (queue.length > 0) {
      const wait = lastStart + gapMs - performance.now()
      if (wait > 0) await new Promise((r) => setTimeout(r, wait))
      lastStart = performance.now()
      const batch = queue
      queue = []
      const text = Buffer.concat(batch.map((w) => w.text))
      try {
        file ??= await openFile()
        // A half-written record left by a failed batch (disk full) would glue itself to the next one.
        if (tail) await file.truncate(whole)
        tail = true
        await file.appendFile(text)
        await sync(file)
        tail = false
        whole += text.length
        self.bytes += text.length
        for (const w of batch) {
          w.durable?.()
          w.resolve()
        }
      } catch (e) {
        if (tail && file)
          await file.truncate(whole).then(
            () => (tail = false),
            () => undefined,
          )
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
    append(text, key, durable) {
      const done = new Promise<void>((resolve, reject) => queue.push({ text, key, durable, resolve, reject }))
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
        if (f && tail)
          await f.truncate(whole).then(
            () => (tail = false),
            () => undefined,
          )
        await f?.close()
        const result = await fn()
        // Every exclusive section of the owner replaces the file, partial record included.
        tail = false
        return result
      }),
    async idle() {
      while (draining || queue.length > 0) await drain()
    },
  }
  return self
}
