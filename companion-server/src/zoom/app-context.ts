import { createDecipheriv, createHash } from 'node:crypto'

/** The fields of Zoom's decrypted app context that we rely on (the rest passes through untouched). */
export interface ZoomAppContext {
  /** Where the app runs: 'meeting', 'panel', 'webinar', ... */
  typ: string
  /** Zoom user id; absent for guests. */
  uid?: string
  /** Meeting UUID. Zoom's docs disagree inside breakout rooms: the breakout guide puts the room here and the
   * main meeting in `pid`; sdk.d.ts keeps the main meeting here and the room in `bmid`. We accept both. */
  mid?: string
  pid?: string
  bmid?: string
  attendrole?: string
  ts: number
  /** Expiry, epoch milliseconds. */
  exp: number
  iss: string
  aud: string
  act?: string
}

export type AppContextFailure = 'malformed' | 'unauthentic' | 'expired' | 'audience' | 'issuer'

/** A refused `X-Zoom-App-Context`; `reason` says which check failed (never echoes the secret or the blob). */
export class AppContextError extends Error {
  constructor(
    readonly reason: AppContextFailure,
    message: string,
  ) {
    super(message)
    this.name = 'AppContextError'
  }
}

export const ZOOM_ISSUER = 'marketplace.zoom.us'
const TAG_LENGTH = 16

/** The AES key Zoom uses: the raw SHA-256 digest of the client secret string (no KDF, no salt). */
export function appContextKey(clientSecret: string): Buffer {
  return createHash('sha256').update(clientSecret, 'utf8').digest()
}

interface Parts {
  iv: Buffer
  aad: Buffer
  cipherText: Buffer
  tag: Buffer
}

/** Splits `[ivLen:1][iv][aadLen:2 LE][aad][ctLen:4 LE][ct][tag]` (Zoom "Zoom Apps Context" layout). */
function split(blob: Buffer): Parts {
  let at = 0
  const take = (n: number): Buffer => {
    if (n < 0 || at + n > blob.length) throw new AppContextError('malformed', 'app context is truncated')
    const part = blob.subarray(at, at + n)
    at += n
    return part
  }
  const iv = take(take(1).readUInt8(0))
  const aad = take(take(2).readUInt16LE(0))
  const cipherText = take(take(4).readInt32LE(0))
  const tag = blob.subarray(at)
  if (iv.length === 0 || tag.length !== TAG_LENGTH)
    throw new AppContextError('malformed', 'app context layout is wrong')
  return { iv, aad, cipherText, tag }
}

/** Decrypts an `X-Zoom-App-Context` value (or a `getAppContext()` blob) without checking its claims. */
export function decryptAppContext(header: string, clientSecret: string): unknown {
  const parts = split(Buffer.from(header, 'base64'))
  const decipher = createDecipheriv('aes-256-gcm', appContextKey(clientSecret), parts.iv, {
    authTagLength: TAG_LENGTH,
  })
  decipher.setAAD(parts.aad)
  decipher.setAuthTag(parts.tag)
  let plain: Buffer
  try {
    plain = Buffer.concat([decipher.update(parts.cipherText), decipher.final()])
  } catch {
    throw new AppContextError('unauthentic', 'app context failed authentication (tampered or wrong secret)')
  }
  try {
    return JSON.parse(plain.toString('utf8'))
  } catch {
    throw new AppContextError('malformed', 'app context is not JSON')
  }
}

export interface VerifyOptions {
  clientId: string
  clientSecret: string
  /** Epoch ms; an argument so tests and the server's clock decide, not this module. */
  now: number
}

/** Decrypts and checks expiry, audience and issuer; throws `AppContextError` naming the failed check. */
export function verifyAppContext(header: string, opts: VerifyOptions): ZoomAppContext {
  const ctx = decryptAppContext(header, opts.clientSecret)
  if (typeof ctx !== 'object' || ctx === null)
    throw new AppContextError('malformed', 'app context is not an object')
  const c = ctx as Record<string, unknown>
  if (typeof c.exp !== 'number' || c.exp < opts.now)
    throw new AppContextError('expired', 'app context has expired')
  if (c.aud !== opts.clientId) throw new AppContextError('audience', 'app context is for another app')
  if (c.iss !== ZOOM_ISSUER) throw new AppContextError('issuer', 'app context was not issued by Zoom')
  if (typeof c.typ !== 'string' || typeof c.ts !== 'number') {
    throw new AppContextError('malformed', 'app context lacks typ or ts')
  }
  return c as unknown as ZoomAppContext
}

/** The main meeting of a context (`parentUUID || meetingUUID`): `pid` when present, else `mid` (see above). */
export function mainMeetingOf(ctx: ZoomAppContext): string | null {
  return ctx.pid ?? ctx.mid ?? null
}
