export const COACHING_ITEM_KINDS = ['goal', 'action', 'tip'] as const
export type CoachingItemKind = (typeof COACHING_ITEM_KINDS)[number]

/** One item of a coaching plan; `due` is a calendar date (YYYY-MM-DD) on action points only. */
export interface CoachingItem {
  id: string
  kind: CoachingItemKind
  text: string
  due: string | null
  done: boolean
  doneAt: number | null
  at: number
  /** COACH-6: the session of the trajectory it was written in (absent: the first). */
  session?: number
  /** COACH-6: the session an action point was ticked off in (absent or null: not done, or before series). */
  doneIn?: number | null
}

/** COACH-6: the start of a session of the trajectory after the first (server time, by the coach). */
export interface CoachingSessionStart {
  n: number
  at: number
  by: string
}

/** COACH-6: how far a goal is, 0–10, in one session, by the client or the coach. */
export interface CoachingProgress {
  goalId: string
  n: number
  score: number
  by: string
  at: number
}
