import type { ApiError } from '@mediation/protocol'

/** A non-2xx answer from the companion server, carrying its status and typed body. */
export class ApiRequestError extends Error {
  readonly status: number
  readonly body: ApiError

  constructor(status: number, body: ApiError) {
    super(body.error)
    this.name = 'ApiRequestError'
    this.status = status
    this.body = body
  }
}

/** True when the request never reached the server (offline, DNS, refused). */
export function isNetworkError(err: unknown): boolean {
  return err instanceof TypeError
}

/** The server's typed error body, or one made from `fallback` when the body is not one. */
export function asApiError(value: unknown, fallback: string): ApiError {
  if (value && typeof value === 'object' && typeof (value as ApiError).error === 'string')
    return value as ApiError
  return { error: fallback || 'request failed' }
}
