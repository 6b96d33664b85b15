/** COACH-1: what a coaching session (one coach, one client) leaves out of a mediation. */
import type * as Y from 'yjs'
import { check } from '../errors'
import { controlSchema } from '../schema'

/** True when the control document belongs to a coaching session. */
export function isCoaching(control: Y.Doc): boolean {
  return controlSchema(control).session.get('kind') === 'coaching'
}

/** COACH-1: refuses `what` (a caucus, the option board, a settlement sign-off) in a coaching session. */
export function refuseInCoaching(control: Y.Doc, what: string): void {
  check(!isCoaching(control), 'COACH-1', `a coaching session has no ${what}`)
}
