import { Router } from 'express'
import { addressBudget } from '../auth/login-limiter'
import type { ZoomConfig } from './config'
import { redirectUrl } from './config'
import { createPendingInstalls } from './pending-installs'
import { newState, newVerifier, s256Challenge } from './pkce'
import { exchangeCode, fetchDeepLink, ZoomApiCallError } from './zoom-api'

const COOKIE = 'zoom_install_state'
const TTL_MS = 10 * 60_000

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

/**
 * `GET /install` → Zoom's authorize page with PKCE (S256) and `state`; `GET /auth` checks `state` against the
 * browser's cookie and our store, exchanges the code, and sends the browser on to Zoom's deep link.
 */
export function createInstallRoutes(config: () => ZoomConfig, clock: () => number = Date.now): Router {
  const pending = createPendingInstalls({ ttlMs: TTL_MS, max: 1000 })
  const router = Router()
  // Each install start stores a pending PKCE verifier and each callback calls Zoom: 20 a minute per address.
  const budget = addressBudget(20, 60, 'LIMIT-INSTALL')
  router.use(['/install', '/auth'], (req, _res, next) => {
    budget(req.ip ?? '').then(() => next(), next)
  })

  router.get('/install', (_req, res) => {
    const cfg = config()
    const secure = new URL(cfg.publicOrigin).protocol === 'https:'
    const state = newState()
    const verifier = newVerifier()
    pending.put(state, verifier, clock())
    const target = new URL('/oauth/authorize', cfg.oauthBase)
    target.search = new URLSearchParams({
      response_type: 'code',
      client_id: cfg.clientId,
      redirect_uri: redirectUrl(cfg),
      code_challenge: s256Challenge(verifier),
      code_challenge_method: 'S256',
      state,
    }).toString()
    const flags = `Path=/zoom; HttpOnly; SameSite=Lax; Max-Age=${TTL_MS / 1000}${secure ? '; Secure' : ''}`
    res.setHeader('Set-Cookie', `${COOKIE}=${encodeURIComponent(state)}; ${flags}`)
    res.redirect(302, target.href)
  })

  router.get('/auth', async (req, res) => {
    const { code, state } = req.query
    if (typeof code !== 'string' || typeof state !== 'string' || code === '' || state === '') {
      res.status(400).json({
        error: 'Zoom did not send back a code and state',
        code: 'BAD-INPUT',
        details: [{ path: 'query', message: 'code and state are required' }],
      })
      return
    }
    const fromCookie = cookieValue(req.headers.cookie, COOKIE)
    res.setHeader('Set-Cookie', `${COOKIE}=; Path=/zoom; Max-Age=0`)
    const verifier = fromCookie === state ? pending.take(state, clock()) : null
    if (!verifier) {
      res.status(403).json({
        error: 'Install state does not match; start again at /zoom/install',
        code: 'ZOOM-INSTALL-STATE',
      })
      return
    }
    try {
      const cfg = config()
      const token = await exchangeCode(cfg, code, verifier)
      res.redirect(302, await fetchDeepLink(cfg, token))
    } catch (err) {
      if (!(err instanceof ZoomApiCallError)) throw err
      res.status(502).json({ error: err.message, code: 'SERVICE-DOWN' })
    }
  })
  return router
}
