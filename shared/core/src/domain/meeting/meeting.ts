/**
 * Meetings: the mediator starts one, pauses and resumes it, and ends it. Only time inside a meeting and outside
 * its pauses is contact time (TIME-1), so the weeks between two meetings are never billed. The queries are in
 * meeting-log.ts.
 */
import type * as Y from 'yjs'
import { endCaucus } from '../caucus/caucus'
import type { CommandContext, NoInput } from '../context'
import { check } from '../errors'
import { isShuttle } from '../phase/shuttle'
import { getPhase } from '../phase/transitions'
import { controlSchema } from '../schema'
import { requireMediator } from '../session/access'
import { requireActor } from '../session/session'
import { requireTime } from '../validate'
import { meetingState } from './meeting-log'
import type { MeetingEvent } from './types'

/** The time of the latest meeting event (0 before any). */
function lastAt(control: Y.Doc): number {
  return controlSchema(control)
    .meetingLog.toArray()
    .reduce((m, e) => Math.max(m, e.at), 0)
}

/** Checks shared by the four commands: the mediator, a time not before the last event (MEET-2). */
function guard(control: Y.Doc, ctx: CommandContext): void {
  requireMediator(ctx.actor, 'run the meetings')
  requireActor(control, ctx.actor)
  requireTime(ctx.now, 'now')
  check(ctx.now >= lastAt(control), 'MEET-2', 'a meeting event before the previous one')
}

function log(control: Y.Doc, type: MeetingEvent['type'], ctx: CommandContext, at = ctx.now): void {
  controlSchema(control).meetingLog.push([{ type, at, by: ctx.actor.participantId }])
}

/** MEET-3: ends a running or paused meeting as part of ending the session (PHASE-5); inside its transaction. */
export function closeMeeting(control: Y.Doc, ctx: CommandContext): void {
  // The server's clock ends the session; a device clock ahead of it never puts the end before a pause.
  if (meetingState(control).status !== 'none') log(control, 'end', ctx, Math.max(ctx.now, lastAt(control)))
}

/** MEET-1: the mediator starts a meeting; never two at once, never in a closed session. */
export function startMeeting(control: Y.Doc, _input: NoInput, ctx: CommandContext): void {
  guard(control, ctx)
  check(meetingState(control).status === 'none', 'MEET-1', 'a meeting is already running')
  check(getPhase(control) !== 'closed', 'MEET-1', 'the session is closed')
  control.transact(() => log(control, 'start', ctx), ctx.origin)
}

/** MEET-2/3: pauses the running meeting; the floor ends with it (a turn timer means nothing in a break). */
export function pauseMeeting(control: Y.Doc, _input: NoInput, ctx: CommandContext): void {
  guard(control, ctx)
  check(meetingState(control).status === 'running', 'MEET-2', 'no meeting is running')
  control.transact(() => {
    log(control, 'pause', ctx)
    controlSchema(control).floor.delete('current')
  }, ctx.origin)
}

/** MEET-2: resumes the paused meeting. */
export function resumeMeeting(control: Y.Doc, _input: NoInput, ctx: CommandContext): void {
  guard(control, ctx)
  check(meetingState(control).status === 'paused', 'MEET-2', 'the meeting is not paused')
  control.transact(() => log(control, 'resume', ctx), ctx.origin)
}

/**
 * MEET-2/3: ends the running or paused meeting (an open pause ends with it). In the same change the floor ends
 * and a running caucus ends: everybody back in the joint room and the phase back to joint (CAUCUS-6), so the
 * next meeting starts together — unless the sides must stay apart (shuttle mode, or the server's safety hold
 * `safetyHeld`: SAFETY-4/5): then the caucus stays and the next meeting goes on in the side rooms.
 */
export function endMeeting(control: Y.Doc, input: { safetyHeld?: boolean }, ctx: CommandContext): void {
  guard(control, ctx)
  check(meetingState(control).status !== 'none', 'MEET-2', 'no meeting is running')
  const s = controlSchema(control)
  const inCaucus = s.caucus.get('state')?.status === 'active'
  const backToJoint = inCaucus && !isShuttle(control) && input.safetyHeld !== true
  control.transact(() => {
    if (backToJoint) endCaucus(control, {}, ctx)
    s.floor.delete('current')
    log(control, 'end', ctx)
  }, ctx.origin)
}
