import { copyFile, mkdir, open, readFile, rename, truncate } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createFolderSync } from './folder-sync'
import { frame, lines, unframe } from './framed-lines'
import type { SessionRecord } from './meta-types'

type Entry = { put: SessionRecord } | { del: string }

export interface IndexLogOptions {
  /** Sees every write (storage health). */
  track?: <T>(write: Promise<T>) => Promise<T>
  log?: (level: 'warn' | 'error', fields: Record<string, unknown>, msg: string) => void
}

/**
 * The session index as an append-only log, `<dataDir>/sessions-index.log`: one self-checking line per change
 * (`{"put": record}` or `{"del": id}`), so a change costs the size of one session record, never of the whole
 * index. Rewritten compactly (temp, fsync, rename) once it holds more than twice the live records plus 1 MB.
 * At start a torn tail is cut; a damaged complete line is reported, its bytes kept in `quarantine/`, and skipped.
 * An older `sessions-index.json` is read once and carried over.
 */
export async function openIndexLog(dataDir: string, opts: IndexLogOptions = {}) {
  const path = join(dataDir, 'sessions-index.log')
  const track = opts.track ?? (<T>(p: Promise<T>) => p)
  await mkdir(dataDir, { recursive: true })
  const live = new Map<string, SessionRecord>()
  const damage: string[] = []
  let buf = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null
    throw e
  })
  if (buf === null) {
    const legacy = await readLegacy(join(dataDir, 'sessions-index.json'))
    for (const s of legacy ?? []) live.set(s.id, s)
    if (legacy) await rewrite(path, live)
    buf = Buffer.alloc(0)
  }
  const { lines: all, wholeBytes } = lines(buf)
  for (const l of all) {
    const r = unframe(l.bytes)
    const entry = r.ok ? parseEntry(r.payload) : null
    if (!entry) {
      damage.push(`line ${l.line}: ${r.ok ? 'unexpected structure' : r.reason}`)
      continue
    }
    if ('put' in entry) live.set(entry.put.id, entry.put)
    else live.delete(entry.del)
  }
  if (damage.length > 0) {
    const folder = join(dataDir, 'quarantine')
    await mkdir(folder, { recursive: true })
    const copy = join(folder, `sessions-index.log.${new Date().toISOString().replace(/[:.]/g, '-')}`)
    await copyFile(path, copy)
    opts.log?.('error', { file: path, quarantine: copy, damage }, 'damaged session index records skipped')
  }
  if (buf.length > wholeBytes) {
    await truncate(path, wholeBytes)
    opts.log?.(
      'warn',
      { file: path, bytes: buf.length - wholeBytes, at: wholeBytes },
      'cut a torn record at the end of the session index',
    )
  }
  let bytes = wholeBytes
  let liveBytes = 0
  for (const s of live.values()) liveBytes += JSON.stringify(s).length
  let file = await open(path, 'a')
  let whole = wholeBytes
  let serial: Promise<unknown> = Promise.resolve()

  async function append(entry: Entry, size: number): Promise<void> {
    const line = frame(Buffer.from(JSON.stringify(entry)))
    try {
      await file.appendFile(line)
      await file.datasync()
    } catch (e) {
      // Disk full mid-record: cut the partial line so the next record does not glue itself to it.
      await file.truncate(whole).catch(() => undefined)
      throw e
    }
    whole += line.length
    bytes += line.length
    liveBytes += size
    if (bytes > 2 * liveBytes + 1024 * 1024) await compact()
  }
  async function compact(): Promise<void> {
    await file.close()
    try {
      await rewrite(path, live)
    } finally {
      file = await open(path, 'a')
      whole = (await file.stat()).size
      bytes = whole
    }
  }
  const oneAtATime = (fn: () => Promise<void>): Promise<void> => {
    const run = serial.then(fn, fn)
    serial = run.catch(() => undefined)
    return track(run)
  }
  return {
    damage,
    records: (): SessionRecord[] => [...live.values()],
    put: (s: SessionRecord) =>
      oneAtATime(async () => {
        const size = JSON.stringify(s).length
        await append({ put: s }, size - (live.has(s.id) ? JSON.stringify(live.get(s.id)).length : 0))
        live.set(s.id, s)
      }),
    /** Erasure: the log is rewritten without the session, so no byte of its record stays on disk. */
    del: (id: string) =>
      oneAtATime(async () => {
        const gone = live.get(id)
        if (!gone) return
        live.delete(id)
        try {
          await compact()
        } catch (e) {
          live.set(id, gone)
          throw e
        }
        liveBytes -= JSON.stringify(gone).length
      }),
    close: () => oneAtATime(() => file.close()),
  }
}

export type IndexLog = Awaited<ReturnType<typeof openIndexLog>>

function parseEntry(payload: Buffer): Entry | null {
  try {
    const e = JSON.parse(payload.toString('utf8')) as Partial<{ put: SessionRecord; del: string }>
    if (e.put && typeof e.put === 'object' && typeof e.put.id === 'string') return { put: e.put }
    if (typeof e.del === 'string') return { del: e.del }
  } catch {
    // reported by the caller
  }
  return null
}

async function readLegacy(path: string): Promise<SessionRecord[] | null> {
  const text = await readFile(path, 'utf8').catch(() => null)
  if (text === null) return null
  const o = JSON.parse(text) as { version?: number; sessions?: SessionRecord[] }
  if (o.version !== 1 || !Array.isArray(o.sessions)) throw new Error(`unexpected structure in ${path}`)
  return o.sessions
}

/** Writes the live records as a fresh log: temp file, fsync, rename, fsync folder. */
async function rewrite(path: string, live: Map<string, SessionRecord>): Promise<void> {
  const tmp = `${path}.tmp`
  const f = await open(tmp, 'w')
  try {
    await f.writeFile(
      Buffer.concat([...live.values()].map((s) => frame(Buffer.from(JSON.stringify({ put: s }))))),
    )
    await f.datasync()
  } finally {
    await f.close()
  }
  await rename(tmp, path)
  await createFolderSync(dirname(path))()
}
