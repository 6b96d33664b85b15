/**
 * The status rules as plain data: the transition graph, the mediator's skips, the brainstorm lock and the package
 * rule, over plain data, so the sidebar can ask of its board view which steps to offer (BOARD-17); `setOptionStatus`
 * asks the same `refusal` of the document, so the control and the command cannot drift.
 */
import type { RuleId } from '../rule-ids'
import { isSideMember } from '../session/access'
import type { Actor } from '../session/types'
import { STATUSES } from './read-maps'
import type { BoardPhase, BoardView, OptionStatus } from './types'

// STATUSES lists the main line first (proposed … agreed), then parked and withdrawn: the slices below rely on it.
const RESUME = STATUSES.slice(0, 4)
const NEXT: Record<OptionStatus, readonly OptionStatus[]> = {
  proposed: ['clarified', 'parked', 'withdrawn'],
  clarified: ['proposed', 'explored', 'parked', 'withdrawn'],
  explored: ['clarified', 'evaluated', 'parked', 'withdrawn'],
  evaluated: ['explored', 'agreedInPrinciple', 'parked', 'withdrawn'],
  agreedInPrinciple: ['evaluated', 'agreed', 'parked', 'withdrawn'],
  agreed: ['agreedInPrinciple'],
  parked: [...RESUME, 'withdrawn'],
  withdrawn: ['proposed'],
}
/** The main line, in order: BOARD-16 lets the mediator skip forward along it. */
const LINE = STATUSES.slice(0, 6)
/** BOARD-2: statuses that judge an option, not allowed while brainstorming. */
export const EVALUATING = LINE.slice(3)
const AGREED = LINE.slice(4)

/** BOARD-3: the statuses an option may move to from `from` one step at a time (the graph, for everyone). */
export function allowedStatuses(from: OptionStatus): OptionStatus[] {
  return [...NEXT[from]]
}

/** One status change the control may offer, with the package partners it would reopen (BOARD-7). */
export interface StatusStep {
  to: OptionStatus
  /** Ids of agreed package partners that this step sets back to agreed in principle. */
  reopens: string[]
}

/**
 * BOARD-2/3/4/7/8/16: the steps `actor` may take on option `id` of the board `view` now, in status order. Plain
 * data in, so the sidebar's lazily loaded board view can ask; `owns` is BOARD-8's answer (the mediator owns all).
 */
export function statusSteps(
  view: BoardView,
  id: string,
  actor: Actor,
  owns = actor.role === 'mediator',
): StatusStep[] {
  const o = view.options.find((x) => x.id === id)
  if (!o) return []
  const inPackage = (x: string) =>
    view.packages.some((pk) => pk.optionIds.includes(id) && pk.optionIds.includes(x))
  const partners = view.options.filter((x) => x.id !== id && inPackage(x.id))
  const facts: Facts = { phase: view.phase, from: o.status, partners, owns }
  return STATUSES.filter((to) => to !== o.status && refusal(facts, to, actor) === null).map((to) => ({
    to,
    reopens: reopened(o.status, to, partners).map((p) => p.id),
  }))
}

/** What a status change depends on, read from the document or from a board view. */
export interface Facts {
  phase: BoardPhase
  from: OptionStatus
  partners: { id: string; status: OptionStatus }[]
  /** BOARD-8: the actor may change this option as its own. */
  owns: boolean
}

/** The first rule a change to `to` breaks, with why, or null when it is allowed. */
export function refusal(f: Facts, to: OptionStatus, actor: Actor): [RuleId, string] | null {
  const { from } = f
  if (!NEXT[from].includes(to) && !(actor.role === 'mediator' && isJump(from, to)))
    return ['BOARD-3', `an option cannot move from ${from} to ${to}`]
  if (EVALUATING.includes(to) && f.phase !== 'evaluate') return ['BOARD-2', 'no evaluation during brainstorm']
  if (actor.role !== 'mediator' && !(to === 'withdrawn' && isSideMember(actor.role)))
    return ['BOARD-4', 'only the mediator changes the status of an option']
  if (!f.owns) return ['BOARD-8', "you can only change your own side's ideas"]
  if (to === 'agreed' && !f.partners.every((p) => AGREED.includes(p.status)))
    return ['BOARD-7', 'nothing is agreed until everything in the package is agreed in principle']
  return null
}

/** BOARD-16: a forward skip along the main line (e.g. proposed → agreed, an agreement reached in the room). */
function isJump(from: OptionStatus, to: OptionStatus): boolean {
  const i = LINE.indexOf(from)
  return i >= 0 && LINE.indexOf(to) > i
}

/** BOARD-7: leaving agreement reopens the agreed partners (they go back to agreed in principle). */
export function reopened<P extends { status: OptionStatus }>(
  from: OptionStatus,
  to: OptionStatus,
  partners: P[],
): P[] {
  const reopen = from === 'agreed' || (AGREED.includes(from) && !AGREED.includes(to))
  return reopen ? partners.filter((p) => p.status === 'agreed') : []
}
