import { mkdir, open, readFile, rename, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { encodeRecord, type LogRecord, parseLog, refusedSessions } from './doc-log-records'
import { splitDocName } from './doc-name'
import { createFolderSync } from './folder-sync'
import { createGroupAppender, datasync, type SyncFile } from './group-commit'
import { mergeState } from './merge-state'
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
 * A DocStore whose saves and appends are group-committed to one shared append-only log (`<dataDir>/sessions.log`:
 * many saves, one fdatasync) and checkpointed into the session files every `checkpointMs`, past `maxLogBytes`,
 * on flush and on session deletion. Session files are durable before the log that covered them is dropped.
 * An append logs the update alone; a load or a checkpoint merges a doc's records into one compact snapshot.
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

/**
 * What the log holds for one doc beyond its session file: a snapshot (`whole`) or updates on top of the session
 * file, then updates — `count` parts, each length-prefixed in one buffer (one object per doc, however many
 * appends). Replaced, never changed; appends keep `line`, so a checkpoint can tell what was appended meanwhile.
 */
interface Entry {
  data: Uint8Array
  count: number
  whole: boolean
  line: object
}

function framed(prefix: Uint8Array | null, part: Uint8Array): Uint8Array {
  const head: number[] = []
  for (let n = part.length; ; n = Math.floor(n / 128)) {
    if (n < 128) {
      head.push(n)
      break
    }
    head.push((n % 128) | 128)
  }
  const at = prefix?.length ?? 0
  const out = new Uint8Array(at + head.length + part.length)
  if (prefix) out.set(prefix)
  out.set(head, at)
  out.set(part, at + head.length)
  return out
}

function partsOf(e: Entry): Uint8Array[] {
  const parts: Uint8Array[] = []
  for (let i = 0; i < e.data.length; ) {
    let n = 0
    for (let mul = 1; ; mul *= 128) {
      const b = e.data[i++]!
      n += (b & 127) * mul
      if (b < 128) break
    }
    parts.push(e.data.subarray(i, i + n))
    i += n
  }
  return parts
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
  const latest = new Map<string, Entry>()
  const add = (name: string, state: Uint8Array, delta: boolean) => {
    const cur = latest.get(name)
    latest.set(
      name,
      delta && cur
        ? { data: framed(cur.data, state), count: cur.count + 1, whole: cur.whole, line: cur.line }
        : { data: framed(null, state), count: 1, whole: !delta, line: {} },
    )
  }
  for (const r of replay) add(r.name, r.state, r.delta)
  /** The doc's whole state: its records merged, on top of its session file unless they start with a snapshot. */
  const merged = async (name: string, e: Entry): Promise<Uint8Array> => {
    if (e.whole) return mergeState(partsOf(e))
    const file = await base.load(name)
    return mergeState(file ? [file, ...partsOf(e)] : partsOf(e))
  }
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
  async function replaceLog(keep: [string, Entry][]): Promise<void> {
    const tmp = `${path}.tmp`
    const file = await open(tmp, 'w')
    let written = 0
    try {
      const text = Buffer.concat(
        keep.flatMap(([n, e]) => partsOf(e).map((p, i) => encodeRecord(n, p, i > 0 || !e.whole))),
      )
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
        const [name, entry] = snapshot[i] as [string, Entry]
        const state = await merged(name, entry).catch(() => null)
        if (!state || !decodes(state)) {
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
      for (const [name, entry] of snapshot) {
        if (failed.has(name)) continue
        const now = latest.get(name)
        if (now === entry) latest.delete(name)
        else if (now && now.line === entry.line)
          // Appended to meanwhile: the session file now holds what the entry did, the appends stay.
          latest.set(name, {
            data: now.data.slice(entry.data.length),
            count: now.count - entry.count,
            whole: false,
            line: {},
          })
      }
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

  /** Logs a snapshot or an update; memory (what checkpoints and loads see) changes once the record is durable. */
  async function write(name: string, bytes: Uint8Array, delta: boolean): Promise<void> {
    refuse(name)
    const copy = bytes.slice() // the caller may reuse its buffer once this returns
    const { sessionId } = splitDocName(name)
    if (!timer) {
      timer = setInterval(background, opts.checkpointMs ?? 30_000)
      timer.unref()
    }
    const done = log.append(encodeRecord(name, copy, delta), name, () => {
      if (!erased.has(sessionId)) add(name, copy, delta)
    })
    if (log.bytes > maxBytes) background()
    return opts.track ? opts.track(done) : done
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
      const entry = latest.get(name)
      if (!entry) return base.load(name)
      const state = await merged(name, entry)
      // Compacted in memory for the next load (the log's records give the same state at a restart).
      if (entry.count > 1 && latest.get(name) === entry)
        latest.set(name, { data: framed(null, state), count: 1, whole: true, line: {} })
      return state.slice()
    },
    save: (name, state) => write(name, state, false),
    append: (name, update) => write(name, update, true),
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
