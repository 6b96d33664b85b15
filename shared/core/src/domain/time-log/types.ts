/** Plain-data types of the time log (joint and caucus time). */
import type { Room } from '../caucus/types'

export interface TimeInterval {
  kind: 'joint' | 'caucus'
  /** The room the mediator was in: 'main' or a side id. */
  room: Room
  from: number
  to: number
}

export interface TimeLog {
  jointMs: number
  caucusMs: number
  caucusPerSideMs: Record<string, number>
  intervals: TimeInterval[]
}
