/**
 * SIGN-14: reads an embedded file back out of a PDF (the agreement PDF carries its exact text as
 * `agreement.txt`). Enough of PDF for files written plainly (a `Filespec` naming the file, its `EmbeddedFile`
 * stream with a direct `/Length`, stored or Flate-compressed); a PDF that hides its objects in compressed
 * object streams (re-saved by some editors) answers null, and the page asks for the copied text instead.
 */

/** The embedded file every agreement PDF carries: the exact text its version hash covers. */
export const AGREEMENT_ATTACHMENT = 'agreement.txt'

/** Inflates a zlib (Flate) stream; the browser and Node both have `DecompressionStream('deflate')`. */
export type Inflate = (bytes: Uint8Array) => Promise<Uint8Array>

/** At most this many bytes come out of one embedded file (an agreement text is far smaller). */
const MAX_FILE = 1_000_000

/** The bytes of the embedded file `name` in `pdf`, or null when there is none this reader can find. */
export async function embeddedFile(
  pdf: Uint8Array,
  name: string,
  inflate: Inflate,
): Promise<Uint8Array | null> {
  // Latin-1 keeps one character per byte, so string offsets are byte offsets.
  const src = latin1(pdf)
  for (const spec of src.matchAll(/\/Type\s*\/Filespec\b/g)) {
    const dict = enclosingDict(src, spec.index)
    if (!dict || !namesFile(dict, name)) continue
    const ref = /\/EF\s*<<[^>]*?\/F\s+(\d+)\s+(\d+)\s+R/.exec(dict)
    if (!ref) continue
    const bytes = await streamOf(pdf, src, Number(ref[1]), Number(ref[2]), inflate)
    if (bytes) return bytes
  }
  return null
}

function latin1(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)))
  return s
}

/** The `<< … >>` dictionary around offset `at`, nested dictionaries included (null if unbalanced). */
function enclosingDict(src: string, at: number): string | null {
  let depth = 0
  for (let i = at - 1; i >= 1; i--) {
    const pair = src.slice(i - 1, i + 1)
    if (pair !== '>>' && pair !== '<<') continue
    if (pair === '<<' && depth === 0) return dictAt(src, i - 1)
    depth += pair === '>>' ? 1 : -1
    i--
  }
  return null
}

/** The dictionary that opens at `start` (`<<`), nested dictionaries included (null if unbalanced). */
function dictAt(src: string, start: number): string | null {
  let depth = 0
  for (let i = start; i < src.length - 1; i++) {
    const pair = src.slice(i, i + 2)
    if (pair === '<<') depth++
    else if (pair === '>>') depth--
    else continue
    i++
    if (depth === 0) return src.slice(start, i + 1)
  }
  return null
}

/** Whether a file specification names `name` in `/UF` or `/F`, as a literal or a UTF-16 hex string. */
function namesFile(dict: string, name: string): boolean {
  for (const m of dict.matchAll(/\/(?:UF|F)\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) {
    const raw = m[1] ?? ''
    const value = raw.startsWith('(') ? unescapeLiteral(raw.slice(1, -1)) : utf16Hex(raw.slice(1, -1))
    if (value === name) return true
  }
  return false
}

function unescapeLiteral(s: string): string {
  return s.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) => {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }
    return simple[c] ?? (/^[0-7]+$/.test(c) ? String.fromCharCode(Number.parseInt(c, 8)) : c)
  })
}

function utf16Hex(hex: string): string {
  const h = hex.replace(/\s+/g, '')
  const bytes: number[] = []
  for (let i = 0; i + 1 < h.length; i += 2) bytes.push(Number.parseInt(h.slice(i, i + 2), 16))
  const body = bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.slice(2) : bytes
  let s = ''
  for (let i = 0; i + 1 < body.length; i += 2)
    s += String.fromCharCode(((body[i] ?? 0) << 8) | (body[i + 1] ?? 0))
  return s
}

/** The decoded stream of object `num gen`, if it is an embedded file this reader understands. */
async function streamOf(
  pdf: Uint8Array,
  src: string,
  num: number,
  gen: number,
  inflate: Inflate,
): Promise<Uint8Array | null> {
  const head = new RegExp(`(?:^|[^0-9])${num}\\s+${gen}\\s+obj\\b`, 'g')
  for (const m of src.matchAll(head)) {
    const open = src.indexOf('<<', m.index)
    const dict = open < 0 ? null : dictAt(src, open)
    if (!dict || !/\/Type\s*\/EmbeddedFile\b/.test(dict)) continue
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)
    const after = /^\s*stream\r?\n/.exec(src.slice(open + dict.length, open + dict.length + 32))
    if (!length || !after) continue
    const start = open + dict.length + after[0].length
    const size = Number(length[1])
    if (size > MAX_FILE || start + size > pdf.length) continue
    const data = pdf.slice(start, start + size)
    const filter = /\/Filter\s*(\/\w+|\[[^\]]*\])/.exec(dict)?.[1]
    if (!filter) return data
    if (filter.replace(/[[\]\s]/g, '') !== '/FlateDecode') continue
    const out = await inflate(data).catch(() => null)
    if (out && out.length <= MAX_FILE) return out
  }
  return null
}
