import { existsSync } from 'node:fs'
import { join } from 'node:path'
import express, { Router } from 'express'
import type { ZoomConfig } from './config'
import { createInstallRoutes } from './install-routes'
import { zoomSecurityHeaders } from './security-headers'

export interface ZoomRouterDeps {
  clock?: () => number
  /** The server's public origin, used when `cfg.publicOrigin` is '' (known only once the server listens). */
  serverOrigin?: () => string
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Zoom app not built</title>
<p>The Zoom app is not built yet. Run <code>npm run build</code>. / De Zoom-app is nog niet gebouwd.</p>`

/**
 * Everything Zoom reaches under `/zoom`: the Home URL (`/zoom/`, the bundled app), install and OAuth redirect,
 * and the binding API. Every response carries the four OWASP headers the Zoom client checks.
 */
export function createZoomRouter(cfg: ZoomConfig, deps: ZoomRouterDeps = {}): Router {
  const router = Router()
  const resolved = () => ({
    ...cfg,
    publicOrigin: cfg.publicOrigin || deps.serverOrigin?.() || 'http://localhost',
  })
  router.use(zoomSecurityHeaders(() => resolved().publicOrigin))
  router.use(createInstallRoutes(resolved, deps.clock))
  router.get('/', (_req, res) => {
    const index = join(cfg.appDir, 'index.html')
    // `no-store`: a stale page would pin an old SDK bundle in the Zoom client's cache.
    res.setHeader('Cache-Control', 'no-store')
    if (existsSync(index)) res.sendFile(index)
    else res.status(503).type('html').send(NOT_BUILT)
  })
  router.use(express.static(cfg.appDir, { index: false, fallthrough: true }))
  router.use((_req, res) => {
    res
      .status(404)
      .type('html')
      .send('<!doctype html><meta charset="utf-8"><title>404</title><p>Not found / Niet gevonden</p>')
  })
  return router
}
