/** Plain-data types of the caucus: rooms, who is where, and points noted in private. */

/** 'main' or a side id. */
export type Room = string

export interface CaucusView {
  status: 'idle' | 'planned' | 'active'
  plannedSides: string[]
  mediatorRoom: Room
  /** Room per participant id. */
  rooms: Record<string, Room>
  /** Milliseconds the mediator spent in each side's caucus room. */
  perSideMs: Record<string, number>
  /** Sides (and 'main', as sideId null) not in the mediator's room during a caucus, and since when. */
  waiting: { sideId: string | null; room: Room; since: number; waitingMs: number }[]
  startedAt: number | null
}

export interface CaucusPoint {
  id: string
  text: string
  at: number
  by: string
  /** CAUCUS-8: true only when a member of the side allowed it to be passed on. */
  mayShare: boolean
}
