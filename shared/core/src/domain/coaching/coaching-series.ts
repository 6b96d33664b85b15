/**
 * COACH-6: a coaching trajectory as a series of numbered sessions in `control`. The coach begins the next
 * session (dated by the server); the plan carries over (goals, tips and open action points stay, each item
 * keeps the session it was written in, a ticked action point the session it was done in); progress per goal is
 * a score 0–10 per session, set by the client or the coach for the current session only.
 */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { coachingSchema } from './coaching-schema'
import type { CoachingItem, CoachingProgress, CoachingSessionStart } from './types'

/** At most this many sessions in one trajectory (a budget: goals × sessions bound the progress map). */
export const MAX_COACHING_SESSIONS = 60
export const MAX_SCORE = 10

/** The session the trajectory is in now (1 until the coach begins a second). */
export function currentCoachingSession(control: Y.Doc): number {
  let n = 1
  for (const s of coachingSchema(control).sessions.values()) if (Number.isInteger(s?.n) && s.n > n) n = s.n
  return n
}

function requireCoachingMember(control: Y.Doc, ctx: CommandContext): void {
  const c = coachingSchema(control)
  check(c.session.get('kind') === 'coaching', 'COACH-1', 'only a coaching session has a trajectory')
  const p = c.participants.get(ctx.actor.participantId)
  check(
    p !== undefined && p.role === ctx.actor.role && p.sideId === ctx.actor.sideId,
    'ACCESS-4',
    'the actor does not match the participant',
  )
  check(
    typeof ctx.now === 'number' && Number.isFinite(ctx.now) && ctx.now >= 0,
    'INPUT-2',
    'now must be a time',
  )
}

/** COACH-6: the coach begins the next session of the trajectory; returns its number. */
export function nextCoachingSession(control: Y.Doc, _input: object, ctx: CommandContext): number {
  requireCoachingMember(control, ctx)
  check(ctx.actor.role === 'mediator', 'COACH-6', 'only the coach begins the next session')
  const c = coachingSchema(control)
  check(c.phase.get('current') !== 'closed', 'COACH-6', 'the trajectory has ended')
  const n = currentCoachingSession(control) + 1
  check(n <= MAX_COACHING_SESSIONS, 'COACH-6', `a trajectory has at most ${MAX_COACHING_SESSIONS} sessions`)
  const start: CoachingSessionStart = { n, at: ctx.now, by: ctx.actor.participantId }
  control.transact(() => c.sessions.set(String(n), start), ctx.origin)
  return n
}

/** COACH-6: the client (or the coach) scores a goal 0–10 in the current session. */
export function rateGoal(
  control: Y.Doc,
  input: { goalId: string; score: number },
  ctx: CommandContext,
): void {
  requireCoachingMember(control, ctx)
  check(ctx.actor.role === 'party' || ctx.actor.role === 'mediator', 'COACH-6', 'the client scores its goals')
  const c = coachingSchema(control)
  const goal = c.plan.get(input.goalId)
  check(goal !== undefined && goal.kind === 'goal', 'COACH-6', 'only a goal has progress')
  check(
    Number.isInteger(input.score) && input.score >= 0 && input.score <= MAX_SCORE,
    'COACH-6',
    `a score is a whole number from 0 to ${MAX_SCORE}`,
  )
  const n = currentCoachingSession(control)
  const entry: CoachingProgress = {
    goalId: goal.id,
    n,
    score: input.score,
    by: ctx.actor.participantId,
    at: ctx.now,
  }
  control.transact(() => c.progress.set(`${goal.id}/${n}`, entry), ctx.origin)
}

/** A session of the trajectory as the pages show it (`at` null: the first, begun with the trajectory). */
export interface CoachingSessionView {
  n: number
  at: number | null
}

/** The trajectory: its sessions in order, the current one, and each goal's score per session number. */
export function coachingSeries(control: Y.Doc): {
  current: number
  sessions: CoachingSessionView[]
  progress: Record<string, Record<number, number>>
} {
  const c = coachingSchema(control)
  const current = currentCoachingSession(control)
  const sessions: CoachingSessionView[] = [{ n: 1, at: null }]
  for (let n = 2; n <= current; n++) sessions.push({ n, at: c.sessions.get(String(n))?.at ?? null })
  const progress: Record<string, Record<number, number>> = {}
  for (const p of c.progress.values()) {
    if (!p || !c.plan.has(p.goalId)) continue
    progress[p.goalId] ??= {}
    progress[p.goalId]![p.n] = p.score
  }
  return { current, sessions, progress }
}

/** The session an item was written in (items from before the series count as the first). */
export const sessionOf = (item: CoachingItem): number => item.session ?? 1
