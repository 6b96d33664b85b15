/** Reads an agreement's document fields (SIGN-12): its kind, the parties' particulars, considerations, place, date. */
import type * as Y from 'yjs'
import { cmp } from '../order'
import { type AgreementSchema, agreementSchema, agreementsSchema, FIRST_AGREEMENT } from '../schema'
import type { SessionKind } from '../session/vocabulary'
import { agreementKindsFor } from './kinds'
import { agreementIds } from './scope'
import { lockedScope } from './signoffs'
import type { AgreementInfo, DocumentFields } from './types'

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
const str = (v: unknown): string => (typeof v === 'string' ? v : '')

/** The fields of agreement `id`, or null for a first agreement none of whose fields was ever set. */
export function readDocument(doc: Y.Doc, id: string, s: AgreementSchema): DocumentFields | null {
  const meta = agreementsSchema(doc).agreements.get(id)
  if (!meta) return null
  return {
    kind: meta.kind,
    parties: [...s.particulars.values()]
      .map(({ participantId, name, address, birthDate }) => ({ participantId, name, address, birthDate }))
      .sort((a, b) => cmp(a.participantId, b.participantId)),
    considerations: strings(s.details.get('considerations')),
    place: str(s.details.get('place')),
    date: str(s.details.get('date')),
  }
}

/** SIGN-9/10: the session's agreements in order, each with its kind (a first one unset: the session's default). */
export function listAgreements(doc: Y.Doc, sessionKind: SessionKind): AgreementInfo[] {
  const metas = agreementsSchema(doc).agreements
  return agreementIds(doc).map((id) => {
    const meta = metas.get(id)
    const locked = lockedScope(agreementSchema(doc, id))
    if (meta) return { ...meta, number: id === FIRST_AGREEMENT ? 1 : meta.number, locked }
    return {
      id,
      kind: agreementKindsFor(sessionKind)[0]!,
      number: 1,
      createdAt: 0,
      createdBy: '',
      locked,
    }
  })
}
