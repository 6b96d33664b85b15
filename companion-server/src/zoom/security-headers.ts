import type { RequestHandler } from 'express'

/**
 * The Content-Security-Policy of the Zoom app: our own origin only, plus `wss:` to our own host for the sync
 * sockets. No CDN (the SDK is bundled), no inline script. `frame-ancestors` allows the Zoom web client, which
 * runs apps in an iframe; the desktop client loads us top-level.
 */
export function zoomCsp(publicOrigin: string): string {
  const origin = new URL(publicOrigin)
  const socket = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${socket}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self' https://*.zoom.us",
  ].join('; ')
}

/**
 * The four OWASP headers the Zoom client demands on every 200 text/html response (it refuses to render
 * without them). Set on every response of the Zoom router so no HTML route can miss them.
 */
export function zoomSecurityHeaders(publicOrigin: () => string): RequestHandler {
  let memo = { origin: '', csp: '' }
  return (_req, res, next) => {
    const origin = publicOrigin()
    if (memo.origin !== origin) memo = { origin, csp: zoomCsp(origin) }
    const csp = memo.csp
    res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Content-Security-Policy', csp)
    res.setHeader('Referrer-Policy', 'same-origin')
    next()
  }
}
