/** What the append-only meeting log says: the meetings held, and whether one runs or is paused now. */
import type * as Y from 'yjs'
import { orderedEvents } from '../caucus/caucus-log'
import { controlSchema } from '../schema'
import type { Meeting, MeetingState } from './types'

/**
 * The meetings the log describes, in order. Events that make no sense where they stand (a second start, a
 * resume without a pause: two devices of one mediator acting at once) are skipped, so the list is always sound.
 */
export function listMeetings(control: Y.Doc): Meeting[] {
  const out: Meeting[] = []
  let open: Meeting | null = null
  for (const e of orderedEvents(controlSchema(control).meetingLog.toArray())) {
    if (e.type === 'start' && open === null) {
      open = { number: out.length + 1, startedAt: e.at, endedAt: null, pauses: [], pausedAt: null }
      out.push(open)
    } else if (e.type === 'pause' && open !== null && open.pausedAt === null) {
      open.pausedAt = e.at
    } else if (e.type === 'resume' && open !== null && open.pausedAt !== null) {
      open.pauses.push({ from: open.pausedAt, to: e.at })
      open.pausedAt = null
    } else if (e.type === 'end' && open !== null) {
      if (open.pausedAt !== null) open.pauses.push({ from: open.pausedAt, to: e.at })
      open.pausedAt = null
      open.endedAt = e.at
      open = null
    }
  }
  return out
}

/** MEET-1/2: whether a meeting runs, is paused, or none does. */
export function meetingState(control: Y.Doc): MeetingState {
  const meetings = listMeetings(control)
  const last = meetings.at(-1)
  if (!last || last.endedAt !== null) {
    return { status: 'none', number: meetings.length, startedAt: null, pausedAt: null }
  }
  return {
    status: last.pausedAt === null ? 'running' : 'paused',
    number: last.number,
    startedAt: last.startedAt,
    pausedAt: last.pausedAt,
  }
}
