import type { z } from 'zod'
import { badRequest } from '../errors'

/** Parses `value` with `schema` or throws a 400 listing every problem as `{path, message}`. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw badRequest(
    'invalid request body',
    result.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
  )
}
