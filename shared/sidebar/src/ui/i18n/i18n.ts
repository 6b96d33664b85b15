import { type Translate as CoreTranslate, LOCALES, type Message, translator } from '@mediation/core/i18n'
import type { Language, SessionKind } from '@mediation/protocol'
import type { CoachingKey, CoachingPlanKey } from './coaching-en'
import type { AgreementWordsKey, BaseKey, MessageKey, RefusalKey } from './en'
import type { JoinKey } from './join-en'

export type { MessageKey }
export { translator }
export type Translate = CoreTranslate<MessageKey>
/** A language's messages: text, or `{one, other}` forms picked by the `n` variable. */
export type Dictionary = Record<MessageKey, Message>

// Each language is its own chunk: a sidebar downloads only the one it shows. Its refusal sentences are another
// chunk, fetched at the same time but not waited for: nothing is refused before the first render.
const LOADERS: Record<Language, () => Promise<Record<BaseKey, Message>>> = {
  en: () => import('./en').then((m) => m.en),
  nl: () => import('./nl').then((m) => m.nl),
}
const REFUSALS: Record<Language, () => Promise<Record<RefusalKey, string>>> = {
  en: () => import('./refusals-en').then((m) => m.refusalsEn),
  nl: () => import('./refusals-nl').then((m) => m.refusalsNl),
}
// The agreement's kinds and fields (only the agreement tab, which loads later, shows them): the same way.
const AGREEMENT_WORDS: Record<Language, () => Promise<Record<AgreementWordsKey, string>>> = {
  en: () => import('./en-agreement').then((m) => m.enAgreement),
  nl: () => import('./nl-agreement').then((m) => m.nlAgreement),
}

// The invite landing page's own strings: only that page asks for them (loadTranslator(lang, { join: true })).
const JOIN: Record<Language, () => Promise<Record<JoinKey, string>>> = {
  en: () => import('./join-en').then((m) => m.joinEn),
  nl: () => import('./join-nl').then((m) => m.joinNl),
}

// A coaching session's own words (coach, client) over the mediation ones: only a coaching session asks for them.
const KIND_WORDS: Record<
  SessionKind,
  Record<Language, () => Promise<Partial<Record<CoachingKey, string>>>>
> = {
  mediation: { en: async () => ({}), nl: async () => ({}) },
  coaching: {
    en: () => import('./coaching-en').then((m) => ({ ...m.coachingEn, ...m.coachingPlanEn })),
    nl: () => import('./coaching-nl').then((m) => ({ ...m.coachingNl, ...m.coachingPlanNl })),
  },
}

// The Coaching tab's own words (a mediation's dictionary has them too; only coaching shows them).
const PLAN_WORDS: Record<Language, () => Promise<Record<CoachingPlanKey, string>>> = {
  en: () => import('./coaching-en').then((m) => m.coachingPlanEn),
  nl: () => import('./coaching-nl').then((m) => m.coachingPlanNl),
}

/** Loads one language's whole dictionary (its refusal sentences and the invite page's strings included). */
export async function loadDictionary(lang: Language): Promise<Dictionary> {
  const [base, refusals, join, agreement, plan] = await Promise.all([
    LOADERS[lang](),
    REFUSALS[lang](),
    JOIN[lang](),
    AGREEMENT_WORDS[lang](),
    PLAN_WORDS[lang](),
  ])
  return { ...base, ...refusals, ...join, ...agreement, ...plan }
}

/**
 * Loads one language's opening dictionary (with `join`: and the invite page's strings; with `kind` 'coaching':
 * the coach's and the client's words over the mediation ones) and returns its translate
 * function; the refusal sentences join it when their chunk arrives (until then, a refusal reads as the generic
 * "something went wrong").
 */
export async function loadTranslator(
  lang: Language,
  parts: { join?: boolean; kind?: SessionKind } = {},
): Promise<Translate> {
  const later = [REFUSALS[lang](), AGREEMENT_WORDS[lang]()]
  const [base, join, kind] = await Promise.all([
    LOADERS[lang](),
    parts.join ? JOIN[lang]() : {},
    KIND_WORDS[parts.kind ?? 'mediation'][lang](),
  ])
  const dict: Partial<Dictionary> = { ...base, ...join, ...kind }
  for (const words of later) {
    void words.then(
      // The session kind's own sentences stay over the general ones.
      (w) => Object.assign(dict, w, kind),
      () => undefined, // offline: refusals stay generic, the rest works
    )
  }
  const t = translator(lang, dict as Dictionary)
  return (key, vars) => (key in dict ? t(key, vars) : t('error.generic', vars))
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
