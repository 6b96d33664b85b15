/** The coaching trajectory's wire shapes (COACH-6/7): the plan with its sessions and progress, and a goal's score. */
import { z } from 'zod'

/** PUT /api/sessions/:id/coaching/progress — the client (or the coach) scores a goal in the current session. */
export const CoachingProgressBody = z
  .object({ goalId: z.string().min(1).max(200), score: z.number().int().min(0).max(10) })
  .strict()
export type CoachingProgressBody = z.infer<typeof CoachingProgressBody>

const CoachingItem = z.object({
  id: z.string(),
  kind: z.enum(['goal', 'action', 'tip']),
  text: z.string(),
  due: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.number().nullable(),
  at: z.number(),
  session: z.number().optional(),
  doneIn: z.number().nullable().optional(),
})

/**
 * GET /api/sessions/:id/coaching — the plan as the client reads it between sessions (the coach too): its items in
 * the order written, the sessions of the trajectory, the current one, and each goal's score per session number.
 */
export const CoachingView = z.object({
  current: z.number(),
  sessions: z.array(z.object({ n: z.number(), at: z.number().nullable() })),
  items: z.array(CoachingItem),
  progress: z.record(z.string(), z.record(z.string(), z.number())),
})
export type CoachingView = z.infer<typeof CoachingView>
