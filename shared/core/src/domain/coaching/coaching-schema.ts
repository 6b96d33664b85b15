/**
 * The `control` document's shapes the coaching plan reads (COACH-3): apart from schema.ts on purpose. The plan's
 * code loads with the sidebar's later chunk; importing schema.ts there would split it, and Yjs with it, into a
 * chunk shared with the opening download. The names match schema.ts (`session`, `participants`).
 */
import type * as Y from 'yjs'
import type { Participant } from '../session/types'
import type { CoachingItem } from './types'

export function coachingSchema(control: Y.Doc) {
  return {
    /** The plan: item id → CoachingItem. */
    plan: control.getMap<CoachingItem>('coaching'),
    session: control.getMap<string>('session'),
    participants: control.getMap<Participant>('participants'),
  }
}
