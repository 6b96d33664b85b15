/** Which agreement a command or query means (SIGN-9): a named one that exists, or else the current (newest) one. */
import type * as Y from 'yjs'
import { check } from '../errors'
import { cmp } from '../order'
import { type AgreementSchema, agreementSchema, agreementsSchema, FIRST_AGREEMENT } from '../schema'
import type { AgreementMeta } from './types'

/** Stored agreements after the first, by number (the first's own entry, once its kind is set, is left out). */
export function laterAgreements(doc: Y.Doc): AgreementMeta[] {
  return [...agreementsSchema(doc).agreements.values()]
    .filter((m) => m.id !== FIRST_AGREEMENT)
    .sort((a, b) => a.number - b.number || cmp(a.id, b.id))
}

/** Every agreement id in order: the first, then the later ones. */
export function agreementIds(doc: Y.Doc): string[] {
  return [FIRST_AGREEMENT, ...laterAgreements(doc).map((m) => m.id)]
}

/** SIGN-9: the current agreement is the newest; earlier ones are locked records. */
export function currentAgreementId(doc: Y.Doc): string {
  return laterAgreements(doc).at(-1)?.id ?? FIRST_AGREEMENT
}

/** SIGN-9: `id` if it names an agreement of this session, the current one when left out; else a SIGN-9 error. */
export function resolveAgreement(doc: Y.Doc, id?: string): string {
  if (id === undefined) return currentAgreementId(doc)
  check(
    id === FIRST_AGREEMENT || agreementsSchema(doc).agreements.has(id),
    'SIGN-9',
    `unknown agreement ${String(id)}`,
  )
  return id
}

/** The types of agreement `id` (resolved as above). */
export function scopeOf(doc: Y.Doc, id?: string): { id: string; s: AgreementSchema } {
  const resolved = resolveAgreement(doc, id)
  return { id: resolved, s: agreementSchema(doc, resolved) }
}

/** The agreement whose versions hold `versionId` (version ids are unique across a session's agreements). */
export function agreementOfVersion(doc: Y.Doc, versionId: string): string | undefined {
  return agreementIds(doc).find((a) => agreementSchema(doc, a).versions.has(versionId))
}
