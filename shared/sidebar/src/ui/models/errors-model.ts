import { isDomainError } from '@mediation/core/domain'
import { signal } from '@preact/signals'
import { ApiRequestError, isNetworkError } from '../../client/api-error'
import type { MessageKey, Translate } from '../i18n/i18n'

export interface ShownError {
  id: number
  text: string
}

/** Rules with their own sentence; any other rule falls back to the server's or domain's message. */
const RULES = [
  'PHASE-1',
  'PHASE-3',
  'RULES-3',
  'ACCESS-2',
  'ACCESS-3',
  'TURN-2',
  'TURN-3',
  'TURN-6',
  'BOARD-2',
  'BOARD-3',
  'BOARD-4',
  'BOARD-6',
  'BOARD-8',
  'BOARD-10',
  'BOARD-12',
  'CAUCUS-1',
  'CAUCUS-2',
  'CAUCUS-3',
  'SIGN-2',
  'SIGN-4',
  'SIGN-5',
  'SIGN-6',
  'INPUT-1',
  'LIMIT-COMMANDS',
  'LIMIT-DOC',
  'LIMIT-NOTES',
  'LIMIT-TICKETS',
  // Not rules but the server's storage refusing a write (507 / 503): nothing was changed.
  'STORE-FULL',
  'STORE-FAILED',
] as const
const RULE_KEYS = new Map<string, MessageKey>(RULES.map((r) => [r, `error.rule.${r}`]))

/** Turns any failure (domain rule, HTTP error, network) into one sentence in the user's language. */
export function describeError(err: unknown, t: Translate): string {
  const rule = isDomainError(err) ? err.rule : err instanceof ApiRequestError ? err.body.code : undefined
  const key = rule ? RULE_KEYS.get(rule) : undefined
  if (key) return t(key)
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
