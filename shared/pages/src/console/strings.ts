/** The console's translate function; `{x}` placeholders are filled as plain text (rendered as text, never HTML). */
import { LOCALES, type Translate, textIn } from '@mediation/core/i18n'
import type { Language, SessionKind } from '@mediation/protocol'
import { coachingEn, coachingNl } from './strings-coaching'
import { type ConsoleKey, en } from './strings-en'
import { nl } from './strings-nl'

export type { ConsoleKey }
export type ConsoleText = Translate<ConsoleKey>

const DICTS = {
  mediation: { nl, en },
  coaching: { nl: { ...nl, ...coachingNl }, en: { ...en, ...coachingEn } },
} as const

/** The console text for `lang`; with a coaching session open, in the coach's and the client's words. */
export function consoleText(lang: Language, kind: SessionKind = 'mediation'): ConsoleText {
  return textIn(lang, DICTS[kind])
}

/** A date and time in the reader's language. */
export function when(iso: string, lang: Language): string {
  return new Date(iso).toLocaleString(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}
