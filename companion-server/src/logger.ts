import { type DestinationStream, type Logger, pino } from 'pino'

/** Query parameters whose values are secrets: credentials, tickets, and OAuth's `code` and `state`. */
const SECRET_PARAMS = new Set(['ticket', 'token', 'credential', 'access_token', 'code', 'state', 't'])

const decoded = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    return s
  }
}

/**
 * Removes credentials from a URL before it is logged: secret query values (matched on the decoded name, in any
 * case, as the server itself reads them) and `/join/<token>` paths in any case (Express routes ignore case).
 */
export function redactUrl(url: string): string {
  const hash = url.indexOf('#')
  const noHash = hash === -1 ? url : url.slice(0, hash)
  const q = noHash.indexOf('?')
  const path = (q === -1 ? noHash : noHash.slice(0, q)).replace(/\/join\/[^/?#]+/gi, '/join/[redacted]')
  if (q === -1) return path
  const query = noHash
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const name = eq === -1 ? pair : pair.slice(0, eq)
      return SECRET_PARAMS.has(decoded(name).trim().toLowerCase()) ? `${name}=[redacted]` : pair
    })
    .join('&')
  return `${path}?${query}`
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
