import { isDomainError } from '@mediation/core/domain'
import { signal } from '@preact/signals'
import { ApiRequestError, isNetworkError } from '../../client/api-error'
import { sidebarKey } from '../i18n/error-keys'
import type { MessageKey, Translate } from '../i18n/i18n'

export interface ShownError {
  id: number
  text: string
}

/**
 * Turns any failure (domain rule, HTTP error, network) into one sentence in the user's language: a refusal by
 * its code or status, never by the server's English text.
 */
export function describeError(err: unknown, t: Translate): string {
  if (isDomainError(err)) return t(`error.rule.${err.rule}`)
  if (isNetworkError(err)) return t('error.network')
  const key = err instanceof ApiRequestError ? sidebarKey(err.status, err.body.code) : null
  return key ? t(key) : t('error.generic')
}

/** The code a failure carries: a domain rule's id or the server's error code (none for a network failure). */
export function errorCode(err: unknown): string | undefined {
  return isDomainError(err) ? err.rule : err instanceof ApiRequestError ? err.body.code : undefined
}

/** The list of errors shown to the user (newest last), each dismissible. */
export function createErrorsModel(t: () => Translate) {
  const list = signal<ShownError[]>([])
  let next = 1
  const show = (text: string) => {
    list.value = [...list.value.filter((e) => e.text !== text), { id: next++, text }].slice(-3)
  }
  return {
    list,
    report(err: unknown) {
      show(describeError(err, t()))
    },
    /** The same sentence, for a page that shows it in place (a refused command kept on the board). */
    describe: (err: unknown) => describeError(err, t()),
    /** A notice already worded for the user (a platform's failure HostEvent carries its own sentence). */
    show,
    /** A notice from this sidebar's own dictionary. */
    say(key: MessageKey, vars?: Record<string, string | number>) {
      show(t()(key, vars))
    },
    dismiss(id: number) {
      list.value = list.value.filter((e) => e.id !== id)
    },
  }
}
export type ErrorsModel = ReturnType<typeof createErrorsModel>
