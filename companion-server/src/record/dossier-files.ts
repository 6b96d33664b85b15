/**
 * The dossier's own records (RETAIN-1): the intake answers and the time sheet with the claim fields, as JSON a
 * practice's administration or a later reader parses. The safety screening is never among them (SAFETY-2): only
 * answers to the session's current questions that are not screening questions are written, so neither a
 * screening answer nor one to a question removed since can slip in.
 */
import { ending, timeLog } from '@mediation/core/domain'
import { defaultIntakeQuestions, isSafetyQuestion } from '@mediation/core/prep'
import type { PrepStore } from '../prep/store'
import type { SessionRecord } from '../store/meta-types'
import type { Rooms } from '../sync/rooms'
import { loadTimesheet } from '../timesheet/routes'

const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : new Date(ms).toISOString()

/** intake.json: every non-screening question (labels in both languages) and each participant's answers to them. */
export async function intakeExport(prep: PrepStore, session: SessionRecord) {
  const d = await prep.load(session.id)
  const questions = (d?.questions ?? defaultIntakeQuestions(session.kind)).filter((q) => !isSafetyQuestion(q))
  const asked = new Set(questions.map((q) => q.id))
  return {
    format: 'mediation-intake',
    version: 1,
    session: { id: session.id, title: session.title },
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      label: q.label,
      ...(q.options ? { options: q.options.map((o) => ({ id: o.id, label: o.label })) } : {}),
    })),
    participants: Object.values(d?.intake ?? {}).map((r) => {
      const p = session.participants.find((x) => x.id === r.participantId)
      return {
        participantId: r.participantId,
        name: p?.name ?? '',
        role: p?.role ?? null,
        sideId: p?.sideId ?? null,
        submittedAt: r.submittedAt,
        answers: Object.fromEntries(Object.entries(r.answers).filter(([id]) => asked.has(id))),
      }
    }),
  }
}

/**
 * timesheet.json: what the register and a claim ask for (TIME-6) — the mediator and register number, the claim
 * fields (legal-aid and insurer file numbers, insurer, werkveld, co-mediator), first and last meeting, the ending's
 * outcome and date, the manual entries, and the totals per meeting and overall (milliseconds).
 */
export async function timesheetExport(
  prep: PrepStore,
  rooms: Rooms,
  session: SessionRecord,
  mediator: { name: string; registerNumber: string },
  now: number,
) {
  const sheet = await loadTimesheet(prep, session.id)
  return rooms.withDocs([`${session.id}/control`], ([control]) => {
    const log = timeLog(control!, now, sheet.entries)
    const ended = ending(control!)
    return {
      format: 'mediation-timesheet',
      version: 1,
      session: { id: session.id, title: session.title },
      mediator,
      claim: sheet.claim,
      firstMeeting: iso(log.firstMeetingAt),
      lastMeeting: iso(log.lastMeetingAt),
      outcome: ended?.outcome ?? null,
      endedAt: iso(ended?.at),
      manualEntries: sheet.entries,
      totals: log.totals,
      meetings: log.meetings.map(({ number, startedAt, endedAt, totals }) => ({
        number,
        startedAt: iso(startedAt),
        endedAt: iso(endedAt),
        totals,
      })),
    }
  })
}
