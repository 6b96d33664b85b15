/**
 * The agreement as a self-contained record: what the PDF prints and what the JSON export contains.
 * Built from domain query results (plain data), so it never re-derives a rule: which sign-offs are valid,
 * whether the agreement is locked and what the version hash is all come from `@mediation/shared/domain`.
 */
import { hasReflectionClause } from '../domain/agreement/kinds'
import type {
  AgreementInfo,
  AgreementKind,
  AgreementVersion,
  DocumentFields,
  Language,
  Participant,
  Role,
  SessionInfo,
  SessionKind,
  Side,
  SignOff,
  VersionSignoffs,
} from '../domain/types'
import { recordText } from './labels'

/** Identifies the JSON export format; bump `AGREEMENT_FORMAT_VERSION` on an incompatible change. */
export const AGREEMENT_FORMAT = 'mediation-agreement'
export const AGREEMENT_FORMAT_VERSION = 2

export interface SignatureRecord {
  name: string
  role: Role
  side: string | null
  signedAt: string
  /** The version hash the signer saw; equals `version.hash` for a valid signature. */
  hash: string
}

export interface AgreementRecord {
  format: typeof AGREEMENT_FORMAT
  formatVersion: typeof AGREEMENT_FORMAT_VERSION
  exportedAt: string
  session: { title: string; kind: SessionKind; language: Language }
  /** SIGN-9/10: which of the session's agreements this is, its kind and its title in the session's language. */
  agreement: {
    id: string
    number: number
    kind: AgreementKind
    title: string
    /** SIGN-10: the statutory reflection clause (employment settlement), worded in the session's language. */
    reflectionClause: string | null
  }
  /** Every agreement of the session, in order (so a reader sees an interim agreement was followed by more). */
  agreements: { id: string; number: number; kind: AgreementKind; title: string; locked: boolean }[]
  mediator: string | null
  /** SIGN-11: the parties' particulars as the version froze them, by side; empty for a version without fields. */
  particulars: { name: string; address: string; birthDate: string; side: string | null }[]
  sides: { name: string; parties: string[]; advisers: string[] }[]
  /** draft: not every side signed; signed: every side signed, awaiting the mediator; locked: seen by the mediator. */
  status: 'draft' | 'signed' | 'locked'
  version: {
    id: string
    name: string
    createdAt: string
    hash: string
    /** The exact canonical text that was hashed. */
    text: string
    clauses: { id: string; text: string }[]
    /** SIGN-12: the document's fields exactly as hashed (null: the text is the clauses alone). */
    document: DocumentFields | null
  }
  signatures: SignatureRecord[]
  /** Sign-offs made void by a later change of the text (shown so nobody mistakes them for valid ones). */
  voidedSignatures: SignatureRecord[]
  /** SIGN-4: the mediator's signature "seen by the mediator" (voor gezien); the mediator is not a party. */
  countersignature: SignatureRecord | null
  verification: { code: string; url: string } | null
}

export interface AgreementRecordInput {
  session: SessionInfo
  participants: readonly Participant[]
  sides: readonly Side[]
  version: AgreementVersion
  /** The agreement the version belongs to, and all of the session's. */
  agreement: AgreementInfo
  agreements: readonly AgreementInfo[]
  signoffs: VersionSignoffs
  locked: boolean
  verification: { code: string; url: string } | null
  exportedAt: number
}

/** Assembles the record of one agreement version from domain query results. */
export function agreementRecord(input: AgreementRecordInput): AgreementRecord {
  const { session, participants, sides, version, signoffs } = input
  const byId = new Map(participants.map((p) => [p.id, p]))
  const sideName = (id: string | null) => (id === null ? null : (sides.find((s) => s.id === id)?.name ?? id))
  const document = version.document ?? null
  // SIGN-NAMES-1: a party is named as the version's particulars name it, else as invited (the roster's name).
  const frozen = new Map((document?.parties ?? []).map((p) => [p.participantId, p]))
  const nameOf = (id: string) => frozen.get(id)?.name || byId.get(id)?.name || id
  const signature = (s: SignOff): SignatureRecord => ({
    name: s.role === 'party' ? nameOf(s.participantId) : (byId.get(s.participantId)?.name ?? s.participantId),
    role: s.role,
    side: sideName(s.sideId),
    signedAt: new Date(s.at).toISOString(),
    hash: s.hash,
  })
  const bySignedAt = (a: SignOff, b: SignOff) => a.at - b.at
  const counter = signoffs.valid.filter((s) => s.role === 'mediator').sort(bySignedAt)[0]
  const mediator = participants.find((p) => p.role === 'mediator')
  const t = recordText(session.language)
  const sideOrder = [...sides].sort((a, b) => a.name.localeCompare(b.name)).map((d) => d.id)
  const rank = (participantId: string) => {
    const i = sideOrder.indexOf(byId.get(participantId)?.sideId ?? '')
    return i < 0 ? sideOrder.length : i
  }
  // Every party on the roster, by side, with what the version froze of its particulars (name only if none).
  const particulars = document
    ? participants
        .filter((p) => p.role === 'party')
        .sort((a, b) => rank(a.id) - rank(b.id) || nameOf(a.id).localeCompare(nameOf(b.id)))
        .map((p) => ({
          name: nameOf(p.id),
          address: frozen.get(p.id)?.address ?? '',
          birthDate: frozen.get(p.id)?.birthDate ?? '',
          side: sideName(p.sideId),
        }))
    : []
  const kind = document?.kind ?? input.agreement.kind
  return {
    format: AGREEMENT_FORMAT,
    formatVersion: AGREEMENT_FORMAT_VERSION,
    exportedAt: new Date(input.exportedAt).toISOString(),
    session: { title: session.title, kind: session.kind, language: session.language },
    agreement: {
      id: input.agreement.id,
      number: input.agreement.number,
      kind,
      title: t(`kind.${kind}`),
      reflectionClause: hasReflectionClause(kind) ? t('reflectionClause') : null,
    },
    agreements: input.agreements.map((a) => ({
      id: a.id,
      number: a.number,
      kind: a.kind,
      title: t(`kind.${a.kind}`),
      locked: a.locked,
    })),
    mediator: mediator?.name ?? null,
    particulars,
    sides: [...sides]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((side) => ({
        name: side.name,
        parties: participants
          .filter((p) => p.sideId === side.id && p.role === 'party')
          .map((p) => nameOf(p.id))
          // In the undersigned's order, so the blocks follow the list above them.
          .sort((a, b) => a.localeCompare(b)),
        advisers: participants.filter((p) => p.sideId === side.id && p.role === 'adviser').map((p) => p.name),
      })),
    status: input.locked ? 'locked' : signoffs.allSidesSigned ? 'signed' : 'draft',
    version: {
      id: version.id,
      name: version.name,
      createdAt: new Date(version.createdAt).toISOString(),
      hash: version.hash,
      text: version.text,
      clauses: version.clauses.map((c) => ({ id: c.id, text: c.text })),
      document,
    },
    signatures: signoffs.valid
      .filter((s) => s.role !== 'mediator')
      .sort(bySignedAt)
      .map(signature),
    voidedSignatures: [...signoffs.voided].sort(bySignedAt).map(signature),
    countersignature: counter ? signature(counter) : null,
    verification: input.locked ? input.verification : null,
  }
}
