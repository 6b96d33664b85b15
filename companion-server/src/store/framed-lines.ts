import { createHash } from 'node:crypto'

/** SHA-256 of `b`, base64url. */
export const digest = (b: Buffer | string) => createHash('sha256').update(b).digest('base64url')

/** One self-checking line: `<payload bytes> <sha256 of payload> <payload>\n` (the newline marks it complete). */
export function frame(payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${payload.length} ${digest(payload)} `), payload, Buffer.of(0x0a)])
}

/** The payload of a line, or why it fails its length or checksum (`payload` is then the bytes as found). */
export function unframe(
  line: Buffer,
): { ok: true; payload: Buffer } | { ok: false; reason: string; payload: Buffer } {
  const s1 = line.indexOf(0x20)
  const s2 = s1 < 0 ? -1 : line.indexOf(0x20, s1 + 1)
  const size = Number(line.subarray(0, Math.max(s1, 0)).toString('latin1'))
  if (s2 < 0 || !Number.isSafeInteger(size)) return { ok: false, reason: 'no record header', payload: line }
  const payload = line.subarray(s2 + 1)
  if (payload.length !== size)
    return { ok: false, reason: `length ${payload.length}, header says ${size}`, payload }
  if (digest(payload) !== line.subarray(s1 + 1, s2).toString('latin1'))
    return { ok: false, reason: 'checksum mismatch', payload }
  return { ok: true, payload }
}

/** Splits a log into complete lines (with their offsets) and the torn tail after the last newline. */
export function lines(buf: Buffer): {
  lines: { line: number; offset: number; end: number; bytes: Buffer }[]
  wholeBytes: number
} {
  const wholeBytes = buf.lastIndexOf(0x0a) + 1
  const out: { line: number; offset: number; end: number; bytes: Buffer }[] = []
  let start = 0
  for (let line = 1; start < wholeBytes; line++) {
    const end = buf.indexOf(0x0a, start)
    out.push({ line, offset: start, end: end + 1, bytes: buf.subarray(start, end) })
    start = end + 1
  }
  return { lines: out, wholeBytes }
}
