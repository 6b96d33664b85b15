import { isDomainError } from '@mediation/core/domain'
import type { ErrorDetail, InputIssue } from '@mediation/protocol'
import type { z } from 'zod'
import { badRequest, HttpError } from '../errors'

/** One zod issue as a detail: the English `message` for API users, `issue` and bounds for pages to word. */
export function detailOf(i: z.core.$ZodIssue): ErrorDetail {
  const d: ErrorDetail = {
    path: i.path.join('.') || '(body)',
    message: i.message,
    issue: i.code as InputIssue,
  }
  if (i.code === 'too_small' || i.code === 'too_big') d.origin = i.origin
  if (i.code === 'too_small' && typeof i.minimum === 'number') d.minimum = i.minimum
  if (i.code === 'too_big' && typeof i.maximum === 'number') d.maximum = i.maximum
  return d
}

/** Parses `value` with `schema` or throws a 400 (code BAD-INPUT) listing every problem as a detail. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw badRequest('invalid request body', result.error.issues.map(detailOf))
}

/**
 * Runs the domain's check of request values (`checkManualEntry`, `parseCommand` …): what it refuses is malformed
 * input, so a 400 with the rule as its code (which pages word), not a state conflict's 409.
 */
export function checkInput<T>(run: () => T): T {
  try {
    return run()
  } catch (e) {
    if (isDomainError(e)) throw new HttpError(400, e.message, { code: e.rule })
    throw e
  }
}
