import { type DestinationStream, type Logger, pino } from 'pino'

/** Removes credentials from a URL before it is logged: ticket/token query values and /join/<token> paths. */
export function redactUrl(url: string): string {
  return url
    .replace(/([?&](?:ticket|token|credential|access_token)=)[^&#]*/gi, '$1[redacted]')
    .replace(/\/join\/[^/?#]+/g, '/join/[redacted]')
}

/** The server's pino logger; Authorization headers and credential fields are redacted. */
export function createLogger(opts: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      redact: {
        paths: [
          'req.headers.authorization',
          'headers.authorization',
          'authorization',
          'token',
          'ticket',
          'password',
          '*.token',
          '*.ticket',
          '*.password',
        ],
        censor: '[redacted]',
      },
    },
    opts.destination,
  )
}
