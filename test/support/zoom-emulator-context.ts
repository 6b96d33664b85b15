import { createCipheriv, createHash, randomBytes } from 'node:crypto'

/** Claims the emulated Zoom client puts in an app context (Zoom's field names). */
export interface AppContextClaims {
  typ: string
  uid?: string
  mid?: string
  pid?: string
  attendrole?: string
  ts: number
  exp: number
  iss: string
  aud: string
  [extra: string]: unknown
}

/**
 * Builds an `X-Zoom-App-Context` value the way Zoom does (reference zoom.md §3.4):
 * `[ivLen:1][iv][aadLen:2 LE][aad][ctLen:4 LE][ct][tag:16]`, base64, AES-256-GCM with key = sha256(secret).
 */
export function encryptAppContext(claims: AppContextClaims, clientSecret: string): string {
  const key = createHash('sha256').update(clientSecret, 'utf8').digest()
  const iv = randomBytes(12)
  const aad = Buffer.alloc(0)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(aad)
  const cipherText = Buffer.concat([cipher.update(JSON.stringify(claims), 'utf8'), cipher.final()])
  const tag = cipher.getAuthTag()
  const ivLen = Buffer.from([iv.length])
  const aadLen = Buffer.alloc(2)
  aadLen.writeUInt16LE(aad.length)
  const ctLen = Buffer.alloc(4)
  ctLen.writeInt32LE(cipherText.length)
  return Buffer.concat([ivLen, iv, aadLen, aad, ctLen, cipherText, tag]).toString('base64')
}

/** Valid claims for a meeting participant, two minutes of validity like Zoom's. */
export function contextClaims(o: {
  clientId: string
  meeting: string
  uid?: string
  role?: string
  now?: number
  room?: string
}): AppContextClaims {
  const now = o.now ?? Date.now()
  const claims: AppContextClaims = {
    typ: 'meeting',
    mid: o.room ?? o.meeting,
    attendrole: o.role ?? 'participant',
    ts: now,
    exp: now + 120_000,
    iss: 'marketplace.zoom.us',
    aud: o.clientId,
  }
  if (o.room) claims.pid = o.meeting
  if (o.uid) claims.uid = o.uid
  return claims
}
