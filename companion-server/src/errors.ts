/**
 * Typed errors the server throws; `http/error-handler.ts` translates them (and DomainError) to a status once.
 */
import type { RuleId } from '@mediation/core/domain'
import type { PrepRefusal } from '@mediation/core/prep'
import type { ErrorCode, ErrorDetail } from '@mediation/protocol'

export type { ErrorDetail }
/** What an error body's `code` may be: a listed code, a SPEC rule, or a prep refusal; pages word each. */
export type ServerCode = ErrorCode | RuleId | `prep/${PrepRefusal}`

/** An error with an HTTP status, a `code` pages word, and an English message for logs and API users. */
export class HttpError extends Error {
  readonly status: number
  readonly code: ServerCode
  readonly details: ErrorDetail[] | undefined
  /** Sent as `Retry-After` (429, 503). */
  readonly retryAfterSeconds: number | undefined
  /** STAGGER-EARLY: when the caller's meeting link opens (ISO), for the page to say. */
  readonly opensAt: string | undefined

  constructor(
    status: number,
    message: string,
    opts: { code: ServerCode; details?: ErrorDetail[]; retryAfterSeconds?: number; opensAt?: string },
  ) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.code = opts.code
    this.details = opts.details
    this.retryAfterSeconds = opts.retryAfterSeconds
    this.opensAt = opts.opensAt
  }
}

export const badRequest = (message: string, details?: ErrorDetail[]) =>
  new HttpError(400, message, { code: 'BAD-INPUT', ...(details ? { details } : {}) })
export const unauthorized = (message = 'missing or invalid credential', code: ErrorCode = 'AUTH-REQUIRED') =>
  new HttpError(401, message, { code })
export const forbidden = (message = 'not allowed for your role', code: ErrorCode = 'FORBIDDEN') =>
  new HttpError(403, message, { code })
/** 404 for `what` (English, for the log) with the code a page words ("this session no longer exists"). */
export const notFound = (code: ErrorCode, what: string) => new HttpError(404, `${what} not found`, { code })

/** A stored file that cannot be parsed. It is reported by name and never overwritten. */
export class DamagedFileError extends Error {
  readonly path: string

  constructor(path: string, reason: string) {
    super(`damaged data file ${path}: ${reason}`)
    this.name = 'DamagedFileError'
    this.path = path
  }
}
