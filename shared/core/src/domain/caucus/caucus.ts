/** Caucus: the mediator plans private rooms (one or more sides each), starts, changes, moves between rooms and ends. */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { isShuttle, requireJointAllowed } from '../phase/shuttle'
import { checkTransition, getPhase, writePhase } from '../phase/transitions'
import { type CaucusGroup, type CaucusRecord, controlSchema } from '../schema'
import { requireMediator } from '../session/access'
import { refuseInCoaching } from '../session/coaching'
import { requireActor } from '../session/session'
import type { Actor } from '../session/types'
import { requireTime } from '../validate'
import { caucusSegments, sidesIn, waitingSince } from './caucus-log'
import type { CaucusView, Room } from './types'

const IDLE: CaucusRecord = { status: 'idle', plannedSides: [], mediatorRoom: 'main', startedAt: null }

function record(control: Y.Doc): CaucusRecord {
  return controlSchema(control).caucus.get('state') ?? IDLE
}

/** CAUCUS-11: the rooms of a plan (a record written before rooms could hold several sides has one per side). */
export function groupsOf(r: CaucusRecord): CaucusGroup[] {
  return r.groups ?? r.plannedSides.map((s) => ({ id: s, sides: [s] }))
}

function guard(control: Y.Doc, actor: Actor, what: string): void {
  requireMediator(actor, what)
  requireActor(control, actor)
}

/** CAUCUS-1/11: every room holds one or more existing sides, and no side is in two rooms. */
function requireRooms(control: Y.Doc, rooms: unknown, rule: 'CAUCUS-1' | 'CAUCUS-12'): string[][] {
  const s = controlSchema(control)
  check(Array.isArray(rooms) && rooms.length > 0, rule, 'choose at least one side')
  const seen = new Set<string>()
  return (rooms as unknown[]).map((sides) => {
    check(Array.isArray(sides) && sides.length > 0, rule, 'a caucus room holds at least one side')
    for (const id of sides as unknown[]) {
      check(typeof id === 'string' && s.sides.has(id), rule, `unknown side ${String(id)}`)
      check(!seen.has(id), rule, 'a side appears twice in the plan')
      seen.add(id)
    }
    return [...(sides as string[])]
  })
}

