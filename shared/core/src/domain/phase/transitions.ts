/** The phase register and its transition table; setPhase (set-phase.ts) and the caucus commands both write through here. */
import type * as Y from 'yjs'
import { check } from '../errors'
import type { RuleId } from '../rule-ids'
import { controlSchema } from '../schema'
import { refuseInCoaching } from '../session/coaching'
import type { SessionKind } from '../session/types'
import type { Phase } from './types'

const NEXT: Record<Phase, readonly Phase[]> = {
  intake: ['opening'],
  opening: ['joint'],
  joint: ['caucus', 'closing'],
  caucus: ['joint'],
  closing: ['joint'],
  // PHASE-5/7: a session is ended (→ closed) from any other phase only by endSession, with an outcome, and
  // reopened (closed → aftercare) only by reopenSession; neither is a plain move.
  closed: [],
  aftercare: [],
}

export const PHASES: readonly Phase[] = [
  'intake',
  'opening',
  'joint',
  'caucus',
  'closing',
  'closed',
  'aftercare',
]

/** The phases a session of `kind` goes through, in order (COACH-1: coaching has no caucus). */
export function sessionPhases(kind: SessionKind = 'mediation'): Phase[] {
  return PHASES.filter((p) => kind === 'mediation' || p !== 'caucus')
}

/** PHASE-1: the phases a session may move to from `from`. */
export function allowedPhases(from: Phase, kind: SessionKind = 'mediation'): Phase[] {
  // COACH-1: a coaching session has no caucus.
  return (NEXT[from] ?? []).filter((p) => kind === 'mediation' || p !== 'caucus')
}

/** The current phase ('intake' before anything was set). */
export function getPhase(control: Y.Doc): Phase {
  const p = controlSchema(control).phase.get('current')
  return PHASES.includes(p as Phase) ? (p as Phase) : 'intake'
}

/** Refuses with `rule` while the session is ended (closed, PHASE-1): PHASE-4 for ground rules, TURN-7 for hands. */
export function requireNotClosed(control: Y.Doc, rule: RuleId): void {
  check(getPhase(control) !== 'closed', rule, 'the session is closed')
}

/** PHASE-1: throws unless `to` may follow the current phase. */
export function checkTransition(control: Y.Doc, to: Phase): Phase {
  check(PHASES.includes(to), 'PHASE-1', `unknown phase ${String(to)}`)
  const from = getPhase(control)
  check(NEXT[from].includes(to), 'PHASE-1', `a session cannot move from ${from} to ${to}`)
  if (to === 'caucus') refuseInCoaching(control, 'caucus')
  return from
}

/** Writes a (checked) transition and logs it; call inside a transaction. */
export function writePhase(control: Y.Doc, from: Phase, to: Phase, by: string, at: number): void {
  const s = controlSchema(control)
  s.phase.set('current', to)
  s.phaseLog.push([{ from, to, at, by }])
}
