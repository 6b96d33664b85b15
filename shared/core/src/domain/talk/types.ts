/** Plain-data types of talk time and interruptions. */

export interface TalkTime {
  /** Unmuted speaking time per participant id. */
  perParticipant: Record<string, number>
  perSide: Record<string, number>
  /** TALK-8: the part of each participant's time the mediator marked (the rest is reported or from the floor). */
  marked: Record<string, number>
  /** TALK-8: the marked part of each side's time. */
  markedPerSide: Record<string, number>
  /** Each side's share (0..1) of all side talk time; empty when nobody has spoken. */
  shares: Record<string, number>
  totalSideMs: number
  /** TALK-3: the sides heard less than UNDER_HEARD_FRACTION of their fair share (1/n), in side order. */
  underHeard: string[]
  /** TALK-3: true when some side is under-heard. */
  imbalance: boolean
}

export interface Interruption {
  participantId: string
  floorHolderId: string
  at: number
}
