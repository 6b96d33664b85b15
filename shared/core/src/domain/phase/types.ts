/** Plain-data types of the session phases and of the session's ending. */

export type Phase = 'intake' | 'opening' | 'joint' | 'caucus' | 'closing' | 'closed' | 'aftercare'

export interface PhaseChange {
  from: Phase | null
  to: Phase
  at: number
  by: string
}

/** PHASE-5: how a session ended, in neutral words (the ending statement prints no more than this). */
export type EndingOutcome =
  | 'full-agreement'
  | 'partial-agreement'
  | 'no-agreement'
  | 'referral'
  | 'ended-by-party'
  | 'ended-by-mediator'
  | 'not-suitable'

/** A recorded ending: the outcome, the mediator's optional short note, when and by whom (PHASE-5). */
export interface EndingRecord {
  outcome: EndingOutcome
  note: string
  at: number
  by: string
  /** The phase the session was ended from. */
  from: Phase
}
