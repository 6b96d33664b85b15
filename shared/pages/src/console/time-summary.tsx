/** The time so far (TIME-1/4): contact and non-contact totals, each kind, and a line per meeting. */
import type { Language, Side } from '@mediation/core/domain'
import type { TimeSummary } from '@mediation/protocol'
import type { ConsoleKey, ConsoleText } from './strings'
import { when } from './strings'

/** Whole minutes as h:mm in the reader's words ("1:05 uur"). */
export function hours(ms: number, t: ConsoleText): string {
  const min = Math.round(ms / 60_000)
  return t('timeHours', { h: Math.floor(min / 60), mm: String(min % 60).padStart(2, '0') })
}

export interface TimeSummaryProps {
  summary: TimeSummary
  sides: readonly Side[]
  lang: Language
  t: ConsoleText
  /** No "mediator alone during a caucus" row in coaching (COACH-1). */
  coaching?: boolean
}

export function TimeSummaryView({ summary, sides, lang, t, coaching = false }: TimeSummaryProps) {
  const x = summary.totals
  const rows: [string, number, string][] = [
    [t('timeContact'), x.contactMs, 'contact'],
    [t('timeNonContact'), x.nonContactMs, 'non-contact'],
    [t('timeIntake'), x.intakeMs, 'intake'],
    [t('timeJoint'), x.jointMs, 'joint'],
    ...sides.map((s): [string, number, string] => [
      t('timeCaucus', { side: s.name }),
      x.caucusPerSideMs[s.id] ?? 0,
      `caucus-${s.id}`,
    ]),
    ...(coaching ? [] : [[t('timeAlone'), x.aloneMs, 'alone'] as [string, number, string]]),
    [t('timePause'), x.pauseMs, 'pause'],
    [t('timeManualContact'), x.manualContactMs, 'manual-contact'],
    [t('timeManualNonContact'), x.manualNonContactMs, 'manual-non-contact'],
  ]
  const key = (running: boolean): ConsoleKey => (running ? 'timeMeetingRunning' : 'timeMeeting')
  return (
    <div class="time-summary">
      <dl class="time-totals" data-testid="time-totals">
        {rows.map(([label, ms, id]) => (
          <div key={id} class={id === 'contact' ? 'time-row time-row-main' : 'time-row'}>
            <dt>{label}</dt>
            <dd data-testid={`time-${id}`}>{hours(ms, t)}</dd>
          </div>
        ))}
      </dl>
      <p class="hint hint-muted">{t('timeMeetings', { n: summary.meetings.length })}</p>
      <ul class="time-meetings" data-testid="time-meetings">
        {summary.meetings.map((m) => (
          <li key={m.number}>
            {t(key(m.endedAt === null), {
              n: m.number,
              when: when(new Date(m.startedAt).toISOString(), lang),
              contact: hours(m.totals.contactMs, t),
            })}
          </li>
        ))}
      </ul>
    </div>
  )
}
