/** The schedule editor's rows: what the form holds, and the conversions between form and wire. */
import type { MeetingKind, PlannedMeeting } from '@mediation/protocol'

export const MEETING_KINDS: MeetingKind[] = ['intake', 'practice', 'joint', 'caucus', 'closing']

/** One row as edited: the start as a `datetime-local` value (the mediator's own clock), the rest as typed. */
export interface ScheduleRow {
  id: string
  start: string
  duration: string
  kind: MeetingKind
  note: string
}

const pad = (n: number) => String(n).padStart(2, '0')

/** ISO instant → `YYYY-MM-DDTHH:mm` in the browser's time zone (what `datetime-local` shows). */
export function toLocalInput(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function toRow(m: PlannedMeeting): ScheduleRow {
  return {
    id: m.id,
    start: toLocalInput(m.startsAt),
    duration: String(m.durationMin),
    kind: m.kind,
    note: m.note ?? '',
  }
}

/** A new row: tomorrow 10:00 local, one hour, a joint meeting. */
export function newRow(now = new Date()): ScheduleRow {
  const d = new Date(now)
  d.setDate(d.getDate() + 1)
  d.setHours(10, 0, 0, 0)
  const id = `m${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  return { id, start: toLocalInput(d.toISOString()), duration: '60', kind: 'joint', note: '' }
}

/**
 * Form rows → wire meetings. An unreadable start or duration is passed on as the server would see it wrong
 * (empty string, NaN → null) so the server's own 400 names the field; only a missing start is caught here,
 * by row number, because `datetime-local` cannot say it in words.
 */
export function toMeetings(rows: ScheduleRow[]): { meetings: PlannedMeeting[]; missingStart: number } {
  const missing = rows.findIndex((r) => !r.start || Number.isNaN(new Date(r.start).getTime()))
  const meetings = rows.map((r) => {
    const note = r.note.trim()
    return {
      id: r.id,
      // A datetime-local value without offset is read as local time, which is what the mediator typed.
      startsAt: r.start ? new Date(r.start).toISOString() : '',
      durationMin: Number(r.duration),
      kind: r.kind,
      ...(note ? { note } : {}),
    }
  })
  return { meetings, missingStart: missing }
}
