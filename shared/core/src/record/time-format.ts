/** Dates and times in the session record: local wall-clock time of the practice, with the UTC offset. */
import type { Language } from '../domain/types'
import { LOCALES } from '../i18n/translate'

/** The practice is Dutch; a deployment elsewhere passes its own zone. */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam'

function parts(ms: number, timeZone: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  })
  const out: Record<string, string> = {}
  for (const p of fmt.formatToParts(new Date(ms))) out[p.type] = p.value
  return out
}

/** `2026-11-27T10:15:00+01:00`: ISO 8601 in local time, unambiguous for a machine and readable for a person. */
export function localIso(ms: number, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(ms, timeZone)
  const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00'
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`
}

/** `2026-11-27`: the local calendar date, which names a meeting in the time log. */
export function localDate(ms: number, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(ms, timeZone)
  return `${p.year}-${p.month}-${p.day}`
}

/** A human date and time in the session language, e.g. `27 november 2026 10:15`. */
export function humanDateTime(ms: number, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(ms))
}

/** A human date in the session language. */
export function humanDate(ms: number, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone,
    dateStyle: 'long',
  }).format(new Date(ms))
}
