/** Plain-data types of the agreement: the draft, frozen versions and sign-offs. */
import type { Role } from '../session/types'
import type { AgreementKind } from './kinds'

export type { AgreementKind }

/** SIGN-9: one agreement of the session (the first, or one the mediator started after the earlier ones locked). */
export interface AgreementMeta {
  id: string
  kind: AgreementKind
  /** 1 for the first agreement, then 2, 3, … in the order the mediator started them. */
  number: number
  createdAt: number
  createdBy: string
}

/** SIGN-11: a party's particulars as the agreement names them. `birthDate` is YYYY-MM-DD or ''. */
export interface Particulars {
  participantId: string
  name: string
  address: string
  birthDate: string
  at: number
  by: string
}

/** SIGN-12: the fields of the document around the clauses; all of them are part of the signed text. */
export interface DocumentFields {
  kind: AgreementKind
  parties: { participantId: string; name: string; address: string; birthDate: string }[]
  considerations: string[]
  place: string
  /** YYYY-MM-DD or '' (then the date is written by hand on paper). */
  date: string
}

export interface AgreementInfo extends AgreementMeta {
  locked: boolean
}

export interface ClauseView {
  id: string
  text: string
  optionIds: string[]
}

export interface DraftView {
  agreementId: string
  /** null: a first agreement written before documents had fields (its text is the clauses alone). */
  document: DocumentFields | null
  clauses: ClauseView[]
  /** Canonical text of the current draft and its hash (what a version would freeze). */
  text: string
  hash: string
  locked: boolean
}

export interface AgreementVersion {
  id: string
  name: string
  /** The exact canonical text that was hashed; print this. */
  text: string
  hash: string
  clauses: ClauseView[]
  /** SIGN-12: the document's fields as frozen with the text (absent on versions saved before they existed). */
  document?: DocumentFields | null
  createdAt: number
  createdBy: string
}

export interface SignOff {
  versionId: string
  participantId: string
  role: Role
  sideId: string | null
  hash: string
  at: number
}

export interface VersionSignoffs {
  versionId: string
  valid: SignOff[]
  /** SIGN-3: sign-offs made void by a later (or concurrent) text change; they never come back. */
  voided: SignOff[]
  /** Side ids every party of which signed validly. */
  sidesSigned: string[]
  allSidesSigned: boolean
  countersigned: boolean
}
