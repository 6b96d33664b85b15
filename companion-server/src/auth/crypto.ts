import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/** A random URL-safe token of `bytes` bytes (16 = 128 bits). */
export const randomToken = (bytes = 16): string => randomBytes(bytes).toString('base64url')

/** A short random id for records (not a secret). */
export const randomId = (): string => randomBytes(9).toString('base64url')

/** Tokens are stored and looked up only by this hash. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

const KEYLEN = 64
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEYLEN, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))),
  )
}

/** scrypt with a fresh per-user salt; returns hex salt and hash. */
export async function hashPassword(password: string): Promise<{ salt: string; hash: string }> {
  const salt = randomBytes(16)
  const hash = await scryptAsync(password, salt)
  return { salt: salt.toString('hex'), hash: hash.toString('hex') }
}

/** Constant-time comparison of a password against a stored scrypt hash. */
export async function verifyPassword(
  password: string,
  stored: { salt: string; hash: string },
): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'hex')
  const actual = await scryptAsync(password, Buffer.from(stored.salt, 'hex'))
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
