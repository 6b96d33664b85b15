/**
 * Turns any failure of a console call into sentences a mediator can act on, in their language: a refusal is
 * worded by its code (else its status) and each refused field by its label and zod issue; the server's English
 * `error` and `message` are never shown (ERR-3).
 */
import { isDomainError } from '@mediation/core/domain'
import type { ErrorDetail } from '@mediation/protocol'
import { ApiRequestError, isNetworkError } from '@mediation/sidebar/client'
import { issueWords, refusalKey } from '@mediation/sidebar/ui/i18n/error-words'
import { fieldLabel } from './field-labels'
import type { ConsoleKey, ConsoleText } from './strings'

export interface PlainError {
  message: string
  /** One line per refused field, in the reader's words. */
  details: string[]
}

/** A refused field: "Duration (minutes): is too small (at least 5)". */
export function detailLine(d: ErrorDetail, t: ConsoleText): string {
  const { key, n } = issueWords(d)
  return t('errDetail', { field: fieldLabel(d.path, t), problem: t(key, { n }) })
}

/** A plain-words error; `overrides` replace the sentence for a status where the context says more (login). */
export function plainError(
  err: unknown,
  t: ConsoleText,
  overrides: Partial<Record<number, ConsoleKey>> = {},
): PlainError {
  if (err instanceof ApiRequestError) {
    const key = overrides[err.status] ?? refusalKey(err.status, err.body.code)
    const fallback = err.status === 409 ? 'errConflict' : 'errServer'
    const details = (err.body.details ?? []).map((d) => detailLine(d, t))
    return { message: t(key ?? fallback, { status: err.status }), details }
  }
  if (isDomainError(err)) return { message: t(`error.rule.${err.rule}`), details: [] }
  if (isNetworkError(err)) return { message: t('errNetwork'), details: [] }
  return { message: t('errServer', { status: '—' }), details: [] }
}
