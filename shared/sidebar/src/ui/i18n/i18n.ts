import { type Translate as CoreTranslate, LOCALES, type Message, translator } from '@mediation/core/i18n'
import type { Language } from '@mediation/protocol'
import type { MessageKey } from './en'

export type { MessageKey }
export { translator }
export type Translate = CoreTranslate<MessageKey>
/** A language's messages: text, or `{one, other}` forms picked by the `n` variable. */
export type Dictionary = Record<MessageKey, Message>

// Each language is its own chunk: a sidebar downloads only the one it shows.
const LOADERS: Record<Language, () => Promise<Dictionary>> = {
  en: () => import('./en').then((m) => m.en),
  nl: () => import('./nl').then((m) => m.nl),
}

/** Loads one language's dictionary. */
export function loadDictionary(lang: Language): Promise<Dictionary> {
  return LOADERS[lang]()
}

/** Loads one language's dictionary and returns its translate function. */
export async function loadTranslator(lang: Language): Promise<Translate> {
  return translator(lang, await LOADERS[lang]())
}

/** Picks nl or en from a language tag list (browser or meeting language); English otherwise. */
export function pickLanguage(tags: readonly (string | undefined | null)[]): Language {
  for (const tag of tags) {
    const t = tag?.toLowerCase() ?? ''
    if (t.startsWith('nl')) return 'nl'
    if (t.startsWith('en')) return 'en'
  }
  return 'en'
}

/** Formats milliseconds as m:ss (or h:mm:ss). */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const ss = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/** Formats an epoch time as a local clock time (12:34). */
export function formatClock(at: number, lang: Language): string {
  return new Date(at).toLocaleTimeString(LOCALES[lang], {
    hour: '2-digit',
    minute: '2-digit',
  })
}

/** Joins names as a sentence list in the language ("A, B en C" / "A, B and C"). */
export function formatList(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items)
}
