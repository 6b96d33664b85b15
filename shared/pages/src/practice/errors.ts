/** Turns a failed request into words for the person in front of the page. */

import type { Language } from '@mediation/core/domain'
import { refusalFrom, refusalText } from '@mediation/core/prep'
import { ApiRequestError, isNetworkError } from '@mediation/sidebar/client'
import { pageText } from './strings'

export interface PageError {
  text: string
  /** Field paths the server named (`answers.<id>`, `typedName`...). */
  paths: string[]
  code: string | null
}

export function describeError(e: unknown, lang: Language): PageError {
  const t = pageText(lang)
  if (e instanceof ApiRequestError) {
    const r = refusalFrom(e.status, e.body.code)
    const paths = (e.body.details ?? []).map((d) => d.path)
    const storage =
      e.body.code === 'STORE-FULL' ? 'diskFull' : e.body.code === 'STORE-FAILED' ? 'storageFailed' : null
    return {
      text: r ? refusalText(r, lang) : storage ? t(storage) : t('errorGeneric', { error: e.body.error }),
      paths,
      code: e.body.code ?? null,
    }
  }
  if (isNetworkError(e)) return { text: t('offline'), paths: [], code: null }
  return { text: t('errorGeneric', { error: (e as Error)?.message ?? String(e) }), paths: [], code: null }
}
