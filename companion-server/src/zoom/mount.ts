import { Router } from 'express'
import type { RouterMount } from '../http/app'
import { createZoomApiRoutes } from './api-routes'
import { createZoomBindings } from './bindings'
import { ZOOM_DEFAULTS, type ZoomConfig } from './config'
import { createPairingCodes, PAIRING_DEFAULTS, type PairingLimits } from './pairing-codes'
import { createZoomRouter } from './router'
import { zoomSecurityHeaders } from './security-headers'

/**
 * The one line app composition needs: `zoomMount(config)` in the routers list → everything under `/zoom`: the
 * binding API as declared routes (`/zoom/api/*`, checked and documented like every route), the rest as a router.
 * Without a config (no Zoom credentials), `/zoom` answers 503 with a hint instead of serving an app that
 * could not verify anyone.
 */
export function zoomMount(cfg: ZoomConfig | null, limits: PairingLimits = PAIRING_DEFAULTS): RouterMount {
  if (!cfg) {
    return {
      path: '/zoom',
      create: (ctx) => {
        const router = Router()
        router.use(zoomSecurityHeaders(ctx.publicUrl))
        router.use((_req, res) => {
          res.status(503).json({
            error: 'the Zoom app is not configured: set ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET',
            code: 'SERVICE-DOWN',
          })
        })
        return router
      },
    }
  }
  return {
    path: '/zoom',
    create: (ctx) => createZoomRouter(cfg, { clock: ctx.now, serverOrigin: ctx.publicUrl }),
    routes: (ctx) => createZoomApiRoutes(ctx, cfg, createZoomBindings(), createPairingCodes(ctx.now, limits)),
  }
}

/**
 * Zoom settings from an environment-like object (main.ts passes the validated environment); null when the app is not set up.
 * ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET required; PUBLIC_URL (the https origin Zoom reaches) is strongly advised;
 * ZOOM_OAUTH_BASE / ZOOM_API_BASE override Zoom's hosts.
 */
export function zoomConfigFrom(env: Record<string, string | undefined>, appDir: string): ZoomConfig | null {
  const { ZOOM_CLIENT_ID: clientId, ZOOM_CLIENT_SECRET: clientSecret } = env
  const publicOrigin = env.PUBLIC_URL ?? ''
  if (!clientId || !clientSecret) return null
  return {
    clientId,
    clientSecret,
    publicOrigin,
    oauthBase: env.ZOOM_OAUTH_BASE ?? ZOOM_DEFAULTS.oauthBase,
    apiBase: env.ZOOM_API_BASE ?? ZOOM_DEFAULTS.apiBase,
    appDir,
  }
}
