/**
 * The time log as CSV, for the hourly-rate invoice, a legal-aid or insurer claim and the mediator's register
 * hours (TIME-6): the claim fields first, then one row per interval and per manual entry, each meeting's totals
 * and the overall totals. `seconds` is exact to the millisecond, so the rows add up to the domain's `timeLog`
 * totals; `hours` is rounded for people.
 */
import type { ClaimFields, EndingOutcome, Language, Side, TimeLog, TimeTotals } from '../domain/types'
import { type CsvDialect, type CsvValue, toCsv } from './csv'
import { type RecordKey, recordText, TIME_LOG_COLUMNS } from './labels'
import { DEFAULT_TIME_ZONE, localDate, localIso } from './time-format'

export interface TimeLogCsvInput {
  log: TimeLog
  sides: readonly Side[]
  language: Language
  /** The mediator's claim fields (TIME-5), kept on the server. */
  claim: ClaimFields
  /** The mediator's name and MfN register number, from their practice profile ('' while not entered). */
  mediator?: { name: string; registerNumber: string }
  /** How the session ended (PHASE-5, the latest ending); null or left out while it has not ended. */
  outcome?: EndingOutcome | null
  timeZone?: string
  /** `nl` for Dutch Excel (semicolons, decimal comma, BOM), `intl` for RFC 4180 as written; default `intl`. */
  dialect?: CsvDialect
}

type Row = CsvValue[]

const seconds = (ms: number) => ({ value: ms / 1000, digits: 3 })
const hours = (ms: number) => ({ value: ms / 3_600_000, digits: 2 })
const CLAIM_KEYS = ['legalAidNumber', 'insurer', 'insurerFileNumber', 'field', 'coMediator'] as const

/** Renders the time log as a CSV document (text/csv) in the chosen dialect. */
export function timeLogCsv(input: TimeLogCsvInput): string {
  const { log, sides, language, claim, outcome = null } = input
  const { timeZone = DEFAULT_TIME_ZONE, dialect = 'intl' } = input
  const t = recordText(language)
  // A caucus interval in 'main' is the mediator back in the joint room while the sides are still apart.
  const sideName = (id: string) =>
    id === 'main' ? t('timeLog.mainRoom') : (sides.find((s) => s.id === id)?.name ?? id)
  const yesNo = (contact: boolean) => t(contact ? 'timeLog.yes' : 'timeLog.no')
  const day = (ms: number | null) => (ms === null ? '' : localDate(ms, timeZone))
  const claimRow = (key: RecordKey, value: string): Row => [
    t('timeLog.claim'),
    '',
    '',
    t(key),
    '',
    '',
    '',
    '',
    '',
    '',
    value,
  ]
  const rows: Row[] = [TIME_LOG_COLUMNS.map((c) => t(`timeLog.header.${c}`))]
  rows.push(claimRow('timeLog.claim.mediator', input.mediator?.name ?? ''))
  rows.push(claimRow('timeLog.claim.registerNumber', input.mediator?.registerNumber ?? ''))
  for (const key of CLAIM_KEYS) {
    const value = key === 'field' ? (claim.field ? t(`timeLog.field.${claim.field}`) : '') : claim[key]
    rows.push(claimRow(`timeLog.claim.${key}`, value))
  }
  rows.push(claimRow('timeLog.claim.firstMeeting', day(log.firstMeetingAt)))
  rows.push(claimRow('timeLog.claim.lastMeeting', day(log.lastMeetingAt)))
  rows.push(claimRow('timeLog.claim.outcome', outcome ? t(`timeLog.outcome.${outcome}`) : ''))
  for (const iv of [...log.intervals].sort((a, b) => a.from - b.from)) {
    const ms = iv.to - iv.from
    // A shared caucus room (CAUCUS-11) names each of its sides.
    const side =
      iv.kind === 'caucus'
        ? (iv.sides ?? [iv.room]).map(sideName).join(' + ')
        : iv.kind === 'alone'
          ? sideName(iv.room)
          : ''
    rows.push([
      t('timeLog.interval'),
      iv.meeting,
      day(iv.from),
      t(`timeLog.${iv.kind}`),
      side,
      localIso(iv.from, timeZone),
      localIso(iv.to, timeZone),
      yesNo(iv.contact),
      seconds(ms),
      hours(ms),
      '',
    ])
  }
  for (const e of log.manual) {
    const ms = e.minutes * 60_000
    const kind = t(`timeLog.manual.${e.kind}`)
    rows.push([
      t('timeLog.manual'),
      '',
      e.date,
      kind,
      '',
      '',
      '',
      yesNo(e.contact),
      seconds(ms),
      hours(ms),
      e.note,
    ])
  }
  for (const m of log.meetings)
    rows.push(...totals(t('timeLog.meetingTotal'), m.number, day(m.startedAt), m.totals, false))
  rows.push(...totals(t('timeLog.total'), '', '', log.totals, true))
  return toCsv(rows, dialect)

  /** Contact first, then each kind; overall also non-contact, all caucus sides and the manual entries. */
  function totals(
    record: string,
    meeting: number | '',
    date: string,
    x: TimeTotals,
    overall: boolean,
  ): Row[] {
    const row = (kind: string, side: string, ms: number): Row => [
      record,
      meeting,
      date,
      kind,
      side,
      '',
      '',
      '',
      seconds(ms),
      hours(ms),
      '',
    ]
    const out: Row[] = [row(t('timeLog.contactTime'), '', x.contactMs)]
    if (overall) out.push(row(t('timeLog.nonContactTime'), '', x.nonContactMs))
    out.push(row(t('timeLog.intake'), '', x.intakeMs), row(t('timeLog.joint'), '', x.jointMs))
    for (const side of sides) {
      const ms = x.caucusPerSideMs[side.id]
      if (ms !== undefined) out.push(row(t('timeLog.caucus'), sideName(side.id), ms))
    }
    // Rooms of sides no longer listed still count, under their id.
    for (const [id, ms] of Object.entries(x.caucusPerSideMs)) {
      if (!sides.some((s) => s.id === id)) out.push(row(t('timeLog.caucus'), sideName(id), ms))
    }
    if (overall) out.push(row(t('timeLog.allCaucus'), '', x.caucusMs))
    out.push(
      row(t('timeLog.alone'), t('timeLog.mainRoom'), x.aloneMs),
      row(t('timeLog.pause'), '', x.pauseMs),
    )
    if (overall) {
      out.push(row(t('timeLog.manualContact'), '', x.manualContactMs))
      out.push(row(t('timeLog.manualNonContact'), '', x.manualNonContactMs))
    }
    return out
  }
}