/** A room's name for new rooms: its sides joined by '+' (a lone side's room is the side's id), unique in `taken`. */
function newRoomId(sides: readonly string[], taken: Set<string>): string {
  const base = sides.join('+')
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}~${n}`
  taken.add(id)
  return id
}

/**
 * CAUCUS-1/11: during joint talks (or the opening, in shuttle mode: SAFETY-5) the mediator chooses the rooms:
 * `sideIds` gives each side a room of its own, `groups` puts several sides together in one room.
 */
export function planCaucus(
  control: Y.Doc,
  input: { sideIds?: string[]; groups?: string[][] },
  ctx: CommandContext,
): void {
  guard(control, ctx.actor, 'plan a caucus')
  refuseInCoaching(control, 'caucus')
  const phase = getPhase(control)
  check(
    phase === 'joint' || (phase === 'opening' && isShuttle(control)),
    'CAUCUS-1',
    'a caucus is planned during joint talks',
  )
  const asked =
    input.groups !== undefined
      ? input.groups
      : Array.isArray(input.sideIds)
        ? input.sideIds.map((x) => [x])
        : null
  const rooms = requireRooms(control, asked, 'CAUCUS-1')
  const taken = new Set<string>()
  const groups = rooms.map((sides) => ({ id: newRoomId(sides, taken), sides }))
  const next: CaucusRecord = {
    status: 'planned',
    plannedSides: rooms.flat(),
    groups,
    mediatorRoom: 'main',
    startedAt: null,
  }
  const s = controlSchema(control)
  control.transact(() => s.caucus.set('state', next), ctx.origin)
}

/**
 * CAUCUS-12: while the caucus runs the mediator changes its rooms: a side joins a room (`room` names a room of the
 * caucus) or a new one, a side left out returns to the joint room; a room that is gone takes the mediator back
 * to the joint room. The change is logged, so each side's caucus time and waiting time stay exact.
 */
export function changeCaucus(
  control: Y.Doc,
  input: { groups: { room?: string; sides: string[] }[] },
  ctx: CommandContext,
): void {
  const { actor, now } = ctx
  guard(control, actor, 'change the caucus')
  requireTime(now, 'now')
  const r = record(control)
  check(r.status === 'active' && getPhase(control) === 'caucus', 'CAUCUS-12', 'no caucus is running')
  const asked = Array.isArray(input.groups) ? input.groups : []
  check(
    asked.every((g) => g !== null && typeof g === 'object'),
    'CAUCUS-12',
    'name the rooms',
  )
  const rooms = requireRooms(
    control,
    asked.map((g) => g.sides),
    'CAUCUS-12',
  )
  const current = new Set(groupsOf(r).map((g) => g.id))
  const kept = new Set<string>()
  for (const g of asked) {
    if (g.room === undefined) continue
    check(typeof g.room === 'string' && current.has(g.room), 'CAUCUS-12', `no caucus room ${String(g.room)}`)
    check(!kept.has(g.room), 'CAUCUS-12', `room ${g.room} appears twice`)
    kept.add(g.room)
  }
  const taken = new Set(kept)
  const groups = rooms.map((sides, i) => ({ id: asked[i]?.room ?? newRoomId(sides, taken), sides }))
  const mediatorRoom = groups.some((g) => g.id === r.mediatorRoom) ? r.mediatorRoom : 'main'
  const plannedSides = rooms.flat()
  const s = controlSchema(control)
  control.transact(() => {
    s.caucus.set('state', { ...r, plannedSides, groups, mediatorRoom })
    s.caucusLog.push([{ type: 'change', room: mediatorRoom, sides: [...plannedSides], groups, at: now }])
  }, ctx.origin)
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
  const groups = groupsOf(r)
  const room = input.mediatorRoom ?? groups[0]?.id ?? 'main'
  const s = controlSchema(control)
  control.transact(() => {
    s.caucus.set('state', { ...r, groups, status: 'active', mediatorRoom: room, startedAt: now })
    s.caucusLog.push([{ type: 'start', room, sides: [...r.plannedSides], groups, at: now }])
    writePhase(control, from, 'caucus', actor.participantId, now)
    s.floor.delete('current')
  }, ctx.origin)
}

/** CAUCUS-3: moves the mediator to 'main' or to a room of the caucus. */
export function moveMediator(control: Y.Doc, input: { room: Room }, ctx: CommandContext): void {
  const { room } = input
  const { actor, now } = ctx
  guard(control, actor, 'move between rooms')
  requireTime(now, 'now')
  const r = record(control)
  check(r.status === 'active' && getPhase(control) === 'caucus', 'CAUCUS-3', 'no caucus is running')
  const groups = groupsOf(r)
  check(room === 'main' || groups.some((g) => g.id === room), 'CAUCUS-3', `no caucus room ${room}`)
  if (room === r.mediatorRoom) return
  const s = controlSchema(control)
  control.transact(() => {
    s.caucus.set('state', { ...r, mediatorRoom: room })
    s.caucusLog.push([{ type: 'move', room, sides: [...r.plannedSides], groups, at: now }])
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

/** CAUCUS-4/5/7/11: who is where, the mediator's time per side and who waits since when. */
export function caucusState(control: Y.Doc, now: number): CaucusView {
  const s = controlSchema(control)
  const r = record(control)
  const active = r.status === 'active'
  const groups = groupsOf(r)
  const roomOfSide = (side: string | null) =>
    (active && side !== null && groups.find((g) => g.sides.includes(side))?.id) || 'main'
  const mediatorRoom = active ? r.mediatorRoom : 'main'
  const rooms: Record<string, Room> = {}
  for (const p of s.participants.values())
    rooms[p.id] = p.role === 'mediator' ? mediatorRoom : roomOfSide(p.sideId)
  const log = s.caucusLog.toArray()
  const perSideMs: Record<string, number> = {}
  for (const seg of caucusSegments(log, now))
    for (const side of seg.sides) perSideMs[side] = (perSideMs[side] ?? 0) + seg.to - seg.from
  const bySide: Record<string, number> = {}
  if (active) {
    const waitingSides = new Set(
      [...s.participants.values()]
        .filter((p) => waits(p.role) && p.sideId !== null)
        .map((p) => p.sideId as string),
    )
    for (const [side, since] of waitingSince(log, [...s.sides.keys()]))
      if (waitingSides.has(side)) bySide[side] = since
  }
  return {
    status: r.status,
    plannedSides: [...r.plannedSides],
    groups: groups.map((g) => ({ id: g.id, sides: [...g.sides] })),
    mediatorRoom,
    mediatorWith: sidesIn(groups, mediatorRoom),
    rooms,
    perSideMs,
    waiting: waiting(groups, mediatorRoom, bySide, roomOfSide, now),
    waitingSince: bySide,
    startedAt: r.startedAt,
  }
}

/** CAUCUS-7: every occupied room without the mediator, with its sides, waiting since its longest-waiting side. */
function waiting(
  groups: readonly CaucusGroup[],
  mediatorRoom: Room,
  bySide: Record<string, number>,
  roomOfSide: (side: string) => Room,
  now: number,
): CaucusView['waiting'] {
  const out: CaucusView['waiting'] = []
  for (const room of [...groups.map((g) => g.id), 'main']) {
    if (room === mediatorRoom) continue
    const sides = Object.keys(bySide).filter((side) => roomOfSide(side) === room)
    if (sides.length === 0) continue
    const since = Math.min(...sides.map((side) => bySide[side] as number))
    out.push({
      sideId: room === 'main' ? null : room,
      room,
      sides: room === 'main' ? sides : sidesIn(groups, room).filter((x) => sides.includes(x)),
      since,
      waitingMs: Math.max(0, now - since),
    })
  }
  return out
}

/** Parties and advisers wait for the mediator; the secretariat is not part of the talks. */
function waits(role: string): boolean {
  return role === 'party' || role === 'adviser'
}
