import express, { type Express, type Router } from 'express'
import { prepRoutes } from '../prep'
import { recordServiceFor } from '../record/mount'
import { recordRoutes } from '../record/routes'
import { timesheetRoutes } from '../timesheet/routes'
import type { AppContext } from './context'
import { errorHandler } from './error-handler'
import { buildOpenApi } from './openapi'
import { mountPages } from './pages'
import { requestLog } from './request-log'
import type { RouteDef } from './route'
import { accountRoutes } from './routes/accounts'
import { coachingRoutes } from './routes/coaching'
import { commandRoutes } from './routes/commands'
import { endingRoutes } from './routes/ending'
import { noteRoutes } from './routes/notes'
import { profileRoutes } from './routes/profile'
import { sessionRoutes } from './routes/sessions'
import { statusRoutes } from './routes/status'
import { ticketRoutes } from './routes/tickets'
import { securityHeaders } from './security-headers'

/**
 * A platform's part of the app: its API routes, declared with `route()` (mounted at their own paths, checked and
 * documented like every other route), and a router mounted at `path` for the rest (pages, static files).
 * Zoom and Jitsi add theirs to PLATFORM_ROUTERS below (one line each).
 */
export interface RouterMount {
  path: string
  create: (ctx: AppContext) => Router
  routes?: (ctx: AppContext) => RouteDef[]
}

// Platform routers: one mount line per platform engineer, e.g. `{ path: '/zoom', create: createZoomRouter },`
const PLATFORM_ROUTERS: RouterMount[] = []

export interface AppOptions {
  /** Folder with the built page bundles (scripts/build.ts writes dist/<name>/), served at /<name>/. */
  staticDir: string | null
  bodyLimit: string
  /** Extra routers (tests, embedding); mounted after the platform routers. */
  routers: RouterMount[]
  /** Express `trust proxy`; the login rate limit keys on the address it yields. */
  trustProxy?: string
}

/** The Express app: JSON API, OpenAPI document, platform routers, static bundles, one error handler. */
export function createApp(ctx: AppContext, opts: AppOptions): { app: Express; routes: RouteDef[] } {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', opts.trustProxy ?? 'loopback')
  app.use(requestLog(ctx.logger))
  app.use(securityHeaders(ctx.publicUrl))
  app.use(express.json({ limit: opts.bodyLimit }))

  const mounts = [...PLATFORM_ROUTERS, ...opts.routers]
  const routes = [
    ...accountRoutes(ctx),
    ...profileRoutes(ctx),
    ...sessionRoutes(ctx),
    ...statusRoutes(ctx),
    ...ticketRoutes(ctx),
    ...noteRoutes(ctx),
    ...commandRoutes(ctx),
    ...endingRoutes(ctx),
    ...coachingRoutes(ctx),
    ...prepRoutes(ctx, ctx.prep),
    ...timesheetRoutes(ctx),
    ...recordRoutes(ctx, recordServiceFor(ctx, ctx.record)),
    ...mounts.flatMap((m) => m.routes?.(ctx) ?? []),
  ]
  for (const r of routes) app[r.method](r.path, r.handler)
  const openapi = buildOpenApi(routes, [
    {
      path: '/healthz',
      method: 'get',
      summary: 'Liveness and storage: 200 {ok: true}, or {ok: false, status: "degraded", reasons}',
    },
    { path: '/api/openapi.json', method: 'get', summary: 'This document' },
  ])
  app.get('/api/openapi.json', (_req, res) => void res.json(openapi))
  // 200 while the process serves; `degraded` names what an administrator must look at (a full disk, damage).
  app.get('/healthz', (_req, res) => void res.json(ctx.health()))

  for (const m of mounts) app.use(m.path, m.create(ctx))
  if (opts.staticDir) mountPages(app, opts.staticDir)

  app.use('/api', (_req, res) => void res.status(404).json({ error: 'no such API route', code: 'NOT-FOUND' }))
  // Our own 404 keeps the security headers (Express's default page replaces the CSP with its own).
  app.use((_req, res) => void res.status(404).type('text/plain').send('Not found'))
  app.use(errorHandler(ctx.logger))
  return { app, routes }
}
