/**
 * COACH-3/COACH-4: a coaching session's plan in the `control` document: goals, action points with a due date,
 * and tips or homework. The coach writes it; the client reads it and ticks off its own action points through a
 * command the server checks. Kept out of the domain's index, so only the Coaching tab's chunk carries it.
 */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import type { Actor } from '../session/types'
import { coachingSchema } from './coaching-schema'
import { currentCoachingSession } from './coaching-series'
import { COACHING_ITEM_KINDS, type CoachingItem, type CoachingItemKind } from './types'

export { COACHING_ITEM_KINDS, type CoachingItem, type CoachingItemKind }

/** At most this many items in one plan (a budget: the control document is everyone's). */
export const MAX_COACHING_ITEMS = 200

const plan = (control: Y.Doc) => coachingSchema(control).plan
const MAX_TEXT = 10_000

// INPUT-1..3 as validate.ts checks them, here so the plan's chunk does not share validate.ts with the opening one.
function requireText(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : ''
  check(text.length > 0 && text.length <= MAX_TEXT, 'INPUT-1', `text must be 1-${MAX_TEXT} characters`)
  return text
}
function requireTime(value: unknown): void {
  check(typeof value === 'number' && Number.isFinite(value) && value >= 0, 'INPUT-2', 'now must be a time')
}
function requireId(value: unknown): string {
  check(
    typeof value === 'string' && value.length > 0 && value.length <= 100 && !value.includes('/'),
    'INPUT-3',
    'not a valid id',
  )
  return value
}

/** COACH-1: only a coaching session has a plan. */
function requireCoaching(control: Y.Doc): void {
  check(
    coachingSchema(control).session.get('kind') === 'coaching',
    'COACH-1',
    'only a coaching session has a plan',
  )
}

/** ACCESS-4, as requireActor in session.ts: the actor is this session's participant with this role and side. */
function requireMember(control: Y.Doc, actor: Actor): void {
  const p = coachingSchema(control).participants.get(actor.participantId)
  check(p !== undefined, 'ACCESS-4', `unknown participant ${actor.participantId}`)
  check(
    p.role === actor.role && p.sideId === actor.sideId,
    'ACCESS-4',
    'the actor does not match the participant',
  )
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** COACH-3: the coach adds a goal, an action point (with an optional due date) or a tip; returns its id. */
export function addCoachingItem(
  control: Y.Doc,
  input: { kind: CoachingItemKind; text: string; due?: string | null },
  ctx: CommandContext,
): string {
  requireCoach(control, ctx)
  check(COACHING_ITEM_KINDS.includes(input.kind), 'COACH-3', 'an item is a goal, an action point or a tip')
  const text = requireText(input.text)
  const due = input.due ?? null
  check(due === null || input.kind === 'action', 'COACH-3', 'only an action point has a due date')
  check(
    due === null || (DATE.test(due) && !Number.isNaN(Date.parse(due))),
    'COACH-3',
    'a due date is YYYY-MM-DD',
  )
  const items = plan(control)
  check(items.size < MAX_COACHING_ITEMS, 'COACH-3', `a plan holds at most ${MAX_COACHING_ITEMS} items`)
  const id = requireId(ctx.newId())
  check(!items.has(id), 'COACH-3', 'that id is in use')
  const item: CoachingItem = {
    id,
    kind: input.kind,
    text,
    due,
    done: false,
    doneAt: null,
    at: ctx.now,
    session: currentCoachingSession(control),
  }
  control.transact(() => items.set(id, item), ctx.origin)
  return id
}

/** COACH-3: the coach removes an item. */
export function removeCoachingItem(control: Y.Doc, input: { id: string }, ctx: CommandContext): void {
  requireCoach(control, ctx)
  check(plan(control).has(input.id), 'COACH-3', 'that item no longer exists')
  const c = coachingSchema(control)
  control.transact(() => {
    c.plan.delete(input.id)
    // A goal's scores go with it (COACH-6).
    for (const key of [...c.progress.keys()]) if (key.startsWith(`${input.id}/`)) c.progress.delete(key)
  }, ctx.origin)
}

/** COACH-4: the client (or the coach) ticks an action point off, or back on; goals and tips are not ticked. */
export function tickAction(control: Y.Doc, input: { id: string; done: boolean }, ctx: CommandContext): void {
  const { actor } = ctx
  requireTime(ctx.now)
  requireCoaching(control)
  requireMember(control, actor)
  check(actor.role === 'party' || actor.role === 'mediator', 'COACH-4', 'the client ticks its action points')
  const item = plan(control).get(input.id)
  check(item !== undefined && item.kind === 'action', 'COACH-4', 'only an action point is ticked off')
  check(typeof input.done === 'boolean', 'COACH-4', 'done is true or false')
  if (item.done === input.done) return
  const next: CoachingItem = {
    ...item,
    done: input.done,
    doneAt: input.done ? ctx.now : null,
    doneIn: input.done ? currentCoachingSession(control) : null,
  }
  control.transact(() => plan(control).set(item.id, next), ctx.origin)
}

/** The plan in the order it was written (time, then id). */
export function coachingPlan(control: Y.Doc): CoachingItem[] {
  return [...plan(control).values()]
    .filter((i) => COACHING_ITEM_KINDS.includes(i?.kind))
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

function requireCoach(control: Y.Doc, ctx: CommandContext): void {
  requireCoaching(control)
  check(ctx.actor.role === 'mediator', 'COACH-3', 'only the coach writes the plan')
  requireMember(control, ctx.actor)
  requireTime(ctx.now)
}
