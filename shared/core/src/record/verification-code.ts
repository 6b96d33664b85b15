/**
 * Verification codes printed on a signed agreement. A code is 100 random bits written as 20 Crockford
 * base32 characters in groups of four, plus one check character (mod 37) that catches a mistyped or
 * swapped character before the server is asked. It names nothing: the server maps it to a version hash.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** Crockford's extra check symbols for values 32..36. */
const CHECK_ALPHABET = `${ALPHABET}*~$=U`
/** Random bits in a code; the issue asks for at least 80. */
export const CODE_BITS = 100
const DATA_CHARS = CODE_BITS / 5

/** Bytes of randomness `codeFromRandom` needs (13 bytes = 104 bits, of which 100 are used). */
export const CODE_RANDOM_BYTES = Math.ceil(CODE_BITS / 8)

/** Formats fresh random bytes (from `crypto.getRandomValues`/`randomBytes`) as a verification code. */
export function codeFromRandom(bytes: Uint8Array): string {
  if (bytes.length < CODE_RANDOM_BYTES) throw new RangeError(`need ${CODE_RANDOM_BYTES} random bytes`)
  let bits = 0n
  for (const b of bytes.subarray(0, CODE_RANDOM_BYTES)) bits = (bits << 8n) | BigInt(b)
  bits >>= BigInt(CODE_RANDOM_BYTES * 8 - CODE_BITS)
  let data = ''
  for (let i = DATA_CHARS - 1; i >= 0; i--) data += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)]
  return formatCode(data + checkChar(data))
}

/**
 * Reads what a person typed: case, spaces and dashes don't matter, and the look-alikes O→0, I/L→1 are
 * forgiven. Returns the canonical grouped form, or null when it isn't a well-formed code.
 */
export function normalizeCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (raw.length !== DATA_CHARS + 1) return null
  const data = raw.slice(0, DATA_CHARS)
  for (const ch of data) if (!ALPHABET.includes(ch)) return null
  return raw[DATA_CHARS] === checkChar(data) ? formatCode(raw) : null
}

function checkChar(data: string): string {
  let mod = 0
  for (const ch of data) mod = (mod * 32 + ALPHABET.indexOf(ch)) % 37
  return CHECK_ALPHABET[mod] ?? '0'
}

function formatCode(chars: string): string {
  return chars.match(/.{1,4}/g)?.join('-') ?? chars
}
