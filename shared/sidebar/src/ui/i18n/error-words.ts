/**
 * The sentences for every refusal the server can answer (rule ids and ERROR_CODES) and for every refused field,
 * for pages that show server errors. They word the `code` and a detail's `issue`, never the server's English.
 */
import { isDomainError } from '@mediation/core/domain'
import { type Message, textIn } from '@mediation/core/i18n'
import type { Language } from '@mediation/protocol'
import { ApiRequestError } from '../../client/api-error'
import { enCodes } from './en-codes'
import { enIssues, enPageCodes } from './en-page-codes'
import { enRules } from './en-rules'
import { refusalKey } from './error-keys'
import { nlCodes } from './nl-codes'
import { nlIssues, nlPageCodes } from './nl-page-codes'
import { nlRules } from './nl-rules'

export { issueWords, refusalKey } from './error-keys'

export const enErrorWords = { ...enRules, ...enCodes, ...enPageCodes, ...enIssues }
export type ErrorWordKey = keyof typeof enErrorWords
export const nlErrorWords: Record<ErrorWordKey, Message> = {
  ...nlRules,
  ...nlCodes,
  ...nlPageCodes,
  ...nlIssues,
}

/** The sentence that words a refusal in `lang` (rule, prep-free code or status), or null when none fits. */
export function refusalSentence(status: number, code: string | undefined, lang: Language): string | null {
  const key = refusalKey(status, code)
  return key ? textIn(lang, { en: enErrorWords, nl: nlErrorWords })(key) : null
}

/** `describe(err)` in `lang`: a domain rule's sentence, or a refusal's by code and status, else null. */
export function failureSentence(err: unknown, lang: Language): string | null {
  const t = textIn(lang, { en: enErrorWords, nl: nlErrorWords })
  if (isDomainError(err)) return t(`error.rule.${err.rule}`)
  if (err instanceof ApiRequestError) return refusalSentence(err.status, err.body.code, lang)
  return null
}
