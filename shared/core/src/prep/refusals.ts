/**
 * What the server answers when it refuses a prep request, as a code in the error body, and what the page says.
 * The server's English `error` is for logs and API users; people read `refusalText` in their language.
 */
import type { SignatureRefusal } from './signature'

export type PrepRefusal =
  | SignatureRefusal
  | 'intake-invalid'
  | 'practice-invalid'
  | 'credential'
  | 'forbidden'

/** The `code` the server puts in an `ApiError` body for each refusal. */
export const refusalCode = (r: PrepRefusal): `prep/${PrepRefusal}` => `prep/${r}`

/** The HTTP status of each refusal. */
export const REFUSAL_STATUS: Record<PrepRefusal, number> = {
  'name-empty': 400,
  'name-mismatch': 400,
  'no-consent': 400,
  'hash-unknown': 400,
  'hash-outdated': 409,
  'intake-invalid': 400,
  'practice-invalid': 400,
  credential: 401,
  forbidden: 403,
}

/** The refusal behind an error body's `code` and status (a 401 without our code is still "credential"). */
export function refusalFrom(status: number, code: string | undefined): PrepRefusal | null {
  if (code?.startsWith('prep/')) {
    const key = code.slice(5) as PrepRefusal
    if (key in REFUSAL_STATUS) return key
  }
  if (status === 401) return 'credential'
  if (status === 403) return 'forbidden'
  return null
}
