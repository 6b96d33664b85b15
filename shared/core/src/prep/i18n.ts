/**
 * Content written in both product languages (intake questions, ground rules: the mediator edits both). The
 * product's own words go through the translate mechanism (@mediation/core/i18n, prep-text.ts).
 */
import type { Language } from '../domain/types'

/** A text in Dutch and English. */
export interface Bilingual {
  nl: string
  en: string
}

/** Picks the text for `lang`. */
export const pick = (text: Bilingual, lang: Language): string => text[lang]

/** The language to show: a supported `preferred` one, else Dutch (the practice is Dutch). */
export function chooseLang(preferred: readonly string[] | string | null | undefined): Language {
  const list = typeof preferred === 'string' ? [preferred] : (preferred ?? [])
  for (const tag of list) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'nl' || base === 'en') return base
  }
  return 'nl'
}
