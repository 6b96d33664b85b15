import type { NextFunction, Request, Response } from 'express'
import type { Logger } from 'pino'
import { redactUrl } from '../logger'

/** One log line per request, with the URL stripped of credentials and no headers or bodies. */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = performance.now()
    res.on('finish', () => {
      logger.info(
        {
          method: req.method,
          url: redactUrl(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(performance.now() - start),
        },
        'request',
      )
    })
    next()
  }
}
