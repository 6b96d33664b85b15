/** @mediation/core/coaching — a coaching session's plan (COACH-3/4), outside the domain's index (see coaching-plan.ts). */
export {
  addCoachingItem,
  COACHING_ITEM_KINDS,
  type CoachingItem,
  type CoachingItemKind,
  coachingPlan,
  MAX_COACHING_ITEMS,
  removeCoachingItem,
  tickAction,
} from './coaching-plan'
export {
  type CoachingSessionView,
  coachingSeries,
  currentCoachingSession,
  MAX_COACHING_SESSIONS,
  MAX_SCORE,
  nextCoachingSession,
  rateGoal,
  sessionOf,
} from './coaching-series'
export type { CoachingProgress, CoachingSessionStart } from './types'
