/** Plain-data types of the caucus: rooms, who is where, and points noted in private. */

/** 'main' or a caucus room's id (a lone side's room is named by the side's id, CAUCUS-11). */
export type Room = string

export type { CaucusGroup } from '../schema'

export interface CaucusView {
  status: 'idle' | 'planned' | 'active'
  plannedSides: string[]
  /** CAUCUS-11: the caucus rooms, each with its sides, in plan order. */
  groups: { id: string; sides: string[] }[]
  mediatorRoom: Room
  /** The sides in the mediator's room (none in the joint room). */
  mediatorWith: string[]
  /** Room per participant id. */
  rooms: Record<string, Room>
  /** Milliseconds the mediator spent in a caucus room with each side (with every side of a shared room). */
  perSideMs: Record<string, number>
  /**
   * Rooms (the joint room as sideId null) where sides wait for the mediator during a caucus, with those sides, since
   * the longest-waiting one waits.
   */
  waiting: { sideId: string | null; room: Room; sides: string[]; since: number; waitingMs: number }[]
  /** CAUCUS-7: per side not with the mediator, since when it waits (its last moment with the mediator). */
  waitingSince: Record<string, number>
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
