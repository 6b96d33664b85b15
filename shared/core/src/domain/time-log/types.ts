/** Plain-data types of the time log: contact and non-contact time per meeting, manual entries, claim fields. */
import type { Room } from '../caucus/types'

/**
 * What the mediator's time inside a meeting was: the intake, the joint session, a caucus with one side, alone in
 * the joint room while the sides are apart, or a pause (listed, never counted).
 */
export type TimeKind = 'intake' | 'joint' | 'caucus' | 'alone' | 'pause'

export interface TimeInterval {
  kind: TimeKind
  /** The room the mediator was in: 'main' or a caucus room (a lone side's room is named by the side). */
  room: Room
  /** CAUCUS-11: for caucus time, the sides in that room then. */
  sides?: string[]
  /** The meeting it belongs to (1 for the first). */
  meeting: number
  from: number
  to: number
  /** TIME-1: true for intake, joint and caucus time with a side; false for time alone and pauses. */
  contact: boolean
}

/** Totals in ms. Contact = intake + joint + caucus (+ manual contact); non-contact = alone + manual non-contact. */
export interface TimeTotals {
  contactMs: number
  nonContactMs: number
  intakeMs: number
  jointMs: number
  /** Caucus time with one or more sides, each moment once. */
  caucusMs: number
  /** Per side: the time the mediator was in a caucus room with it (a shared room counts for each of its sides). */
  caucusPerSideMs: Record<string, number>
  /** The mediator alone in the joint room during a caucus (CAUCUS-5 counts it for no side). */
  aloneMs: number
  pauseMs: number
  manualContactMs: number
  manualNonContactMs: number
}

export interface MeetingTimes {
  number: number
  startedAt: number
  /** null while it runs. */
  endedAt: number | null
  totals: TimeTotals
}

/** What the mediator did outside the meetings (or beside them), entered by hand (TIME-4). */
export type ManualKind = 'preparation' | 'drafting' | 'call' | 'other'

export interface ManualEntryInput {
  kind: ManualKind
  /** A calendar date, `YYYY-MM-DD`. */
  date: string
  minutes: number
  note: string
  /** A call with a party is contact time; preparation and drafting are not. */
  contact: boolean
}

export interface ManualEntry extends ManualEntryInput {
  id: string
}

/** The fields a legal-aid or insurer claim and the register ask for (TIME-5); '' when not filled in. */
export interface ClaimFields {
  /** Toevoegingsnummer of the Raad voor Rechtsbijstand. */
  legalAidNumber: string
  insurer: string
  insurerFileNumber: string
  /** Werkveld; '' until chosen. */
  field: ClaimField | ''
  coMediator: string
}

export type ClaimField =
  | 'familie'
  | 'arbeid'
  | 'burenrecht'
  | 'zakelijk'
  | 'overheid'
  | 'onderwijs'
  | 'zorg'
  | 'overig'

export interface TimeLog {
  intervals: TimeInterval[]
  meetings: MeetingTimes[]
  manual: ManualEntry[]
  totals: TimeTotals
  /** Start of the first meeting and of the last one (the claim's start and end dates); null before any. */
  firstMeetingAt: number | null
  lastMeetingAt: number | null
}
