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
