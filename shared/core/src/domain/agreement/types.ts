/** Plain-data types of the agreement: the draft, frozen versions and sign-offs. */
import type { Role } from '../session/types'

export interface ClauseView {
  id: string
  text: string
  optionIds: string[]
}

export interface DraftView {
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
