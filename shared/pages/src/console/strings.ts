/** The console's translate function; `{x}` placeholders are filled as plain text (rendered as text, never HTML). */
import type { Language } from '@mediation/protocol'
import { type ConsoleKey, en } from './strings-en'
import { nl } from './strings-nl'

export type { ConsoleKey }
export type ConsoleText = (key: ConsoleKey, vars?: Record<string, string | number>) => string

/** The console text for `lang`. */
export function consoleText(lang: Language): ConsoleText {
  const dict: Record<ConsoleKey, string> = lang === 'nl' ? nl : en
  return (key, vars) => {
    const text = dict[key]
    return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text
  }
}

/** A date and time in the reader's language. */
export function when(iso: string, lang: Language): string {
  return new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
}
