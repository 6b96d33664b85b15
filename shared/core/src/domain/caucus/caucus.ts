/** Caucus: the mediator plans private rooms per side, starts, moves between rooms and ends. */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { isShuttle, requireJointAllowed } from '../phase/shuttle'
import { checkTransition, getPhase, writePhase } from '../phase/transitions'
import { type CaucusRecord, controlSchema } from '../schema'
import { requireMediator } from '../session/access'
import { refuseInCoaching } from '../session/coaching'
import { requireActor } from '../session/session'
import type { Actor } from '../session/types'
import { requireTime } from '../validate'
import { caucusSegments, lastLeft } from './caucus-log'
import type { CaucusView, Room } from './types'

const IDLE: CaucusRecord = { status: 'idle', plannedSides: [], mediatorRoom: 'main', startedAt: null }

function record(control: Y.Doc): CaucusRecord {
  return controlSchema(control).caucus.get('state') ?? IDLE
}

function guard(control: Y.Doc, actor: Actor, what: string): void {
  requireMediator(actor, what)
  requireActor(control, actor)
}

/** CAUCUS-1: during joint talks (or the opening, in shuttle mode: SAFETY-5) the mediator chooses the rooms. */
export function planCaucus(control: Y.Doc, input: { sideIds: string[] }, ctx: CommandContext): void {
  const { sideIds } = input
  guard(control, ctx.actor, 'plan a caucus')
  refuseInCoaching(control, 'caucus')
  const phase = getPhase(control)
  check(
    phase === 'joint' || (phase === 'opening' && isShuttle(control)),
    'CAUCUS-1',
    'a caucus is planned during joint talks',
  )
  const s = controlSchema(control)
  check(Array.isArray(sideIds) && sideIds.length > 0, 'CAUCUS-1', 'choose at least one side')
  check(new Set(sideIds).size === sideIds.length, 'CAUCUS-1', 'a side appears twice in the plan')
  for (const id of sideIds) check(s.sides.has(id), 'CAUCUS-1', `unknown side ${id}`)
  const next: CaucusRecord = {
    status: 'planned',
    plannedSides: [...sideIds],
    mediatorRoom: 'main',
    startedAt: null,
  }
  control.transact(() => s.caucus.set('state', next), ctx.origin)
}

/**
 * CAUCUS-2: starts the planned caucus (phase caucus); the mediator goes to the first planned side's room.
 * CAUCUS-9: the floor ends in the same transaction (a turn across rooms means nothing); raised hands stay queued.
 */
export function startCaucus(control: Y.Doc, input: { mediatorRoom?: 'main' }, ctx: CommandContext): void {
  const { actor, now } = ctx
  guard(control, actor, 'start a caucus')
  requireTime(now, 'now')
  const r = record(control)
  check(r.status === 'planned', 'CAUCUS-2', 'plan the caucus first')
  // SAFETY-5: in shuttle mode the sides go from the opening straight to their rooms, never meeting.
  const from =
    getPhase(control) === 'opening' && isShuttle(control) ? 'opening' : checkTransition(control, 'caucus')
  // Where the platform moves the mediator itself, they start in main and the move is recorded once confirmed.
  const room = input.mediatorRoom ?? r.plannedSides[0] ?? 'main'
  const s = controlSchema(control)
  control.transact(() => {
    s.caucus.set('state', { ...r, status: 'active', mediatorRoom: room, startedAt: now })
    s.caucusLog.push([{ type: 'start', room, sides: [...r.plannedSides], at: now }])
    writePhase(control, from, 'caucus', actor.participantId, now)
    s.floor.delete('current')
  }, ctx.origin)
}

/** CAUCUS-3: moves the mediator to 'main' or to a planned side's room. */
export function moveMediator(control: Y.Doc, input: { room: Room }, ctx: CommandContext): void {
  const { room } = input
  const { actor, now } = ctx
  guard(control, actor, 'move between rooms')
  requireTime(now, 'now')
  const r = record(control)
  check(r.status === 'active' && getPhase(control) === 'caucus', 'CAUCUS-3', 'no caucus is running')
  check(room === 'main' || r.plannedSides.includes(room), 'CAUCUS-3', `no caucus room ${room}`)
  if (room === r.mediatorRoom) return
  const s = controlSchema(control)
  control.transact(() => {
    s.caucus.set('state', { ...r, mediatorRoom: room })
    s.caucusLog.push([{ type: 'move', room, sides: [...r.plannedSides], at: now }])
  }, ctx.origin)
}

/**
 * CAUCUS-6: ends the caucus; everybody returns to the main room and the phase to joint — unless shuttle mode is
 * on or the server holds the case for its safety screening (SAFETY-4/5).
 */
export function endCaucus(control: Y.Doc, input: { safetyHeld?: boolean }, ctx: CommandContext): void {
  const { actor, now } = ctx
  guard(control, actor, 'end a caucus')
  requireTime(now, 'now')
  const r = record(control)
  check(r.status === 'active', 'CAUCUS-6', 'no caucus is running')
  const from = checkTransition(control, 'joint')
  requireJointAllowed(control, input.safetyHeld)
  const s = controlSchema(control)
  control.transact(() => {
    s.caucus.set('state', IDLE)
    s.caucusLog.push([{ type: 'end', room: 'main', sides: [...r.plannedSides], at: now }])
    writePhase(control, from, 'joint', actor.participantId, now)
  }, ctx.origin)
}

/** CAUCUS-4/5/7: who is where, the mediator's time per side room and who waits since when. */
export function caucusState(control: Y.Doc, now: number): CaucusView {
  const s = controlSchema(control)
  const r = record(control)
  const active = r.status === 'active'
  const rooms: Record<string, Room> = {}
  for (const p of s.participants.values()) {
    const inCaucus = active && p.sideId !== null && r.plannedSides.includes(p.sideId)
    rooms[p.id] =
      p.role === 'mediator' ? (active ? r.mediatorRoom : 'main') : inCaucus ? (p.sideId ?? 'main') : 'main'
  }
  const log = s.caucusLog.toArray()
  const perSideMs: Record<string, number> = {}
  for (const seg of caucusSegments(log, now)) {
    if (seg.room !== 'main') perSideMs[seg.room] = (perSideMs[seg.room] ?? 0) + seg.to - seg.from
  }
  const mediatorRoom = active ? r.mediatorRoom : 'main'
  return {
    status: r.status,
    plannedSides: [...r.plannedSides],
    mediatorRoom,
    rooms,
    perSideMs,
    waiting: waiting(control, r, rooms, now),
    startedAt: r.startedAt,
  }
}

function waiting(
  control: Y.Doc,
  r: CaucusRecord,
  rooms: Record<string, Room>,
  now: number,
): CaucusView['waiting'] {
  if (r.status !== 'active') return []
  const left = lastLeft(controlSchema(control).caucusLog.toArray())
  const occupied = new Set(
    Object.entries(rooms)
      .filter(([id]) => waits(control, id))
      .map(([, room]) => room),
  )
  const out: CaucusView['waiting'] = []
  for (const room of [...r.plannedSides, 'main']) {
    if (room === r.mediatorRoom || !occupied.has(room)) continue
    const since = left.get(room) ?? r.startedAt ?? now
    out.push({ sideId: room === 'main' ? null : room, room, since, waitingMs: Math.max(0, now - since) })
  }
  return out
}

/** Parties and advisers wait for the mediator; the secretariat is not part of the talks. */
function waits(control: Y.Doc, id: string): boolean {
  const role = controlSchema(control).participants.get(id)?.role
  return role === 'party' || role === 'adviser'
}
