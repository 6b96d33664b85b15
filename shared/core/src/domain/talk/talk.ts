/** Talk time from the platform's speaking and mute reports, and interruptions of the floor. */
import type * as Y from 'yjs'
import type { SystemContext } from '../context'
import { check } from '../errors'
import { controlSchema, type SpeechEvent } from '../schema'
import { isSideMember } from '../session/access'
import { listSides } from '../session/session'
import { requireTime } from '../validate'
import { type MarkedStretch, markedStretches } from './speaker-marks'
import type { Interruption, TalkTime } from './types'

/** TALK-3: side talk needed before an imbalance is signalled. */
export const IMBALANCE_MIN_MS = 2 * 60 * 1000
/**
 * TALK-3: a side is under-heard below this fraction of its fair share (1/n of side talk, n = sides with a
 * member). 0.7 keeps the two-side signal where it was (a share under 35 %) and scales to any number of sides.
 */
export const UNDER_HEARD_FRACTION = 0.7

/** TALK-4/5: records that a participant started or stopped speaking; speaking over another's floor is an interruption. */
export function reportSpeaking(
  control: Y.Doc,
  report: { participantId: string; speaking: boolean; at: number },
  ctx: SystemContext,
): void {
  const event = checkReport(control, report.participantId, report.speaking, report.at, 'speaking')
  const s = controlSchema(control)
  const p = s.participants.get(report.participantId)
  const holder = s.floor.get('current')?.holderId
  const interrupts =
    report.speaking && p !== undefined && isSideMember(p.role) && holder !== undefined && holder !== p.id
  const muted = stateAt(s.speech.toArray(), report.participantId, report.at).muted
  control.transact(() => {
    s.speech.push([event])
    if (interrupts && !muted)
      s.interruptions.push([{ participantId: p.id, floorHolderId: holder, at: report.at }])
  }, ctx.origin)
}

/** TALK-1/5: records that a participant muted or unmuted. */
export function reportMuted(
  control: Y.Doc,
  report: { participantId: string; muted: boolean; at: number },
  ctx: SystemContext,
): void {
  const event = checkReport(control, report.participantId, report.muted, report.at, 'muted')
  control.transact(() => controlSchema(control).speech.push([event]), ctx.origin)
}

function checkReport(
  control: Y.Doc,
  participantId: string,
  value: unknown,
  at: unknown,
  kind: SpeechEvent['kind'],
) {
  check(
    controlSchema(control).participants.has(participantId),
    'TALK-5',
    `unknown participant ${participantId}`,
  )
  check(typeof value === 'boolean', 'TALK-5', `${kind} must be true or false`)
  return { participantId, kind, value, at: requireTime(at, 'at') }
}

/** The speaking and muted state of a participant just after time `at`. */
function stateAt(events: SpeechEvent[], participantId: string, at: number) {
  const state = { speaking: false, muted: false }
  for (const e of ordered(events.filter((e) => e.participantId === participantId))) {
    if (e.at > at) break
    state[e.kind] = e.value
  }
  return state
}

/** Events by time; equal times keep document order so a replayed log gives the same result everywhere. */
function ordered(events: SpeechEvent[]): SpeechEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e)
}

/** TALK-1: the unmuted speaking stretches [from, to) of one participant up to `now`. */
function spokenStretches(events: SpeechEvent[], now: number): [number, number][] {
  const out: [number, number][] = []
  let since: number | null = null
  const state = { speaking: false, muted: false }
  for (const e of ordered(events)) {
    if (e.at > now) break
    if (since !== null && e.at > since) out.push([since, e.at])
    state[e.kind] = e.value
    since = state.speaking && !state.muted ? e.at : null
  }
  if (since !== null && now > since) out.push([since, now])
  return out
}

/** How much of [from, to) the (disjoint) marked stretches cover. */
function coveredMs(from: number, to: number, marks: readonly MarkedStretch[]): number {
  let ms = 0
  for (const m of marks) ms += Math.max(0, Math.min(to, m.to) - Math.max(from, m.from))
  return ms
}

/**
 * TALK-1/2/3/8: talk time per participant and per side, each side's share and the imbalance signal. The
 * mediator's marks (TALK-8) count for the marked person and replace the reported or floor-measured time they
 * overlap: around one screen one person speaks at a time, and the mark is what the mediator saw.
 */
export function talkTime(control: Y.Doc, now: number): TalkTime {
  const s = controlSchema(control)
  const events = s.speech.toArray()
  const marks = markedStretches(control, now)
  const perParticipant: Record<string, number> = {}
  const perSide: Record<string, number> = {}
  const marked: Record<string, number> = {}
  const markedPerSide: Record<string, number> = {}
  for (const side of s.sides.keys()) {
    perSide[side] = 0
    markedPerSide[side] = 0
  }
  for (const p of s.participants.values()) {
    const reported = spokenStretches(
      events.filter((e) => e.participantId === p.id),
      now,
    ).reduce((sum, [from, to]) => sum + (to - from) - coveredMs(from, to, marks), 0)
    const mine = marks.reduce((sum, m) => (m.participantId === p.id ? sum + (m.to - m.from) : sum), 0)
    const ms = reported + mine
    perParticipant[p.id] = ms
    marked[p.id] = mine
    if (p.sideId !== null && p.sideId in perSide) {
      perSide[p.sideId] = (perSide[p.sideId] ?? 0) + ms
      markedPerSide[p.sideId] = (markedPerSide[p.sideId] ?? 0) + mine
    }
  }
  const totalSideMs = Object.values(perSide).reduce((a, b) => a + b, 0)
  const shares: Record<string, number> = {}
  if (totalSideMs > 0) for (const [id, ms] of Object.entries(perSide)) shares[id] = ms / totalSideMs
  const underHeard = underHeardSides(control, shares, totalSideMs)
  return {
    perParticipant,
    perSide,
    marked,
    markedPerSide,
    shares,
    totalSideMs,
    underHeard,
    imbalance: underHeard.length > 0,
  }
}

/** TALK-3: the sides with a member whose share is under UNDER_HEARD_FRACTION of the fair share, in side order. */
function underHeardSides(control: Y.Doc, shares: Record<string, number>, totalSideMs: number): string[] {
  const present = new Set<string>()
  for (const p of controlSchema(control).participants.values())
    if (p.sideId !== null && isSideMember(p.role)) present.add(p.sideId)
  const sides = listSides(control).flatMap((side) => (present.has(side.id) ? [side.id] : []))
  if (sides.length < 2 || totalSideMs < IMBALANCE_MIN_MS) return []
  const threshold = UNDER_HEARD_FRACTION / sides.length
  return sides.filter((id) => (shares[id] ?? 0) < threshold)
}

/** TALK-4: every recorded interruption, in time order. */
export function interruptions(control: Y.Doc): Interruption[] {
  return controlSchema(control)
    .interruptions.toArray()
    .map((i) => ({ ...i }))
    .sort((a, b) => a.at - b.at)
}
