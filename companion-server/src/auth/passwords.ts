/**
 * Password hashing: scrypt at OWASP's current cost (N=2^17, r=8, p=1), stored as a PHC string
 * (`$scrypt$ln=17,r=8,p=1$<salt>$<hash>`, unpadded base64) so the cost can be raised later: a hash made at a lower
 * cost (or an older record's hex salt/hash at N=2^14) still verifies and is flagged for rehashing at that login.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

export interface ScryptCost {
  /** log2 of N. */
  ln: number
  r: number
  p: number
}

/** OWASP Password Storage Cheat Sheet, scrypt: N=2^17 (128 MiB), r=8, p=1. */
export const PASSWORD_COST: ScryptCost = { ln: 17, r: 8, p: 1 }
/** What records written before PHC strings used (hex salt and hash, 64-byte key). */
const LEGACY_COST: ScryptCost = { ln: 14, r: 8, p: 1 }
const KEYLEN = 32
const SALT_BYTES = 16

/** A stored password: a PHC string, or an older record's hex salt and hash. */
export type StoredPassword = { password?: string; salt?: string; hash?: string }

function derive(password: string, salt: Buffer, cost: ScryptCost, keylen: number): Promise<Buffer> {
  const N = 2 ** cost.ln
  // scrypt needs 128·N·r bytes; allow twice that so the default 32 MiB cap does not refuse it.
  const maxmem = 256 * N * cost.r
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keylen, { N, r: cost.r, p: cost.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  )
}

const b64 = (b: Buffer) => b.toString('base64').replace(/=+$/, '')

/** Hashes with a fresh salt at `cost`; returns the PHC string to store. */
export async function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const key = await derive(password, salt, cost, KEYLEN)
  return `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${b64(salt)}$${b64(key)}`
}

interface Parsed {
  cost: ScryptCost
  salt: Buffer
  key: Buffer
}

const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/

function parse(stored: StoredPassword): Parsed | null {
  if (stored.password) {
    const m = PHC.exec(stored.password)
    if (!m) return null
    const cost = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) }
    // A record cannot make the server spend more than the current cost's memory (a tampered file is no DoS).
    if (cost.ln > 20 || cost.r > 16 || cost.p > 4) return null
    return { cost, salt: Buffer.from(m[4]!, 'base64'), key: Buffer.from(m[5]!, 'base64') }
  }
  if (stored.salt && stored.hash)
    return { cost: LEGACY_COST, salt: Buffer.from(stored.salt, 'hex'), key: Buffer.from(stored.hash, 'hex') }
  return null
}

const weaker = (a: ScryptCost, b: ScryptCost) => a.ln < b.ln || a.r < b.r || a.p < b.p

/** Constant-time check; `rehash` says the stored hash is below `cost` or not a PHC string yet. */
export async function verifyPassword(
  password: string,
  stored: StoredPassword,
  cost: ScryptCost = PASSWORD_COST,
): Promise<{ ok: boolean; rehash: boolean }> {
  const parsed = parse(stored)
  if (!parsed) return { ok: false, rehash: false }
  const actual = await derive(password, parsed.salt, parsed.cost, parsed.key.length)
  const ok = actual.length === parsed.key.length && timingSafeEqual(actual, parsed.key)
  return { ok, rehash: ok && (!stored.password || weaker(parsed.cost, cost)) }
}
