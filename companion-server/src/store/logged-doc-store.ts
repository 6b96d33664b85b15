import { mkdir, open, readFile, rename, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { encodeRecord, type LogRecord, parseLog, refusedSessions } from './doc-log-records'
import { splitDocName } from './doc-name'
import { createFolderSync } from './folder-sync'
import { createGroupAppender, datasync, type SyncFile } from './group-commit'
import type { Refusals } from './refusals'
import type { DocStore } from './types'

export interface LoggedDocStoreOptions {
  dataDir: string
  /** Where checkpoints put snapshots (the session files); must be durable when a save resolves. */
  base: DocStore
  sync?: SyncFile
  checkpointMs?: number
  maxLogBytes?: number
  onError?: (e: unknown) => void
  /** Where refused sessions are recorded (and checked on every load and save). */
  refusals: Refusals
  log?: (level: 'warn' | 'error', fields: Record<string, unknown>, msg: string) => void
  /** Sees every append (storage health). */
  track?: <T>(write: Promise<T>) => Promise<T>
  /** Ids of the sessions on disk (read only when a damaged record's name must be matched). */
  knownSessions?: () => Promise<string[]>
}

/** Session files written at once during a checkpoint (more would starve deliveries of CPU). */
const CHECKPOINT_WRITERS = 2

export type LoggedDocStore = DocStore & {
  /** Writes every logged snapshot into `base`, then replaces the log with what could not be written. */
  checkpoint(): Promise<void>
  /** Checkpoints, then runs `fn` with no append, checkpoint or erasure running (saves queue meanwhile). */
  quiet<T>(fn: () => Promise<T>): Promise<T>
}

/**
 * A DocStore whose saves are group-committed to one shared append-only log (`<dataDir>/sessions.log`: many
 * saves, one fdatasync) and checkpointed into the session files every `checkpointMs`, past `maxLogBytes`,
 * on flush and on session deletion. Session files are durable before the log that covered them is dropped.
 *
 * At start a torn tail is cut (and logged); when a complete record fails its checks, the original log is copied
 * to `quarantine/`, the sessions it cannot vouch for are refused (persistently, see refusals.ts) and the good
 * records of every other session are replayed. Only snapshots that decode reach a session file.
 */
export async function openLoggedDocStore(opts: LoggedDocStoreOptions): Promise<LoggedDocStore> {
  const path = join(opts.dataDir, 'sessions.log')
  await mkdir(opts.dataDir, { recursive: true })
  const buf = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return Buffer.alloc(0)
    throw e
  })
  const parsed = parseLog(buf)
  const undecodable = parsed.records.filter((r) => !decodes(r.state))
  for (const r of undecodable) {
    parsed.bad.push({ line: 0, offset: r.end - 1, reason: 'snapshot does not decode', name: r.name })
  }
  parsed.bad.sort((a, b) => a.offset - b.offset)
  const refused = parsed.bad.length > 0 ? refusedSessions(parsed, await opts.knownSessions?.()) : new Map()
  if (refused.size > 0) {
    const quarantine = await quarantineCopy(opts.dataDir, buf)
    await opts.refusals.add(refused, quarantine, new Date().toISOString())
    for (const b of parsed.bad)
      opts.log?.('error', { file: path, quarantine, line: b.line }, `damaged doc log record: ${b.reason}`)
    opts.log?.(
      'error',
      { file: path, quarantine, sessions: [...refused.keys()] },
      'sessions refused: the doc log cannot vouch for them',
    )
  }
  if (parsed.tornBytes > 0) {
    // Never acknowledged (an append resolves after its newline is synced): cut so the next append starts clean.
    await truncate(path, parsed.wholeBytes)
    opts.log?.(
      'warn',
      { file: path, bytes: parsed.tornBytes, at: parsed.wholeBytes },
      'cut a torn record at the end of the doc log',
    )
  }
  const keep = parsed.records.filter((r) => !refused.has(splitDocName(r.name).sessionId))
  const docs = createLoggedDocStore(path, opts, keep, parsed.wholeBytes)
  // Start-up replay: the records go into the session files, then a fresh log starts without refused sessions.
  await docs.checkpoint()
  return docs
}

/** True when Yjs can apply the snapshot to an empty doc (checked before it replaces an older good one). */
export function decodes(state: Uint8Array): boolean {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    return true
  } catch {
    return false
  } finally {
    doc.destroy()
  }
}

/** A durable byte-for-byte copy of a damaged log under `<dataDir>/quarantine/`; returns its path. */
async function quarantineCopy(dataDir: string, buf: Buffer): Promise<string> {
  const folder = join(dataDir, 'quarantine')
  await mkdir(folder, { recursive: true })
  const path = join(folder, `sessions.log.${new Date().toISOString().replace(/[:.]/g, '-')}`)
  const file = await open(path, 'wx')
  try {
    await file.writeFile(buf)
    await file.datasync()
  } finally {
    await file.close()
  }
  await createFolderSync(folder)()
  return path
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
  /** Erased session ids (random, never reused): a save still in flight must not bring one back. */
  const erased = new Set<string>()
  const refuse = (name: string) => {
    const e = opts.refusals.get(splitDocName(name).sessionId)
    if (e) throw e
  }

  /** Writes `keep` to a temp file, syncs it and renames it over the log (then syncs the folder). */
  async function replaceLog(keep: [string, Uint8Array][]): Promise<void> {
    const tmp = `${path}.tmp`
    const file = await open(tmp, 'w')
    let written = 0
    try {
      const text = Buffer.concat(keep.map(([n, s]) => encodeRecord(n, s)))
      await file.writeFile(text)
      written = text.length
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
        if (!decodes(state)) {
          failed.add(name)
          opts.onError?.(new Error(`snapshot of ${name} does not decode; not written to its session file`))
          continue
        }
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
    quiet: (fn) =>
      oneAtATime(async () => {
        await log.idle()
        await checkpointNow()
        return log.exclusive(fn)
      }),
    async load(name) {
      refuse(name)
      const state = latest.get(name)
      return state ? state.slice() : base.load(name)
    },
    async save(name, state) {
      refuse(name)
      const copy = state.slice()
      const { sessionId } = splitDocName(name)
      if (!timer) {
        timer = setInterval(background, opts.checkpointMs ?? 30_000)
        timer.unref()
      }
      // Memory (what checkpoints and loads see) changes only once the record is durable.
      const done = log.append(encodeRecord(name, copy), name, () => {
        if (!erased.has(sessionId)) latest.set(name, copy)
      })
      if (log.bytes > maxBytes) background()
      return opts.track ? opts.track(done) : done
    },
    deleteSession: (sessionId) =>
      oneAtATime(async () => {
        const ours = (name: string) => splitDocName(name).sessionId === sessionId
        erased.add(sessionId)
        await log.exclusive(async () => {
          log.discard(ours)
          for (const name of [...latest.keys()]) if (ours(name)) latest.delete(name)
          // Everything not in `latest` is already in its session file: the rewrite keeps no byte of the session.
          await replaceLog([...latest])
        })
        await base.deleteSession(sessionId)
        await opts.refusals.remove(sessionId)
      }),
    async flush() {
      await log.idle()
      await checkpoint()
      await base.flush()
    },
  }
}
