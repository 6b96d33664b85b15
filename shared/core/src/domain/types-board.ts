/** Plain-data types of the option board, private ratings and the agreement. */
import type { Role } from './types-role'

// ── Option board ────────────────────────────────────────────────────────────
export type BoardPhase = 'brainstorm' | 'evaluate'
export type OptionStatus =
  | 'proposed'
  | 'clarified'
  | 'explored'
  | 'evaluated'
  | 'agreedInPrinciple'
  | 'agreed'
  | 'parked'
  | 'withdrawn'

/** Acceptability of an option to one participant: a three-point scale (yes / maybe / no). */
export type Rating = 'yes' | 'maybe' | 'no'

export interface StatusChange {
  from: OptionStatus
  to: OptionStatus
  at: number
  by: string
}

export interface StickingPointView {
  id: string
  title: string
  description: string
  createdAt: number
  createdBy: string
}

export interface OptionView {
  id: string
  pointId: string | null
  title: string
  description: string
  /** The side that proposed it; null when unattributed (brainstorm). */
  originSideId: string | null
  status: OptionStatus
  /** Interests served, per side id. */
  interests: Record<string, string>
  criteria: string[]
  history: StatusChange[]
  createdAt: number
  createdBy: string
}

export interface PackageView {
  id: string
  name: string
  /** Only ids of options that still exist. */
  optionIds: string[]
  /** BOARD-7: a package is agreed only when every option in it is agreed. */
  agreed: boolean
}

export interface BoardView {
  phase: BoardPhase
  points: StickingPointView[]
  options: OptionView[]
  packages: PackageView[]
}

export interface RatingEntry {
  rating: Rating
  at: number
}

/** One participant's ratings, by option id. */
export type Ratings = Record<string, RatingEntry>

/** RATE-2: per-option aggregate that names no side and no participant. */
export interface OverlapEntry {
  optionId: string
  /** Sides whose parties all rated it yes or maybe (and at least one rated it). */
  sidesAccepting: number
  sidesTotal: number
  acceptableToAll: boolean
}

// ── Agreement ───────────────────────────────────────────────────────────────
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
