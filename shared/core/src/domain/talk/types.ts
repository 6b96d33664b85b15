/** Plain-data types of talk time and interruptions. */

export interface TalkTime {
  /** Unmuted speaking time per participant id. */
  perParticipant: Record<string, number>
  perSide: Record<string, number>
  /** Each side's share (0..1) of all side talk time; empty when nobody has spoken. */
  shares: Record<string, number>
  totalSideMs: number
  /** TALK-3: true when the side shares are too far apart (see IMBALANCE_* constants). */
  imbalance: boolean
}

export interface Interruption {
  participantId: string
  floorHolderId: string
  at: number
}
