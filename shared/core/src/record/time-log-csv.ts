/**
 * The time log as CSV, for the hourly-rate invoice and the mediator's register hours: one row per
 * interval (joint, or caucus with one side), then per meeting day and overall totals. `seconds` is exact
 * to the millisecond, so the rows add up to the domain's `timeLog` totals; `hours` is rounded for people.
 */
import type { Language, Side, TimeLog } from '../domain/types'
import { type CsvDialect, type CsvValue, toCsv } from './csv'
import { recordText, TIME_LOG_COLUMNS } from './labels'
import { DEFAULT_TIME_ZONE, localDate, localIso } from './time-format'

export interface TimeLogCsvInput {
  log: TimeLog
  sides: readonly Side[]
  language: Language
  timeZone?: string
  /** `nl` for Dutch Excel (semicolons, decimal comma, BOM), `intl` for RFC 4180 as written; default `intl`. */
  dialect?: CsvDialect
}

type Row = CsvValue[]

const seconds = (ms: number) => ({ value: ms / 1000, digits: 3 })
const hours = (ms: number) => ({ value: ms / 3_600_000, digits: 2 })

/** Renders the time log as a CSV document (text/csv) in the chosen dialect. */
export function timeLogCsv({
  log,
  sides,
  language,
  timeZone = DEFAULT_TIME_ZONE,
  dialect = 'intl',
}: TimeLogCsvInput): string {
  const t = recordText(language)
  // A caucus interval in 'main' is the mediator back in the main room while the sides are still apart.
  const sideName = (id: string) =>
    id === 'main' ? t('timeLog.mainRoom') : (sides.find((s) => s.id === id)?.name ?? id)
  const intervals = [...log.intervals].sort((a, b) => a.from - b.from)
  const rows: Row[] = [TIME_LOG_COLUMNS.map((c) => t(`timeLog.header.${c}`))]
  const perDay = new Map<string, Map<string, number>>()
  for (const iv of intervals) {
    const day = localDate(iv.from, timeZone)
    const side = iv.kind === 'caucus' ? sideName(iv.room) : ''
    const ms = iv.to - iv.from
    rows.push([
      t('timeLog.interval'),
      day,
      t(`timeLog.${iv.kind}`),
      side,
      localIso(iv.from, timeZone),
      localIso(iv.to, timeZone),
      seconds(ms),
      hours(ms),
    ])
    const key = iv.kind === 'caucus' ? `caucus:${iv.room}` : 'joint'
    const totals = perDay.get(day) ?? new Map<string, number>()
    totals.set(key, (totals.get(key) ?? 0) + ms)
    perDay.set(day, totals)
  }
  for (const [day, totals] of perDay) {
    for (const [key, ms] of totals) rows.push(totalRow(t('timeLog.dayTotal'), day, key, ms))
  }
  rows.push(totalRow(t('timeLog.total'), '', 'joint', log.jointMs))
  for (const side of Object.keys(log.caucusPerSideMs).sort()) {
    rows.push(totalRow(t('timeLog.total'), '', `caucus:${side}`, log.caucusPerSideMs[side] ?? 0))
  }
  const perSide = Object.values(log.caucusPerSideMs).reduce((a, b) => a + b, 0)
  if (log.caucusMs !== perSide)
    rows.push(totalRow(t('timeLog.total'), '', 'caucus:main', log.caucusMs - perSide))
  rows.push([
    t('timeLog.total'),
    '',
    t('timeLog.allCaucus'),
    '',
    '',
    '',
    seconds(log.caucusMs),
    hours(log.caucusMs),
  ])
  const all = log.jointMs + log.caucusMs
  rows.push([t('timeLog.total'), '', t('timeLog.all'), '', '', '', seconds(all), hours(all)])
  return toCsv(rows, dialect)

  function totalRow(record: string, day: string, key: string, ms: number): Row {
    const isCaucus = key.startsWith('caucus:')
    const side = isCaucus ? sideName(key.slice('caucus:'.length)) : ''
    return [
      record,
      day,
      isCaucus ? t('timeLog.caucus') : t('timeLog.joint'),
      side,
      '',
      '',
      seconds(ms),
      hours(ms),
    ]
  }
}
