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
}
