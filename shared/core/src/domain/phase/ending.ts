/** Ending a session with an outcome (from any phase) and reopening it for aftercare (nazorg). */
import type * as Y from 'yjs'
import { endCaucus } from '../caucus/caucus'
import type { CommandContext, NoInput } from '../context'
import { check } from '../errors'
import { closeMeeting } from '../meeting/meeting'
import { controlSchema, endingSchema } from '../schema'
import { requireMediator } from '../session/access'
import { requireActor } from '../session/session'
import { optionalText, requireTime } from '../validate'
import { ENDING_OUTCOMES, MAX_ENDING_NOTE } from './outcomes'
import { getPhase, writePhase } from './transitions'
import type { EndingOutcome, EndingRecord, Phase } from './types'

export { ENDING_OUTCOMES, MAX_ENDING_NOTE }

/**
 * PHASE-5: the mediator ends the session from any phase but closed, with an outcome and an optional short note;
 * the phase becomes closed and the ending is recorded with the time and who. PHASE-6: a running caucus ends
 * first (CAUCUS-6), and the floor and the raised hands end in the same change.
 */
export function endSession(
  control: Y.Doc,
  input: { outcome: EndingOutcome; note?: string },
  ctx: CommandContext,
): EndingRecord {
  const { actor, now } = ctx
  requireMediator(actor, 'end the session')
  requireActor(control, actor)
  requireTime(now, 'now')
  check(ENDING_OUTCOMES.includes(input.outcome), 'INPUT-1', `unknown outcome ${String(input.outcome)}`)
  const note = optionalText(input.note, 'note', MAX_ENDING_NOTE).trim()
  const from = getPhase(control)
  check(from !== 'closed', 'PHASE-1', 'the session has already ended')
  const s = controlSchema(control)
  const e = endingSchema(control)
  const record: EndingRecord = { outcome: input.outcome, note, at: now, by: actor.participantId, from }
  control.transact(() => {
    // One transaction: no observer ever sees the caucus over but the session not yet ended.
    if (from === 'caucus') endCaucus(control, {}, ctx)
    s.floor.delete('current')
    for (const id of [...s.hands.keys()]) s.hands.delete(id)
    closeMeeting(control, ctx)
    writePhase(control, getPhase(control), 'closed', actor.participantId, now)
    e.ending.set('current', record)
    e.endings.push([record])
  }, ctx.origin)
  return record
}

/**
 * PHASE-7: the mediator reopens an ended session for aftercare (nazorg); the change is logged like every phase
 * change. The recorded ending stays until the session is ended again (PHASE-8).
 */
export function reopenSession(control: Y.Doc, _input: NoInput, ctx: CommandContext): void {
  const { actor, now } = ctx
  requireMediator(actor, 'reopen the session')
  requireActor(control, actor)
  requireTime(now, 'now')
  check(getPhase(control) === 'closed', 'PHASE-1', 'only an ended session is reopened for aftercare')
  control.transact(() => writePhase(control, 'closed', 'aftercare', actor.participantId, now), ctx.origin)
}

/** The latest ending of the session (null if it never ended); it stands during aftercare too. */
export function ending(
  control: Y.Doc,
): { outcome: EndingOutcome; note: string; at: number; by: string } | null {
  const r = endingSchema(control).ending.get('current')
  if (!r || !ENDING_OUTCOMES.includes(r.outcome)) return null
  return { outcome: r.outcome, note: typeof r.note === 'string' ? r.note : '', at: r.at, by: r.by }
}

/** Every ending in the order recorded (a session reopened for aftercare and ended again has several). */
export function endings(control: Y.Doc): EndingRecord[] {
  return endingSchema(control).endings.toArray()
}

/** True while the session is ended or in aftercare: the phases after an ending. */
export function hasEnded(phase: Phase): boolean {
  return phase === 'closed' || phase === 'aftercare'
}
