/** Speaking turns: raised hands in a first-come queue and one floor holder granted by the mediator. */
import type * as Y from 'yjs'
import type { CommandContext, NoInput } from '../context'
import { check } from '../errors'
import { cmp } from '../order'
import { getPhase, requireNotClosed } from '../phase/transitions'
import { controlSchema, type QueueMode, turnsSchema } from '../schema'
import { isSideMember, requireMediator } from '../session/access'
import { requireActor } from '../session/session'
import { requireTime } from '../validate'
import type { FloorView, QueueEntry } from './types'

/** TURN-6: the longest time limit a turn may have. */
export const MAX_TURN_MS = 60 * 60 * 1000

/** TURN-4/5: a party or adviser raises their hand; raising it again keeps their place. */
export function raiseHand(control: Y.Doc, _input: NoInput, ctx: CommandContext): void {
  const { actor, now } = ctx
  requireActor(control, actor)
  requireTime(now, 'now')
  check(isSideMember(actor.role), 'TURN-5', 'only parties and advisers raise a hand')
  requireNotClosed(control, 'TURN-7')
  const s = controlSchema(control)
  if (s.hands.has(actor.participantId)) return
  check(s.floor.get('current')?.holderId !== actor.participantId, 'TURN-5', 'you already have the floor')
  control.transact(
    () => s.hands.set(actor.participantId, { participantId: actor.participantId, raisedAt: now }),
    ctx.origin,
  )
}

/** TURN-5: lowers a hand; a participant lowers their own, the mediator anyone's. */
export function lowerHand(control: Y.Doc, input: { participantId: string }, ctx: CommandContext): void {
  const { participantId } = input
  const { actor, now } = ctx
  requireActor(control, actor)
  requireTime(now, 'now')
  const own = participantId === actor.participantId
  check(own || actor.role === 'mediator', 'TURN-5', "only the mediator may lower someone else's hand")
  const s = controlSchema(control)
  check(s.hands.has(participantId), 'TURN-5', `${participantId} has no raised hand`)
  control.transact(() => s.hands.delete(participantId), ctx.origin)
}

/**
 * TURN-4: raised hands, first come first served (ties by id), only of current participants. TURN-8: in the
 * side-balanced order, each next place goes to the first waiting hand of the side with the fewest turns so far
 * (turns given, then places already handed out in this order; ties by that side's earliest hand).
 */
export function getQueue(control: Y.Doc): QueueEntry[] {
  const s = controlSchema(control)
  const arrival = [...s.hands.entries()]
    .filter(([id]) => s.participants.has(id))
    .map(([participantId, e]) => ({ participantId, raisedAt: e.raisedAt }))
    .sort((a, b) => a.raisedAt - b.raisedAt || cmp(a.participantId, b.participantId))
  if (queueMode(control) !== 'sides') return arrival
  const sideOf = (id: string) => s.participants.get(id)?.sideId ?? id
  const turns = turnsPerSide(control)
  const waiting = new Map<string, QueueEntry[]>()
  for (const e of arrival)
    waiting.set(sideOf(e.participantId), [...(waiting.get(sideOf(e.participantId)) ?? []), e])
  const out: QueueEntry[] = []
  while (waiting.size > 0) {
    let best: string | null = null
    for (const [side, hands] of waiting) {
      const load = turns[side] ?? 0
      const bestLoad = best === null ? Number.POSITIVE_INFINITY : (turns[best] ?? 0)
      const first = hands[0] as QueueEntry
      const bestFirst = best === null ? null : (waiting.get(best)?.[0] as QueueEntry)
      if (
        load < bestLoad ||
        (load === bestLoad &&
          bestFirst !== null &&
          (first.raisedAt - bestFirst.raisedAt || cmp(first.participantId, bestFirst.participantId)) < 0)
      )
        best = side
    }
    const side = best as string
    const hands = waiting.get(side) as QueueEntry[]
    out.push(hands.shift() as QueueEntry)
    turns[side] = (turns[side] ?? 0) + 1
    if (hands.length === 0) waiting.delete(side)
  }
  return out
}

