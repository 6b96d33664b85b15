/** Derives where the mediator was during caucuses from the append-only caucus log. */
import type { CaucusEvent } from '../schema'

export interface RoomSegment {
  room: string
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

/** CAUCUS-5: the mediator's room segments during caucuses; an open caucus runs until `now`. */
export function caucusSegments(events: readonly CaucusEvent[], now: number): RoomSegment[] {
  const out: RoomSegment[] = []
  let room: string | null = null
  let since = 0
  for (const e of orderedEvents(events)) {
    if (room !== null && e.at > since) out.push({ room, from: since, to: e.at })
    room = e.type === 'end' ? null : e.room
    since = e.at
  }
  if (room !== null && now > since) out.push({ room, from: since, to: now })
  return out
}

/** CAUCUS-7: for each room of the running caucus, when the mediator last left it (or the caucus start). */
export function lastLeft(events: readonly CaucusEvent[]): Map<string, number> {
  const left = new Map<string, number>()
  let room: string | null = null
  for (const e of orderedEvents(events)) {
    if (e.type === 'start') {
      left.clear()
      for (const side of [...e.sides, 'main']) left.set(side, e.at)
    } else if (room !== null && e.room !== room) {
      left.set(room, e.at)
    }
    room = e.type === 'end' ? null : e.room
  }
  return left
}
