/** Speaking turns: raised hands in a first-come queue and one floor holder granted by the mediator. */
import type * as Y from 'yjs'
import type { CommandContext, NoInput } from '../context'
import { check } from '../errors'
import { cmp } from '../order'
import { getPhase, requireNotClosed } from '../phase/transitions'
import { controlSchema } from '../schema'
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

/** TURN-4: raised hands, first come first served (ties by id), only of current participants. */
export function getQueue(control: Y.Doc): QueueEntry[] {
  const s = controlSchema(control)
  return [...s.hands.entries()]
    .filter(([id]) => s.participants.has(id))
    .map(([participantId, e]) => ({ participantId, raisedAt: e.raisedAt }))
    .sort((a, b) => a.raisedAt - b.raisedAt || cmp(a.participantId, b.participantId))
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
