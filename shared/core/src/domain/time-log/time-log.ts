/**
 * The time log for billing and the register, from the meeting, phase and caucus logs: only time inside a meeting
 * and outside its pauses counts (TIME-1); manual entries (kept on the server, TIME-4) are added to the totals.
 */
import type * as Y from 'yjs'
import { caucusSegments, orderedEvents } from '../caucus/caucus-log'
import { listMeetings } from '../meeting/meeting-log'
import type { Meeting, Span } from '../meeting/types'
import type { Phase } from '../phase/types'
import { controlSchema } from '../schema'
import type { ManualEntry, MeetingTimes, TimeInterval, TimeKind, TimeLog, TimeTotals } from './types'

const KIND_OF_PHASE: Partial<Record<Phase, TimeKind>> = {
  intake: 'intake',
  opening: 'joint',
  joint: 'joint',
  closing: 'joint',
  // Aftercare (nazorg) meetings are joint talks again (PHASE-8).
  aftercare: 'joint',
}

interface Segment extends Span {
  kind: TimeKind
  room: string
  sides: string[]
}

/** Where the mediator was, all session long: phases outside a caucus, the caucus log inside one. */
function segments(control: Y.Doc, now: number): Segment[] {
  const s = controlSchema(control)
  const changes = orderedEvents(s.phaseLog.toArray())
  // Before the first change the session is in intake (SESSION-1).
  const phases = [{ to: 'intake' as Phase, at: 0 }, ...changes]
  const out: Segment[] = []
  phases.forEach((c, i) => {
    const to = phases[i + 1]?.at ?? now
    const kind = KIND_OF_PHASE[c.to]
    if (kind && to > c.at) out.push({ kind, room: 'main', sides: [], from: c.at, to })
  })
  for (const seg of caucusSegments(s.caucusLog.toArray(), now)) {
    out.push({ kind: seg.room === 'main' ? 'alone' : 'caucus', ...seg })
  }
  return out
}

/** The meeting's time outside its pauses (an open meeting or pause runs until `now`). */
function activeSpans(m: Meeting, now: number): { active: Span[]; pauses: Span[] } {
  const end = m.endedAt ?? now
  const pauses = [...m.pauses, ...(m.pausedAt === null ? [] : [{ from: m.pausedAt, to: now }])]
  const active: Span[] = []
  let from = m.startedAt
  for (const p of pauses) {
    if (p.from > from) active.push({ from, to: Math.min(p.from, end) })
    from = Math.max(from, p.to)
  }
  if (end > from) active.push({ from, to: end })
  return { active, pauses: pauses.filter((p) => p.to > p.from) }
}

const zero = (): TimeTotals => ({
  contactMs: 0,
  nonContactMs: 0,
  intakeMs: 0,
  jointMs: 0,
  caucusMs: 0,
  caucusPerSideMs: {},
  aloneMs: 0,
  pauseMs: 0,
  manualContactMs: 0,
  manualNonContactMs: 0,
})

function add(t: TimeTotals, iv: TimeInterval): void {
  const ms = iv.to - iv.from
  if (iv.kind === 'intake') t.intakeMs += ms
  else if (iv.kind === 'joint') t.jointMs += ms
  else if (iv.kind === 'alone') t.aloneMs += ms
  else if (iv.kind === 'pause') t.pauseMs += ms
  else {
    t.caucusMs += ms
    // CAUCUS-11: time in a shared room counts in full for every side in it (the caucus total counts it once).
    for (const side of iv.sides ?? [iv.room]) t.caucusPerSideMs[side] = (t.caucusPerSideMs[side] ?? 0) + ms
  }
  if (iv.contact) t.contactMs += ms
  else if (iv.kind === 'alone') t.nonContactMs += ms
}

/** TIME-1: the meeting's intervals: where the mediator was while it ran, and its pauses. */
function meetingIntervals(m: Meeting, segs: readonly Segment[], now: number): TimeInterval[] {
  const { active, pauses } = activeSpans(m, now)
  const out: TimeInterval[] = []
  for (const span of active) {
    for (const seg of segs) {
      const from = Math.max(span.from, seg.from)
      const to = Math.min(span.to, seg.to)
      if (to <= from) continue
      const { kind, room, sides } = seg
      out.push({
        kind,
        room,
        ...(kind === 'caucus' ? { sides } : {}),
        meeting: m.number,
        from,
        to,
        contact: kind !== 'alone',
      })
    }
  }
  for (const p of pauses) out.push({ kind: 'pause', room: 'main', meeting: m.number, ...p, contact: false })
  return out.sort((a, b) => a.from - b.from || a.to - b.to)
}

/**
 * TIME-1/4: contact and non-contact time per meeting and overall, with the intervals; `manual` are the
 * mediator's own entries (preparation, drafting, calls), which the server keeps outside the documents.
 */
export function timeLog(control: Y.Doc, now: number, manual: readonly ManualEntry[] = []): TimeLog {
  const segs = segments(control, now)
  const meetings = listMeetings(control)
  const intervals: TimeInterval[] = []
  const perMeeting: MeetingTimes[] = []
  const totals = zero()
  for (const m of meetings) {
    const list = meetingIntervals(m, segs, now)
    const own = zero()
    for (const iv of list) {
      add(own, iv)
      add(totals, iv)
    }
    intervals.push(...list)
    perMeeting.push({ number: m.number, startedAt: m.startedAt, endedAt: m.endedAt, totals: own })
  }
  for (const e of manual) {
    const ms = e.minutes * 60_000
    if (e.contact) {
      totals.manualContactMs += ms
      totals.contactMs += ms
    } else {
      totals.manualNonContactMs += ms
      totals.nonContactMs += ms
    }
  }
  return {
    intervals,
    meetings: perMeeting,
    manual: [...manual].sort((a, b) => a.date.localeCompare(b.date)),
    totals,
    firstMeetingAt: meetings[0]?.startedAt ?? null,
    lastMeetingAt: meetings.at(-1)?.startedAt ?? null,
  }
}
