/**
 * Signing the agreement to mediate: the typed name must be the invite's name, consent explicit, and the hash
 * the one of the current text version. The server decides with these functions and its own clock.
 */
import { namesMatch } from '../domain/signer-name'
import type { Language } from '../domain/types'

export { namesMatch, normalizeName } from '../domain/signer-name'

/** One version of the agreement-to-mediate text; `hash` is the hex SHA-256 of `text` (UTF-8). */
export interface AgreementText {
  version: number
  language: Language
  text: string
  hash: string
  updatedAt: string
  updatedBy: string
}

export interface SignatureInput {
  typedName: string
  consent: boolean
  textHash: string
}

export interface Signature {
  id: string
  participantId: string
  /** The name as typed (trimmed): the evidence of what the signer wrote. */
  typedName: string
  /** The name as on the invitation, which the typed name matched: what receipts and pages print. */
  name?: string
  version: number
  textHash: string
  /** Server time. */
  signedAt: string
}

export type SignatureState = 'valid' | 'outdated'

/** Why a signature is refused; each maps to a status and a message in both languages. */
export type SignatureRefusal =
  | 'name-empty'
  | 'name-mismatch'
  | 'no-consent'
  | 'hash-outdated'
  | 'hash-unknown'

const HEX64 = /^[0-9a-f]{64}$/

/**
 * The first reason to refuse `input`, or null when it may be stored. `knownHashes` are hashes of every earlier
 * version: signing one of those is "outdated" (409), any other hash is tampered or garbage (400).
 */
export function checkSignature(
  input: SignatureInput,
  ctx: { inviteName: string; current: AgreementText; knownHashes: readonly string[] },
): SignatureRefusal | null {
  if (!input.typedName.trim()) return 'name-empty'
  if (!namesMatch(input.typedName, ctx.inviteName)) return 'name-mismatch'
  if (input.consent !== true) return 'no-consent'
  const hash = input.textHash.toLowerCase()
  if (hash === ctx.current.hash) return null
  if (HEX64.test(hash) && ctx.knownHashes.includes(hash)) return 'hash-outdated'
  return 'hash-unknown'
}

/** A signature counts only for the current text; a later change voids it (shown as outdated, never deleted). */
export function signatureState(sig: Signature, current: AgreementText): SignatureState {
  return sig.textHash === current.hash ? 'valid' : 'outdated'
}

/** The participant's signature that counts now, if any (the latest valid one). */
export function currentSignature(sigs: readonly Signature[], current: AgreementText): Signature | null {
  const valid = sigs.filter((s) => signatureState(s, current) === 'valid')
  return valid.at(-1) ?? null
}

/** The name to print for a signature: the invitation's, or (for signatures stored before it was kept) as typed. */
export function signerName(sig: Pick<Signature, 'name' | 'typedName'>): string {
  return sig.name ?? sig.typedName
}
