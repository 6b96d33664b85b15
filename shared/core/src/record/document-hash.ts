/**
 * What a verifier hashes. A pasted or uploaded text is normalised the same way the domain canonicalises
 * the agreement (line ends, trailing spaces), so a copy that went through e-mail still matches; any other
 * change, one character included, changes the hash. A JSON export must also be internally consistent: its
 * clauses must produce its text, so nobody can edit the clauses and keep the old text beside them.
 */
import { canonicalDocument, type DocumentFields, hashText, normalizeText } from '../domain/index'
import { AGREEMENT_FORMAT } from './agreement-record'

export type DocumentHash =
  | { ok: true; hash: string }
  | { ok: false; reason: 'not-an-export' | 'inconsistent' }

/** Hash of a pasted or uploaded agreement text. */
export function textHash(text: string): string {
  return hashText(normalizeText(text))
}

/** Hash of an agreement JSON export, after checking that its clauses, text and stated hash agree. */
export function exportHash(json: unknown): DocumentHash {
  const o = json as {
    format?: unknown
    version?: { text?: unknown; hash?: unknown; clauses?: unknown; document?: unknown }
  } | null
  const v = o?.version
  if (typeof o !== 'object' || o === null || o.format !== AGREEMENT_FORMAT || typeof v?.text !== 'string') {
    return { ok: false, reason: 'not-an-export' }
  }
  const clauses = Array.isArray(v.clauses) ? v.clauses : null
  if (!clauses?.every((c): c is { text: string } => typeof (c as { text?: unknown })?.text === 'string')) {
    return { ok: false, reason: 'not-an-export' }
  }
  const document = isDocument(v.document) ? v.document : null
  if (v.document != null && document === null) return { ok: false, reason: 'not-an-export' }
  const hash = textHash(v.text)
  if (canonicalDocument(document, clauses) !== normalizeText(v.text) || v.hash !== hash)
    return { ok: false, reason: 'inconsistent' }
  return { ok: true, hash }
}

/** SIGN-12: the shape of a version's document fields in an export (format 2); format 1 had none. */
function isDocument(d: unknown): d is DocumentFields {
  const o = d as Partial<Record<keyof DocumentFields, unknown>> | null
  const isStr = (x: unknown) => typeof x === 'string'
  return (
    typeof o === 'object' &&
    o !== null &&
    isStr(o.kind) &&
    isStr(o.place) &&
    isStr(o.date) &&
    Array.isArray(o.considerations) &&
    o.considerations.every(isStr) &&
    Array.isArray(o.parties) &&
    o.parties.every(
      (p: { name?: unknown; address?: unknown; birthDate?: unknown } | null) =>
        typeof p === 'object' && p !== null && isStr(p.name) && isStr(p.address) && isStr(p.birthDate),
    )
  )
}
