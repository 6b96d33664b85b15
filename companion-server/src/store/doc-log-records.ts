import { splitDocName } from './doc-name'

/** One doc snapshot in the shared log: a JSON line `{"n": name, "s": base64}`. */
export interface LogRecord {
  name: string
  state: Uint8Array
}

/** Encodes a record as one newline-terminated line (the newline marks it complete). */
export function encodeRecord(name: string, state: Uint8Array): string {
  return `${JSON.stringify({ n: name, s: Buffer.from(state).toString('base64') })}\n`
}

function decodeLine(line: string): LogRecord | null {
  let v: unknown
  try {
    v = JSON.parse(line)
  } catch {
    return null
  }
  const o = v as { n?: unknown; s?: unknown } | null
  if (typeof o !== 'object' || o === null || typeof o.n !== 'string' || typeof o.s !== 'string') return null
  try {
    splitDocName(o.n)
  } catch {
    return null
  }
  return { name: o.n, state: new Uint8Array(Buffer.from(o.s, 'base64')) }
}

/**
 * Parses a whole log. Text after the last newline is a torn append from a crash (never acknowledged) and is
 * ignored; an unreadable complete line is damage, reported with its line number.
 */
export function parseLog(text: string): { records: LogRecord[]; damage: string | null } {
  const end = text.lastIndexOf('\n')
  const lines = end < 0 ? [] : text.slice(0, end).split('\n')
  const records: LogRecord[] = []
  for (const [i, line] of lines.entries()) {
    const record = decodeLine(line)
    if (!record) return { records, damage: `unreadable record on line ${i + 1}` }
    records.push(record)
  }
  return { records, damage: null }
}
