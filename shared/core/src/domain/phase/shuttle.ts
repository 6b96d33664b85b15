/**
 * Shuttle mode and the safety hold: what keeps the sides out of a joint session (SAFETY-4, SAFETY-5). Shuttle
 * mode is the mediator's switch in `control` (the sides see that they meet apart, never why); the hold comes from
 * the server's safety screening, which no party document carries, so only the server can pass it in.
 */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { controlSchema } from '../schema'
import { requireMediator } from '../session/access'
import { requireActor } from '../session/session'

/** SAFETY-5: true while the session runs in caucus rooms only. */
export function isShuttle(control: Y.Doc): boolean {
  return controlSchema(control).meetingMode.get('shuttle') === true
}

/** SAFETY-5: the mediator turns shuttle mode on or off. */
export function setShuttle(control: Y.Doc, input: { on: boolean }, ctx: CommandContext): void {
  requireMediator(ctx.actor, 'switch shuttle mode')
  requireActor(control, ctx.actor)
  check(typeof input.on === 'boolean', 'INPUT-1', 'on: true or false')
  if (isShuttle(control) === input.on) return
  control.transact(() => controlSchema(control).meetingMode.set('shuttle', input.on), ctx.origin)
}

/**
 * SAFETY-4/5: refuses a move into joint session while shuttle mode is on, or while the server holds the case
 * for an unassessed worrying screening answer (`safetyHeld`, known to the server only).
 */
export function requireJointAllowed(control: Y.Doc, safetyHeld: boolean | undefined): void {
  check(!isShuttle(control), 'SAFETY-5', 'shuttle mode is on')
  check(safetyHeld !== true, 'SAFETY-4', 'safety screening not assessed')
}
