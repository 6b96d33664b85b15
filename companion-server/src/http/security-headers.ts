/**
 * Security headers on every response (helmet): a Content-Security-Policy that allows our own origin only,
 * `frame-ancestors 'none'` (no site may frame the console's login or any other page), nosniff, no referrer.
 * A page that needs more declares it (`pageCsp` with extra sources: the Jitsi page frames its deployment);
 * the Zoom app under /zoom sets its own headers, because Zoom's web client frames it.
 */
import type { RequestHandler } from 'express'
import helmet from 'helmet'

/** Extra sources one page needs on top of the defaults. */
export interface CspExtras {
  scriptSrc?: string[]
  frameSrc?: string[]
}

/** Paths whose router sets its own headers (framed by a platform). */
const OWN_HEADERS = ['/zoom']

/** The page CSP for the public origin: self only, sockets to our own host, nothing may frame it. */
export function pageCsp(publicOrigin: string, extras: CspExtras = {}): Record<string, string[]> {
  const origin = new URL(publicOrigin)
  const socket = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(extras.scriptSrc ?? [])],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", socket],
    'media-src': ["'self'", 'blob:'],
    'frame-src': extras.frameSrc?.length ? extras.frameSrc : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
}

/** Renders directives as the header value. */
export const cspHeader = (d: Record<string, string[]>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ')

/** The app-wide middleware; `publicUrl` is read per request (it is known only once the server listens). */
export function securityHeaders(publicUrl: () => string): RequestHandler {
  let memo: { origin: string; handler: RequestHandler } | null = null
  const forOrigin = (origin: string) =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: pageCsp(origin) },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      // Same-origin isolation would break nothing today, but the Jitsi page opens its deployment's windows.
      crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
    })
  return (req, res, next) => {
    if (OWN_HEADERS.some((p) => req.path === p || req.path.startsWith(`${p}/`))) return next()
    const origin = publicUrl()
    if (memo?.origin !== origin) memo = { origin, handler: forOrigin(origin) }
    memo.handler(req, res, next)
  }
}
