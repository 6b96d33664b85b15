/**
 * The `control` document's shapes the coaching plan reads (COACH-3): apart from schema.ts on purpose. The plan's
 * code loads with the sidebar's later chunk; importing schema.ts there would split it, and Yjs with it, into a
 * chunk shared with the opening download. The names match schema.ts (`session`, `participants`).
 */
import type * as Y from 'yjs'
import type { Participant } from '../session/types'
import type { CoachingItem, CoachingProgress, CoachingSessionStart } from './types'

export function coachingSchema(control: Y.Doc) {
  return {
    /** The plan: item id → CoachingItem. */
    plan: control.getMap<CoachingItem>('coaching'),
    /** COACH-6: the sessions of the trajectory after the first: number (as a string) → when the coach began it. */
    sessions: control.getMap<CoachingSessionStart>('coachingSessions'),
    /** COACH-6: a goal's score in one session: `${goalId}/${n}` → CoachingProgress. */
    progress: control.getMap<CoachingProgress>('coachingProgress'),
    /** Key 'current' holds the phase (as schema.ts names it): no new session in an ended trajectory. */
    phase: control.getMap<string>('phase'),
    session: control.getMap<string>('session'),
    participants: control.getMap<Participant>('participants'),
  }
}
