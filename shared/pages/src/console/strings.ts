/** The console's translate function; `{x}` placeholders are filled as plain text (rendered as text, never HTML). */
import { LOCALES, type Translate, textIn } from '@mediation/core/i18n'
import type { Language } from '@mediation/protocol'
import { type ConsoleKey, en } from './strings-en'
import { nl } from './strings-nl'

export type { ConsoleKey }
export type ConsoleText = Translate<ConsoleKey>

/** The console text for `lang`. */
export function consoleText(lang: Language): ConsoleText {
  return textIn(lang, { nl, en })
}

/** A date and time in the reader's language. */
export function when(iso: string, lang: Language): string {
  return new Date(iso).toLocaleString(LOCALES[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}
