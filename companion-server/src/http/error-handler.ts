import { isDomainError } from '@mediation/core/domain'
import type { ApiError } from '@mediation/protocol'
import type { NextFunction, Request, Response } from 'express'
import type { Logger } from 'pino'
import { DamagedFileError, HttpError, type ServerCode } from '../errors'
import { isDiskFull, isStorageError } from '../store/storage-health'

interface BodyParserError {
  type?: string
  status?: number
}

/** The one place typed errors become HTTP answers; anything unexpected is logged and answered 500. */
export function errorHandler(logger: Logger) {
  return (err: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const [status, body] = translate(err)
    if (status >= 500) logger.error({ err, code: body.code }, 'request failed')
    if (res.headersSent) return void res.end()
    if (err instanceof HttpError && err.retryAfterSeconds !== undefined)
      res.set('retry-after', String(err.retryAfterSeconds))
    res.status(status).json(body)
  }
}

const INPUT_RULES: ReadonlySet<string> = new Set(['INPUT-1', 'INPUT-2', 'INPUT-3'])

/** An error body: the page words `code`; `error` stays English for logs and API users. */
type Body = ApiError & { code: ServerCode }

function translate(err: unknown): [number, Body] {
  if (err instanceof HttpError) {
    const body: Body = { error: err.message, code: err.code }
    if (err.details) body.details = err.details
    if (err.opensAt) body.opensAt = err.opensAt
    return [err.status, body]
  }
  // A value the domain refuses as malformed (INPUT-1…3) is bad input; every other rule is a state conflict.
  if (isDomainError(err))
    return [INPUT_RULES.has(err.rule) ? 400 : 409, { error: err.message, code: err.rule }]
  // Nothing was changed (memory follows the disk); the pages word the code, the client may retry later.
  if (isDiskFull(err)) return [507, { error: "not saved — the server's disk is full", code: 'STORE-FULL' }]
  if (isStorageError(err))
    return [503, { error: 'not saved — the server cannot write to its disk', code: 'STORE-FAILED' }]
  if (err instanceof DamagedFileError) {
    const error = 'this session cannot be served: its data file is damaged; an administrator must restore it'
    return [503, { error, code: 'STORE-DAMAGED' }]
  }
  const bp = err as BodyParserError
  if (bp?.type === 'entity.too.large') return [413, { error: 'request body too large', code: 'TOO-LARGE' }]
  if (bp?.type === 'entity.parse.failed') return [400, { error: 'malformed JSON body', code: 'BAD-JSON' }]
  if (typeof bp?.status === 'number' && bp.status >= 400 && bp.status < 500) {
    return [bp.status, { error: (err as Error).message || 'bad request', code: 'BAD-INPUT' }]
  }
  return [500, { error: 'internal error', code: 'INTERNAL' }]
}
