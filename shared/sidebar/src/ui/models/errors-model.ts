import { isDomainError, isRuleId } from '@mediation/core/domain'
import { signal } from '@preact/signals'
import { ApiRequestError, isNetworkError } from '../../client/api-error'
import type { MessageKey, Translate } from '../i18n/i18n'

export interface ShownError {
  id: number
  text: string
}

/** Server refusals that name no domain rule but have their own sentence (budgets, limits, storage). */
const SERVER_CODES = [
  'LIMIT-COMMANDS',
  'LIMIT-DOC',
  'LIMIT-NOTES',
  'LIMIT-TICKETS',
  'STORE-FULL',
  'STORE-FAILED',
] as const
type ServerCode = (typeof SERVER_CODES)[number]
const isServerCode = (code: unknown): code is ServerCode => SERVER_CODES.some((c) => c === code)

/** Turns any failure (domain rule, HTTP error, network) into one sentence in the user's language. */
export function describeError(err: unknown, t: Translate): string {
  const rule = isDomainError(err) ? err.rule : err instanceof ApiRequestError ? err.body.code : undefined
  // Every rule has its sentence (en-rules.ts); the key is a MessageKey only while none is missing.
  if (isRuleId(rule) || isServerCode(rule)) return t(`error.rule.${rule}`)
  if (isNetworkError(err)) return t('error.network')
  if (err instanceof ApiRequestError && err.status === 403) return t('error.forbidden')
  const message = err instanceof Error ? err.message : String(err)
  return t('error.generic', { message })
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
