/** Plain-data types of the session phases. */

export type Phase = 'intake' | 'opening' | 'joint' | 'caucus' | 'closing' | 'closed'

export interface PhaseChange {
  from: Phase | null
  to: Phase
  at: number
  by: string
}
