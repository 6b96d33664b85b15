import { mkdir, open, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { DamagedFileError } from '../errors'
import { encodeRecord, type LogRecord, parseLog } from './doc-log-records'
import { splitDocName } from './doc-name'
import { createFolderSync } from './folder-sync'
import { createGroupAppender, datasync, type SyncFile } from './group-commit'
import type { DocStore } from './types'

export interface LoggedDocStoreOptions {
  dataDir: string
  /** Where checkpoints put snapshots (the session files); must be durable when a save resolves. */
  base: DocStore
  sync?: SyncFile
  checkpointMs?: number
  maxLogBytes?: number
  onError?: (e: unknown) => void
}

/** Session files written at once during a checkpoint (more would starve deliveries of CPU). */
const CHECKPOINT_WRITERS = 2

export type LoggedDocStore = DocStore & {
  /** Writes every logged snapshot into `base`, then replaces the log with what could not be written. */
  checkpoint(): Promise<void>
}

export type OpenedLog =
  | { docs: LoggedDocStore; damaged: null }
  /** The log cannot be read: it is left untouched; `sessions` are the ids named in its readable part. */
  | { docs: null; damaged: DamagedFileError; sessions: Set<string> }

/**
 * A DocStore whose saves are group-committed to one shared append-only log (`<dataDir>/sessions.log`: many
 * saves, one fdatasync) and checkpointed into the session files every `checkpointMs`, past `maxLogBytes`,
 * on flush and on session deletion. Session files are durable before the log that covered them is dropped.
 */
export async function openLoggedDocStore(opts: LoggedDocStoreOptions): Promise<OpenedLog> {
  const path = join(opts.dataDir, 'sessions.log')
  let text = ''
  await mkdir(opts.dataDir, { recursive: true })
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
  const { records, damage } = parseLog(text)
  if (damage) {
    const sessions = new Set(records.map((r) => splitDocName(r.name).sessionId))
    return { docs: null, damaged: new DamagedFileError(path, damage), sessions }
  }
  const docs = createLoggedDocStore(path, opts, records, Buffer.byteLength(text))
  // Start-up replay: the records go into the session files, then a fresh log starts.
  await docs.checkpoint()
  return { docs, damaged: null }
}

function createLoggedDocStore(
  path: string,
  opts: LoggedDocStoreOptions,
  replay: LogRecord[],
  logBytes: number,
): LoggedDocStore {
  const { base } = opts
  const latest = new Map<string, Uint8Array>()
  for (const r of replay) latest.set(r.name, r.state)
  const log = createGroupAppender(path, opts.sync ?? datasync)
  log.bytes = logBytes
  const syncFolder = createFolderSync(opts.dataDir)
  const maxBytes = opts.maxLogBytes ?? 16 * 1024 * 1024
  let timer: NodeJS.Timeout | null = null

  /** Writes `keep` to a temp file, syncs it and renames it over the log (then syncs the folder). */
  async function replaceLog(keep: [string, Uint8Array][]): Promise<void> {
    const tmp = `${path}.tmp`
    const file = await open(tmp, 'w')
    let written = 0
    try {
      const text = keep.map(([n, s]) => encodeRecord(n, s)).join('')
      await file.writeFile(text)
      written = Buffer.byteLength(text)
      await file.datasync()
    } finally {
      await file.close()
    }
    await rename(tmp, path)
    await syncFolder()
    log.bytes = written
  }

  /** Session files first (durable, a few at a time so deliveries keep the CPU), then the log is rewritten. */
  async function checkpointNow(): Promise<void> {
    const snapshot = [...latest]
    if (snapshot.length === 0 && log.bytes === 0) return
    const failed = new Set<string>()
    let next = 0
    const worker = async () => {
      for (let i = next++; i < snapshot.length; i = next++) {
        const [name, state] = snapshot[i] as [string, Uint8Array]
        await base.save(name, state).catch((e: unknown) => {
          failed.add(name)
          opts.onError?.(e)
        })
      }
    }
    await Promise.all(Array.from({ length: CHECKPOINT_WRITERS }, worker))
    await log.exclusive(async () => {
      for (const [name, state] of snapshot)
        if (!failed.has(name) && latest.get(name) === state) latest.delete(name)
      // What is left is newer than its session file (saved meanwhile) or could not be written: it stays logged.
      await replaceLog([...latest])
    })
    if (latest.size === 0) stopTimer()
  }

  const stopTimer = () => {
    if (timer) clearInterval(timer)
    timer = null
  }
  // Checkpoints and erasures run one at a time, so a checkpoint never rewrites a file erasure just removed.
  let serial: Promise<unknown> = Promise.resolve()
  const oneAtATime = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = serial.then(fn, fn)
    serial = run.catch(() => undefined)
    return run
  }
  const checkpoint = () => oneAtATime(checkpointNow)
  let busy = false
  // Timer and size triggers never stack: at most one background checkpoint waits or runs.
  const background = () => {
    if (busy) return
    busy = true
    checkpoint()
      .catch((e: unknown) => opts.onError?.(e))
      .finally(() => {
        busy = false
      })
  }

  return {
    checkpoint,
    async load(name) {
      const state = latest.get(name)
      return state ? state.slice() : base.load(name)
    },
    save(name, state) {
      splitDocName(name)
      const copy = state.slice()
      latest.set(name, copy)
      if (!timer) {
        timer = setInterval(background, opts.checkpointMs ?? 30_000)
        timer.unref()
      }
      const done = log.append(encodeRecord(name, copy), name)
      if (log.bytes > maxBytes) background()
      return done
    },
    deleteSession: (sessionId) =>
      oneAtATime(async () => {
        const ours = (name: string) => splitDocName(name).sessionId === sessionId
        await log.exclusive(async () => {
          log.discard(ours)
          for (const name of [...latest.keys()]) if (ours(name)) latest.delete(name)
          // Everything not in `latest` is already in its session file: the rewrite keeps no byte of the session.
          await replaceLog([...latest])
        })
        await base.deleteSession(sessionId)
      }),
    async flush() {
      await log.idle()
      await checkpoint()
      await base.flush()
    },
  }
}
