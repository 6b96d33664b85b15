/** setPhase: the mediator moves the session through its phases; caucus is entered and left through caucus/caucus.ts. */
import type * as Y from 'yjs'
import { endCaucus, startCaucus } from '../caucus/caucus'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { rulesStatus } from '../ground-rules/ground-rules'
import { requireMediator } from '../session/access'
import { requireActor } from '../session/session'
import { requireTime } from '../validate'
import { requireJointAllowed } from './shuttle'
import { checkTransition, writePhase } from './transitions'
import type { Phase } from './types'

/**
 * PHASE-1/2: moves to `to` if allowed. Moving to caucus starts the planned caucus and moving back from it
 * ends the caucus (CAUCUS-2, CAUCUS-6). PHASE-3: joint talks begin only when everyone accepted the rules.
 * SAFETY-4/5: no move into joint in shuttle mode or while the server holds the case (`safetyHeld`, its input).
 */
export function setPhase(
  control: Y.Doc,
  input: { phase: Phase; safetyHeld?: boolean },
  ctx: CommandContext,
): void {
  const to = input.phase
  const { actor, now } = ctx
  requireMediator(actor, 'change the phase')
  requireActor(control, actor)
  requireTime(now, 'now')
  const from = checkTransition(control, to)
  if (to === 'caucus') {
    startCaucus(control, {}, ctx)
    return
  }
  if (from === 'caucus') {
    endCaucus(control, input.safetyHeld === undefined ? {} : { safetyHeld: input.safetyHeld }, ctx)
    return
  }
  if (to === 'joint') requireJointAllowed(control, input.safetyHeld)
  if (from === 'opening' && to === 'joint') {
    const { pending } = rulesStatus(control)
    check(pending.length === 0, 'PHASE-3', `the ground rules still need acceptance by ${pending.join(', ')}`)
  }
  control.transact(() => writePhase(control, from, to, actor.participantId, now), ctx.origin)
}

export { allowedPhases, getPhase, sessionPhases } from './transitions'
