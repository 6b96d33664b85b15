/**
 * SAFETY-4/5 for the mediator's raw writes to `control`: the sidebar moves into joint session through the
 * command route, but the mediator's client writes `control` and could set the phase itself. An update that would
 * move the phase into joint session while the case is held (or in shuttle mode) is refused whole, before it is
 * applied; the hold is lifted only by the mediator's explicit, logged `POST …/prep/safety/assessed`.
 */
import { getPhase, isDomainError, isShuttle, requireJointAllowed } from '@mediation/core/domain'
import * as Y from 'yjs'
import { rootsTouched } from './update-roots'

/** Close reasons (at most 123 bytes): the rule id first, as the command route answers it. */
const REASON = {
  'SAFETY-4':
    'SAFETY-4: the safety screening is not assessed; confirm it (prep/safety/assessed) before a joint session',
  'SAFETY-5': 'SAFETY-5: shuttle mode is on; the sides meet in separate rooms only',
} as const

/** A refusal reason for `update` to `control`, or null when it may be applied. `held` is read only when needed. */
export function jointGuard(held: () => boolean) {
  return (doc: Y.Doc, update: Uint8Array): string | null => {
    if (getPhase(doc) === 'joint') return null
    const roots = rootsTouched(doc, update)
    if (!roots.has('phase')) return null
    const isHeld = held()
    if (!isHeld && !isShuttle(doc) && !roots.has('meetingMode')) return null
    // Only a phase write while held or in shuttle mode costs a trial copy of the document.
    const probe = new Y.Doc()
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc))
    Y.applyUpdate(probe, update)
    if (getPhase(probe) !== 'joint') return null
    try {
      requireJointAllowed(probe, isHeld)
      return null
    } catch (e) {
      if (isDomainError(e) && (e.rule === 'SAFETY-4' || e.rule === 'SAFETY-5')) return REASON[e.rule]
      throw e
    }
  }
}
