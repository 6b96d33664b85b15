import { LOCALES } from '@mediation/core/i18n'
import type { Language } from '@mediation/protocol'

/** A due date (YYYY-MM-DD) as the reader's language writes it, read as a calendar day (no time zone shift). */
export function dueDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).toLocaleDateString(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
}

/** True when an open action point's due date (YYYY-MM-DD) lies before `today` (the reader's calendar day). */
export function isOverdue(due: string | null, done: boolean, today: Date): boolean {
  if (!due || done) return false
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`
  return due < day
}
