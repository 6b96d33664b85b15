/**
 * Typed errors the server throws; `http/error-handler.ts` translates them (and DomainError) to a status once.
 */
export interface ErrorDetail {
  path: string
  message: string
}

/** An error with an HTTP status and a message a person can act on. */
export class HttpError extends Error {
  readonly status: number
  readonly code: string | undefined
  readonly details: ErrorDetail[] | undefined
  /** Sent as `Retry-After` (429, 503). */
  readonly retryAfterSeconds: number | undefined

  constructor(
    status: number,
    message: string,
    opts: { code?: string; details?: ErrorDetail[]; retryAfterSeconds?: number } = {},
  ) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.code = opts.code
    this.details = opts.details
    this.retryAfterSeconds = opts.retryAfterSeconds
  }
}

export const badRequest = (message: string, details?: ErrorDetail[]) =>
  new HttpError(400, message, details ? { details } : {})
export const unauthorized = (message = 'missing or invalid credential') => new HttpError(401, message)
export const forbidden = (message = 'not allowed for your role') => new HttpError(403, message)
export const notFound = (what = 'resource') => new HttpError(404, `${what} not found`)

/** A stored file that cannot be parsed. It is reported by name and never overwritten. */
export class DamagedFileError extends Error {
  readonly path: string

  constructor(path: string, reason: string) {
    super(`damaged data file ${path}: ${reason}`)
    this.name = 'DamagedFileError'
    this.path = path
  }
}
