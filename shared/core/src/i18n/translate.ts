/**
 * The one translate mechanism of every page and plugin: a dictionary per language with typed keys, `{name}`
 * placeholders filled as plain text (pages render it as text, never as HTML), and plural forms chosen by
 * `Intl.PluralRules` from the `n` variable.
 */
import type { Language } from '../domain/types'

/** Plural forms of a message; `Intl.PluralRules` picks one from `vars.n` (Dutch and English need two). */
export interface Plural {
  one: string
  other: string
}

/** A message: text with `{name}` placeholders, or its plural forms. */
export type Message = string | Plural

/** A dictionary: every key of `K` has its message. */
export type Dictionary<K extends string> = Record<K, Message>

/** Looks a key up and fills its placeholders. */
export type Translate<K extends string> = (key: K, vars?: Record<string, string | number>) => string

/** The locale each language formats and pluralises with. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' }

/** Fills `{name}` placeholders from `vars` as plain text; unknown placeholders stay as they are. */
export function fill(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m))
}

/** The translate function over `dict` in `lang`. */
export function translator<K extends string>(lang: Language, dict: Dictionary<K>): Translate<K> {
  const rules = new Intl.PluralRules(LOCALES[lang])
  return (key, vars) => {
    const message = dict[key]
    if (typeof message === 'string') return fill(message, vars)
    const form = rules.select(Number(vars?.n ?? 0)) === 'one' ? message.one : message.other
    return fill(form, vars)
  }
}

/** The translate function for `lang` from a dictionary per language. */
export function textIn<K extends string>(
  lang: Language,
  dicts: Record<Language, Dictionary<K>>,
): Translate<K> {
  return translator(lang, dicts[lang])
}
