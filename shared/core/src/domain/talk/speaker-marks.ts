/**
 * TALK-8: in a meeting around one screen (the standalone page, no speaker detection) the mediator marks who speaks
 * now with one tap. The mark is the mediator's command, applied by the server with its own clock, so a mark is
 * never dated by a client; it lasts until the next mark or a stop, at most MARK_MAX_MS.
 */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { controlSchema, type SpeakerMark, speakerMarksSchema } from '../schema'
import { requireTime } from '../validate'

/** TALK-8: a mark nobody ended counts at most this long (a forgotten tap does not run on for the whole session). */
export const MARK_MAX_MS = 10 * 60 * 1000
/** TALK-8: marks a session keeps at most (each is one tap; the command budget bounds the rate). */
export const MAX_SPEAKER_MARKS = 2000

/** One stretch of marked speaking: [from, to) on the server's clock. */
export interface MarkedStretch {
  participantId: string
  from: number
  to: number
}

/** Marks by time; equal times keep document order so every replica reads a merge alike. */
function orderedMarks(control: Y.Doc): SpeakerMark[] {
  return speakerMarksSchema(control)
    .speakerMarks.toArray()
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.at - b.m.at || a.i - b.i)
    .map(({ m }) => m)
}

/** TALK-8: every marked stretch up to `now`: a mark runs to the next one, to MARK_MAX_MS, or to now. */
export function markedStretches(control: Y.Doc, now: number): MarkedStretch[] {
  const marks = orderedMarks(control)
  const out: MarkedStretch[] = []
  marks.forEach((m, i) => {
    if (m.participantId === null || m.at >= now) return
    const next = marks[i + 1]?.at ?? Number.POSITIVE_INFINITY
    const to = Math.min(next, m.at + MARK_MAX_MS, now)
    if (to > m.at) out.push({ participantId: m.participantId, from: m.at, to })
  })
  return out
}

/** TALK-8: who is marked as speaking at `now`, and since when; null when nobody is (or the mark lapsed). */
export function currentMark(control: Y.Doc, now: number): { participantId: string; since: number } | null {
  const last = orderedMarks(control)
    .filter((m) => m.at <= now)
    .at(-1)
  if (!last || last.participantId === null || now - last.at >= MARK_MAX_MS) return null
  return { participantId: last.participantId, since: last.at }
}

/**
 * TALK-8: the mediator marks `participantId` as speaking now (null: nobody). Marking whoever is marked already, or
 * nobody while nobody is, changes nothing.
 */
export function markSpeaker(
  control: Y.Doc,
  input: { participantId: string | null },
  ctx: CommandContext,
): void {
  const { actor, now } = ctx
  requireTime(now, 'now')
  check(actor.role === 'mediator', 'TALK-8', 'only the mediator marks who is speaking')
  const { participantId } = input
  if (participantId !== null) {
    const p = controlSchema(control).participants.get(participantId)
    check(p !== undefined, 'TALK-8', `unknown participant ${participantId}`)
    // TALK-6: the secretariat is not in the meeting.
    check(p.role !== 'secretariat', 'TALK-8', 'the secretariat is not in the meeting')
  }
  if ((currentMark(control, now)?.participantId ?? null) === participantId) return
  const { speakerMarks } = speakerMarksSchema(control)
  check(speakerMarks.length < MAX_SPEAKER_MARKS, 'TALK-8', 'this session has no room for more marks')
  control.transact(() => speakerMarks.push([{ participantId, at: now, by: actor.participantId }]), ctx.origin)
}
