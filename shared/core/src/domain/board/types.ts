/** Plain-data types of the option board: its phase, sticking points, options and packages. */

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

/** One status change of an option, as the server logged it (BOARD-15). */
export interface StatusChange {
  from: OptionStatus
  to: OptionStatus
  /** The server's clock when the change reached it. */
  at: number
  /** The participant whose command or update made the change. */
  by: string
}

/** A status change in the ledger: which option, and the change. */
export interface LoggedStatusChange extends StatusChange {
  optionId: string
}

/** Who wrote a board item (BOARD-14): kept in the ledger, which only the mediator reads. */
export interface AuthorRecord {
  kind: 'option' | 'point'
  participantId: string
  sideId: string
  at: number
}

export interface StickingPointView {
  id: string
  title: string
  description: string
  createdAt: number
  /** The mediator who added it, or '' (party items carry no author on the board: BOARD-14). */
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
  /** BOARD-15: from the ledger (the mediator's view); empty when the ledger is not given. */
  history: StatusChange[]
  createdAt: number
  /** The mediator who added it, or '' (party items carry no author on the board: BOARD-14). */
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
