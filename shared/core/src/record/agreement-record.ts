/**
 * The agreement as a self-contained record: what the PDF prints and what the JSON export contains.
 * Built from domain query results (plain data), so it never re-derives a rule: which sign-offs are valid,
 * whether the agreement is locked and what the version hash is all come from `@mediation/shared/domain`.
 */
import type {
  AgreementVersion,
  Language,
  Participant,
  Role,
  SessionInfo,
  SessionKind,
  Side,
  SignOff,
  VersionSignoffs,
} from '../domain/types'

/** Identifies the JSON export format; bump `AGREEMENT_FORMAT_VERSION` on an incompatible change. */
export const AGREEMENT_FORMAT = 'mediation-agreement'
export const AGREEMENT_FORMAT_VERSION = 1

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
  mediator: string | null
  sides: { name: string; parties: string[]; advisers: string[] }[]
  /** draft: not every side signed; signed: every side signed, awaiting the mediator; locked: countersigned. */
  status: 'draft' | 'signed' | 'locked'
  version: {
    id: string
    name: string
    createdAt: string
    hash: string
    /** The exact canonical text that was hashed. */
    text: string
    clauses: { id: string; text: string }[]
  }
  signatures: SignatureRecord[]
  /** Sign-offs made void by a later change of the text (shown so nobody mistakes them for valid ones). */
  voidedSignatures: SignatureRecord[]
  countersignature: SignatureRecord | null
  verification: { code: string; url: string } | null
}

export interface AgreementRecordInput {
  session: SessionInfo
  participants: readonly Participant[]
  sides: readonly Side[]
  version: AgreementVersion
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
  const signature = (s: SignOff): SignatureRecord => ({
    name: byId.get(s.participantId)?.name ?? s.participantId,
    role: s.role,
    side: sideName(s.sideId),
    signedAt: new Date(s.at).toISOString(),
    hash: s.hash,
  })
  const bySignedAt = (a: SignOff, b: SignOff) => a.at - b.at
  const counter = signoffs.valid.filter((s) => s.role === 'mediator').sort(bySignedAt)[0]
  const mediator = participants.find((p) => p.role === 'mediator')
  return {
    format: AGREEMENT_FORMAT,
    formatVersion: AGREEMENT_FORMAT_VERSION,
    exportedAt: new Date(input.exportedAt).toISOString(),
    session: { title: session.title, kind: session.kind, language: session.language },
    mediator: mediator?.name ?? null,
    sides: [...sides]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((side) => ({
        name: side.name,
        parties: participants.filter((p) => p.sideId === side.id && p.role === 'party').map((p) => p.name),
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
