import { createHash } from 'node:crypto'
import { splitDocName } from './doc-name'

/**
 * One record of the shared log: a doc's snapshot, or (`delta`) an update on top of its earlier records or its
 * session file; `end` is the byte offset just after its line.
 */
export interface LogRecord {
  name: string
  state: Uint8Array
  delta: boolean
  end: number
}

/**
 * A complete line that fails its checks; `name` is set only when the name's own hash vouches for it, and
 * `sessionHash` (the record's hash of its session id) helps find the session when the name itself is damaged.
 */
export interface BadRecord {
  line: number
  offset: number
  reason: string
  name: string | null
  sessionHash?: string | null
}

export interface ParsedLog {
  records: LogRecord[]
  bad: BadRecord[]
  /** Bytes after the last newline (an append torn by a crash, never acknowledged); 0 when none. */
  tornBytes: number
  /** Length of the log without the torn tail. */
  wholeBytes: number
}

const digest = (b: Buffer | string) => createHash('sha256').update(b).digest('base64url')
/** A short hash of the name alone: when the record's checksum fails, it tells whether the name can be trusted. */
const nameHash = (name: string) => digest(name).slice(0, 11)
const sessionHash = (id: string) => digest(`session:${id}`).slice(0, 11)

/** The payload's opening (name and its two hashes) by doc name: a busy doc appends often, its name never changes. */
const heads = new Map<string, string>()
const MAX_HEADS = 4096
function headOf(name: string): string {
  let head = heads.get(name)
  if (head === undefined) {
    head = `{"n":${JSON.stringify(name)},"h":"${nameHash(name)}","i":"${sessionHash(splitDocName(name).sessionId)}"`
    if (heads.size >= MAX_HEADS) heads.clear()
    heads.set(name, head)
  }
  return head
}

/**
 * Encodes a record as one self-checking line: `<payload bytes> <sha256 of payload> <payload>\n`, the payload
 * being `{"n": name, "h": hash of name, "i": hash of its session, "s": base64 snapshot}`, with `"d": 1` when
 * the bytes are an update on top of the doc's earlier records. The newline marks it complete.
 */
export function encodeRecord(name: string, state: Uint8Array, delta = false): Buffer {
  const b64 = Buffer.from(state.buffer, state.byteOffset, state.byteLength).toString('base64')
  const payload = Buffer.from(`${headOf(name)}${delta ? ',"d":1' : ''},"s":"${b64}"}`)
  return Buffer.concat([Buffer.from(`${payload.length} ${digest(payload)} `), payload, Buffer.of(0x0a)])
}

type Decoded =
  | { ok: true; name: string; state: Uint8Array; delta: boolean }
  | { ok: false; reason: string; name: string | null; sessionHash: string | null }

function validName(n: unknown): n is string {
  if (typeof n !== 'string') return false
  try {
    splitDocName(n)
    return true
  } catch {
    return false
  }
}

/** The name in a damaged payload if its own hash matches (so the damage is elsewhere), and its session hash. */
function whose(payload: Buffer): { name: string | null; sessionHash: string | null } {
  try {
    const o = JSON.parse(payload.toString('utf8')) as { n?: unknown; h?: unknown; i?: unknown }
    const name = validName(o.n) && o.h === nameHash(o.n) ? o.n : null
    return { name, sessionHash: typeof o.i === 'string' ? o.i : null }
  } catch {
    return { name: null, sessionHash: null }
  }
}

function decodePayload(payload: Buffer): Decoded {
  let o: { n?: unknown; h?: unknown; s?: unknown; d?: unknown }
  try {
    o = JSON.parse(payload.toString('utf8')) as typeof o
  } catch {
    return { ok: false, reason: 'unparsable payload', name: null, sessionHash: null }
  }
  if (!validName(o.n) || typeof o.s !== 'string')
    return { ok: false, reason: 'unexpected structure', name: null, sessionHash: null }
  return { ok: true, name: o.n, state: new Uint8Array(Buffer.from(o.s, 'base64')), delta: o.d === 1 }
}

function decodeLine(line: Buffer): Decoded {
  // Logs written before records carried checksums: one JSON object per line, accepted once and rewritten.
  if (line[0] === 0x7b) return decodePayload(line)
  const s1 = line.indexOf(0x20)
  const s2 = s1 < 0 ? -1 : line.indexOf(0x20, s1 + 1)
  const size = Number(line.subarray(0, Math.max(s1, 0)).toString('latin1'))
  if (s2 < 0 || !Number.isSafeInteger(size))
    return { ok: false, reason: 'no record header', name: null, sessionHash: null }
  const payload = line.subarray(s2 + 1)
  if (payload.length !== size)
    return { ok: false, reason: `length ${payload.length}, header says ${size}`, ...whose(payload) }
  if (digest(payload) !== line.subarray(s1 + 1, s2).toString('latin1'))
    return { ok: false, reason: 'checksum mismatch', ...whose(payload) }
  return decodePayload(payload)
}

/**
 * Parses a whole log. Bytes after the last newline are a torn append (never acknowledged: an append resolves only
 * after its newline is synced); every complete line that fails its length or checksum is reported, with its line
 * number, and the parse goes on so the records after it are known.
 */
export function parseLog(buf: Buffer): ParsedLog {
  const last = buf.lastIndexOf(0x0a)
  const wholeBytes = last + 1
  const records: LogRecord[] = []
  const bad: BadRecord[] = []
  let start = 0
  for (let line = 1; start < wholeBytes; line++) {
    const end = buf.indexOf(0x0a, start)
    const r = decodeLine(buf.subarray(start, end))
    if (r.ok) records.push({ name: r.name, state: r.state, delta: r.delta, end: end + 1 })
    else
      bad.push({
        line,
        offset: start,
        reason: r.reason,
        name: r.name,
        sessionHash: r.sessionHash,
      })
    start = end + 1
  }
  return { records, bad, tornBytes: buf.length - wholeBytes, wholeBytes }
}

/**
 * The sessions a damaged log cannot vouch for: those its bad records name and every session recorded after one.
 * A record whose name is damaged is matched by its session hash against `known` ids (the log's and those on
 * disk); when nothing matches it may belong to any session in the log, so all of them are refused.
 */
export function refusedSessions(parsed: ParsedLog, known: string[] = []): Map<string, string> {
  const refused = new Map<string, string>()
  const first = parsed.bad[0]
  if (!first) return refused
  const sessionOf = (name: string) => splitDocName(name).sessionId
  const inLog = [...new Set(parsed.records.map((r) => sessionOf(r.name)))]
  const candidates = [...new Set([...inLog, ...known])]
  for (const b of parsed.bad) {
    const why = `record on line ${b.line} of the doc log is damaged (${b.reason})`
    const owner = b.name ? sessionOf(b.name) : candidates.find((id) => sessionHash(id) === b.sessionHash)
    if (owner) refused.set(owner, why)
    else for (const id of inLog) if (!refused.has(id)) refused.set(id, why)
  }
  for (const r of parsed.records) {
    const id = sessionOf(r.name)
    if (r.end > first.offset && !refused.has(id))
      refused.set(id, `it has records after the damaged line ${first.line} of the doc log`)
  }
  return refused
}
