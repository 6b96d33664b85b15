/**
 * The upcoming planned meetings under readiness: times, kinds and the mediator's short notes, no content, so
 * the secretariat sees it beside readiness. Times are Amsterdam time (the product's sessions are held there),
 * in the reader's language.
 */

import type { Language } from '@mediation/core/domain'
import { LOCALES } from '@mediation/core/i18n'
import type { MeetingKind, PlannedMeeting, SessionKind } from '@mediation/protocol'
import { type PageKey, pageText } from './strings'

const KIND_KEY: Record<MeetingKind, PageKey> = {
  intake: 'meetingIntake',
  practice: 'meetingPractice',
  joint: 'meetingJoint',
  caucus: 'meetingCaucus',
  closing: 'meetingClosing',
}

export interface ScheduleListProps {
  schedule: PlannedMeeting[]
  lang: Language
  /** A coaching session's meetings are coaching sessions (COACH-5). */
  kind?: SessionKind
  /** The clock, for tests; a meeting still running counts as upcoming. */
  now?: number
}

export function ScheduleList({ schedule, lang, kind, now = Date.now() }: ScheduleListProps) {
  const t = pageText(lang, kind)
  const format = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  })
  const upcoming = schedule
    .filter((m) => Date.parse(m.startsAt) + m.durationMin * 60_000 > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  return (
    <div class="schedule-list" data-testid="schedule-list">
      <h4 class="section-title">{t('schedule')}</h4>
      {upcoming.length === 0 ? (
        <p class="hint hint-muted" data-testid="schedule-none">
          {t('scheduleNone')}
        </p>
      ) : (
        <ul>
          {upcoming.map((m) => (
            <li key={m.id} data-testid="schedule-item" data-kind={m.kind}>
              <strong>{format.format(new Date(m.startsAt))}</strong> · {t(KIND_KEY[m.kind])} ·{' '}
              {t('scheduleMinutes', { n: m.durationMin })}
              {m.note ? <span class="schedule-note"> — {m.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p class="hint hint-muted">{t('scheduleZone')}</p>
    </div>
  )
}
