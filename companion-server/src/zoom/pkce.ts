import { createHash, randomBytes } from 'node:crypto'

/** A fresh PKCE code verifier: 32 random bytes, base64url (43 chars, within RFC 7636's 43–128). */
export function newVerifier(): string {
  return randomBytes(32).toString('base64url')
}

/** The S256 code challenge: base64url(sha256(verifier)), no padding. */
export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url')
}

/** An unguessable OAuth `state`. */
export function newState(): string {
  return randomBytes(24).toString('base64url')
}
