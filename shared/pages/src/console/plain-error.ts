/** Turns any failure of a console call into sentences a mediator can act on, in their language. */
import { ApiRequestError, isNetworkError } from '@mediation/sidebar/client'
import type { ConsoleKey, ConsoleText } from './strings'

export interface PlainError {
  message: string
  /** The server's per-field reasons (`details`), one line each. */
  details: string[]
}

const BY_STATUS: Record<number, ConsoleKey> = {
  400: 'errBadInput',
  401: 'errUnauthorized',
  403: 'errForbidden',
  404: 'errNotFound',
  409: 'errConflict',
  413: 'errTooLarge',
  429: 'errTooMany',
  507: 'errDiskFull',
}

/** A plain-words error; `overrides` replace the sentence for a status where the context says more (login). */
export function plainError(
  err: unknown,
  t: ConsoleText,
  overrides: Partial<Record<number, ConsoleKey>> = {},
): PlainError {
  if (err instanceof ApiRequestError) {
    const storage = err.body.code === 'STORE-FAILED' ? 'errStorage' : undefined
    const key = overrides[err.status] ?? storage ?? BY_STATUS[err.status]
    const vars = { error: err.body.error, status: err.status }
    const details = (err.body.details ?? []).map((d) =>
      t('errDetail', { path: d.path || '—', message: d.message }),
    )
    return { message: t(key ?? 'errServer', vars), details }
  }
  if (isNetworkError(err)) return { message: t('errNetwork'), details: [] }
  return {
    message: t('errServer', { status: '—', error: String((err as Error)?.message ?? err) }),
    details: [],
  }
}
