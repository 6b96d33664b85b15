/** Plain-data types of raised hands and the floor. */

export interface QueueEntry {
  participantId: string
  raisedAt: number
}

export interface FloorView {
  holderId: string
  grantedAt: number
  limitMs: number | null
  /** Remaining time of a limited turn (never negative); null when unlimited. */
  timeLeftMs: number | null
  overtime: boolean
}
