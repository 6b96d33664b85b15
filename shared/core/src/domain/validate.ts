/** Small input checks shared by the commands; each throws a DomainError naming the rule it protects. */
import { check } from './errors'

export const MAX_TITLE = 200
export const MAX_TEXT = 10_000

/** INPUT-1: a trimmed, non-empty string no longer than `max`. */
export function requireText(value: unknown, what: string, max = MAX_TITLE): string {
  check(typeof value === 'string', 'INPUT-1', `${what} must be text`)
  const text = value.trim()
  check(text.length > 0, 'INPUT-1', `${what} must not be empty`)
  check(text.length <= max, 'INPUT-1', `${what} is longer than ${max} characters`)
  return text
}

/** INPUT-1: a string (may be empty) no longer than `max`. */
export function optionalText(value: unknown, what: string, max = MAX_TEXT): string {
  if (value === undefined || value === null) return ''
  check(typeof value === 'string', 'INPUT-1', `${what} must be text`)
  check(value.length <= max, 'INPUT-1', `${what} is longer than ${max} characters`)
  return value
}

/** INPUT-2: a finite, non-negative timestamp (ms since the epoch). */
export function requireTime(value: unknown, what = 'time'): number {
  check(
    typeof value === 'number' && Number.isFinite(value) && value >= 0,
    'INPUT-2',
    `${what} must be a time`,
  )
  return value
}

/** INPUT-3: a non-empty id of at most 100 characters without '/' (ids name documents and map keys). */
export function requireId(value: unknown, what: string): string {
  check(typeof value === 'string' && value.length > 0, 'INPUT-3', `${what} must be a non-empty id`)
  check(value.length <= 100 && !value.includes('/'), 'INPUT-3', `${what} is not a valid id`)
  return value
}
