/** Derives where the mediator was during caucuses, and with which sides, from the append-only caucus log. */
import type { CaucusEvent, CaucusGroup } from '../schema'

export interface RoomSegment {
  room: string
  /** CAUCUS-11: the sides in that room at the time (none for 'main'). */
  sides: string[]
  from: number
  to: number
}

/** Events by time; equal times keep document order. */
export function orderedEvents<T extends { at: number }>(events: readonly T[]): T[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e)
}

/** The rooms after `e`: its groups, or (an event written before groups) one room per side, named by the side. */
export function eventGroups(e: CaucusEvent): CaucusGroup[] {
  return e.groups ?? e.sides.map((s) => ({ id: s, sides: [s] }))
}

/** The sides in `room` among `groups` ('main' holds none of the planned ones). */
export function sidesIn(groups: readonly CaucusGroup[], room: string): string[] {
  return room === 'main' ? [] : [...(groups.find((g) => g.id === room)?.sides ?? [])]
}

/** CAUCUS-5/11: the mediator's room segments during caucuses, with the sides there; an open caucus runs until `now`. */
export function caucusSegments(events: readonly CaucusEvent[], now: number): RoomSegment[] {
  const out: RoomSegment[] = []
  let room: string | null = null
  let sides: string[] = []
  let since = 0
  const close = (to: number) => {
    if (room !== null && to > since) out.push({ room, sides, from: since, to })
  }
  for (const e of orderedEvents(events)) {
    close(e.at)
    room = e.type === 'end' ? null : e.room
    sides = room === null ? [] : sidesIn(eventGroups(e), room)
    since = e.at
  }
  close(now)
  return out
}

/**
 * CAUCUS-7: for each side of the running caucus, since when it waits: the last moment it was in the mediator's
 * room (in its own room or the joint room), or the caucus start; absent while it is with the mediator.
 */
export function waitingSince(
  events: readonly CaucusEvent[],
  allSides: readonly string[],
): Map<string, number> {
  const since = new Map<string, number>()
  let groups: CaucusGroup[] = []
  let mediator: string | null = null
  const roomOf = (side: string) => groups.find((g) => g.sides.includes(side))?.id ?? 'main'
  for (const e of orderedEvents(events)) {
    if (e.type === 'start') since.clear()
    const wasWith = new Set(mediator === null ? allSides : allSides.filter((s) => roomOf(s) === mediator))
    groups = e.type === 'end' ? [] : eventGroups(e)
    mediator = e.type === 'end' ? null : e.room
    for (const s of allSides) {
      const withMediator = mediator === null || roomOf(s) === mediator
      if (withMediator) since.delete(s)
      else if (wasWith.has(s) || !since.has(s)) since.set(s, e.at)
    }
  }
  return since
}
