/** Turns a failed request into words for the person in front of the page. */

import type { Language } from '@mediation/core/domain'
import { refusalFrom, refusalText } from '@mediation/core/prep'
import type { SessionKind } from '@mediation/protocol'
import { ApiRequestError, isNetworkError } from '@mediation/sidebar/client'
import { failureSentence, refusalSentence } from '@mediation/sidebar/ui/i18n/error-words'
import { pageText } from './strings'

export interface PageError {
  text: string
  /** Field paths the server named (`answers.<id>`, `typedName`...). */
  paths: string[]
  code: string | null
}

export function describeError(e: unknown, lang: Language, kind: SessionKind = 'mediation'): PageError {
  const t = pageText(lang, kind)
  if (e instanceof ApiRequestError) {
    const r = refusalFrom(e.status, e.body.code)
    const paths = (e.body.details ?? []).map((d) => d.path)
    const storage =
      e.body.code === 'STORE-FULL' ? 'diskFull' : e.body.code === 'STORE-FAILED' ? 'storageFailed' : null
    return {
      text: r
        ? refusalText(r, lang, kind)
        : storage
          ? t(storage)
          : (refusalSentence(e.status, e.body.code, lang) ?? t('errorGeneric')),
      paths,
      code: e.body.code ?? null,
    }
  }
  if (isNetworkError(e)) return { text: t('offline'), paths: [], code: null }
  // Never the error's own text: it is English (or a programmer's), not the reader's words.
  return { text: failureSentence(e, lang) ?? t('errorGeneric'), paths: [], code: null }
}