/** TURN-8: how the queue is ordered: by arrival (the default) or balanced over the sides. */
export function queueMode(control: Y.Doc): QueueMode {
  return turnsSchema(control).queueMode.get('mode') === 'sides' ? 'sides' : 'arrival'
}

/** TURN-8: the mediator chooses the queue's order. */
export function setQueueMode(control: Y.Doc, input: { mode: QueueMode }, ctx: CommandContext): void {
  const { actor } = ctx
  requireMediator(actor, 'order the queue')
  requireActor(control, actor)
  check(
    input.mode === 'arrival' || input.mode === 'sides',
    'TURN-8',
    'the queue is ordered by arrival or by side',
  )
  control.transact(() => turnsSchema(control).queueMode.set('mode', input.mode), ctx.origin)
}

/** TURN-9: the turns given per side so far (every grant of the floor counts once; sides without turns absent). */
export function turnsPerSide(control: Y.Doc): Record<string, number> {
  const out: Record<string, number> = {}
  for (const t of turnsSchema(control).turnLog.toArray())
    if (t.sideId) out[t.sideId] = (out[t.sideId] ?? 0) + 1
  return out
}

/**
 * TURN-2/3/6: the mediator gives the floor to a party or adviser (replacing any holder) and lowers their hand.
 * CAUCUS-9: not while a caucus runs, when the sides are in different rooms.
 */
export function grantFloor(
  control: Y.Doc,
  input: { participantId: string; limitMs?: number },
  ctx: CommandContext,
): void {
  const { participantId } = input
  const { actor, now } = ctx
  requireMediator(actor, 'grant the floor')
  requireActor(control, actor)
  requireTime(now, 'now')
  const s = controlSchema(control)
  const p = s.participants.get(participantId)
  check(p !== undefined, 'TURN-2', `unknown participant ${participantId}`)
  check(isSideMember(p.role), 'TURN-2', 'the floor goes to a party or an adviser')
  const limit = input.limitMs ?? null
  const validLimit = limit === null || (Number.isInteger(limit) && limit > 0 && limit <= MAX_TURN_MS)
  check(validLimit, 'TURN-6', 'a time limit is a whole number of ms between 1 and one hour')
  check(getPhase(control) !== 'caucus', 'CAUCUS-9', 'nobody holds the floor during a caucus')
  control.transact(() => {
    s.floor.set('current', {
      holderId: participantId,
      grantedAt: now,
      limitMs: limit,
      by: actor.participantId,
    })
    s.hands.delete(participantId)
    turnsSchema(control).turnLog.push([{ holderId: participantId, sideId: p.sideId, at: now }])
  }, ctx.origin)
}

/** TURN-3: the mediator ends the current turn. */
export function endFloor(control: Y.Doc, _input: NoInput, ctx: CommandContext): void {
  const { actor, now } = ctx
  requireMediator(actor, 'end the floor')
  requireActor(control, actor)
  requireTime(now, 'now')
  const s = controlSchema(control)
  check(s.floor.has('current'), 'TURN-3', 'nobody holds the floor')
  control.transact(() => s.floor.delete('current'), ctx.origin)
}

/** TURN-1/6: the floor holder (null if none or no longer a participant) and the time left of a limited turn. */
export function getFloor(control: Y.Doc, now: number): FloorView | null {
  const s = controlSchema(control)
  const f = s.floor.get('current')
  if (!f || !s.participants.has(f.holderId)) return null
  const left = f.limitMs === null ? null : f.grantedAt + f.limitMs - now
  return {
    holderId: f.holderId,
    grantedAt: f.grantedAt,
    limitMs: f.limitMs,
    timeLeftMs: left === null ? null : Math.max(0, left),
    overtime: left !== null && left < 0,
  }
}
