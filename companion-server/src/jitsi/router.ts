/**
 * The Jitsi routes: the caller's room with a per-participant token, the caller's practice room, the lobby check
 * and endpoint binding (API routes declared with `route()`, like every other), and the page itself
 * (`/jitsi/?session=<id>`, credential in the URL fragment). Mounted with one line: `jitsiMount(config)`.
 */
import { join } from 'node:path'
import {
  JitsiEndpointBody,
  JitsiEndpointsQuery,
  JitsiEndpointsResponse,
  JitsiKnockBody,
  JitsiKnockResponse,
  JitsiPracticeQuery,
  JitsiRoomQuery,
  JitsiRoomResponse,
} from '@mediation/protocol'
import express, { type Router } from 'express'
import { forbidden, HttpError } from '../errors'
import type { RouterMount } from '../http/app'
import type { AppContext } from '../http/context'
import { type RouteDef, route } from '../http/route'
import { cspHeader, pageCsp } from '../http/security-headers'
import type { JitsiConfig } from './config'
import { createEndpointBindings } from './endpoints'
import { knockerFor } from './knock-route'
import { practiceRoomFor } from './practice-route'
import { roomFor } from './room-route'

const API = '/api/sessions/:id/jitsi'
// The meeting itself is not the record: joining it keeps working in an archived session.
const anyone = { auth: 'session', whenArchived: 'allowed' } as const
const mediatorOnly = (refusal: string) =>
  ({
    auth: 'session',
    roles: { allow: ['mediator'], denied: () => forbidden(refusal, 'MEDIATOR-ONLY') },
    whenArchived: 'allowed',
  }) as const

/** The Jitsi API as route definitions (mounted, checked and documented like every other route). */
export function jitsiRoutes(ctx: AppContext, cfg: JitsiConfig): RouteDef[] {
  const bindings = createEndpointBindings()
  return [
    route(ctx, {
      method: 'get',
      path: `${API}/room`,
      summary:
        "The Jitsi room the caller belongs in now (main, or their side's running caucus) with a token for it; the mediator may name a running caucus's room (?want=)",
      access: anyone,
      query: JitsiRoomQuery,
      ok: { status: 200, description: 'JitsiRoomResponse', schema: JitsiRoomResponse },
      handler: async ({ session, actor, query, res }) => {
        res.set('cache-control', 'no-store').json(await roomFor(ctx, cfg, session.id, actor, query.want))
      },
    }),
    route(ctx, {
      method: 'get',
      path: `${API}/practice`,
      summary:
        "The caller's practice room (the secretariat or the mediator may name whose: ?for=<participantId>)",
      access: anyone,
      query: JitsiPracticeQuery,
      ok: { status: 200, description: 'JitsiRoomResponse', schema: JitsiRoomResponse },
      handler: ({ session, actor, query, res }) => {
        res.set('cache-control', 'no-store').json(practiceRoomFor(ctx, cfg, session, actor, query.for))
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${API}/knock`,
      summary:
        'Whether a lobby knocker of this name is a participant who may pass at once (the mediator only)',
      access: mediatorOnly('only the mediator answers the lobby'),
      body: JitsiKnockBody,
      ok: { status: 200, description: 'JitsiKnockResponse', schema: JitsiKnockResponse },
      handler: async ({ session, body, res }) => {
        const participantId = await knockerFor(ctx, cfg, session, body.name)
        const answer: JitsiKnockResponse = { admit: participantId !== null, participantId }
        res.set('cache-control', 'no-store').json(answer)
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${API}/endpoint`,
      summary: "Bind the caller's Jitsi endpoint id to them (an id someone else holds becomes nobody's: 409)",
      access: anyone,
      body: JitsiEndpointBody,
      ok: { status: 204, description: 'bound' },
      errors: [409],
      handler: ({ session, actor, body, res }) => {
        if (!bindings.bind(session.id, body.endpointId, actor.id))
          throw new HttpError(409, 'this endpoint is already bound to someone else', { code: 'JITSI-BOUND' })
        res.status(204).end()
      },
    }),
    route(ctx, {
      method: 'get',
      path: `${API}/endpoints`,
      summary: 'Which participant each Jitsi endpoint is (the mediator only, to attribute speaking time)',
      access: mediatorOnly('only the mediator attributes speaking time'),
      query: JitsiEndpointsQuery,
      ok: { status: 200, description: 'JitsiEndpointsResponse', schema: JitsiEndpointsResponse },
      handler: ({ session, query, res }) => {
        const answer: JitsiEndpointsResponse = { bindings: bindings.lookup(session.id, query.ids.split(',')) }
        res.set('cache-control', 'no-store').json(answer)
      },
    }),
  ]
}

/** The page: static bundle from dist/jitsi; no credential ever appears in these URLs (fragment only). */
export function createJitsiRouter(ctx: AppContext, cfg: JitsiConfig): Router {
  const router = express.Router()
  // Its CSP adds the deployment: the SDK loads https://<domain>/external_api.js, which frames the meeting.
  const deployment = `https://${cfg.domain}`
  router.use('/jitsi', (_req, res, next) => {
    const csp = pageCsp(ctx.publicUrl(), { scriptSrc: [deployment], frameSrc: [deployment] })
    res.setHeader('Content-Security-Policy', cspHeader(csp))
    next()
  })
  router.use('/jitsi', express.static(cfg.appDir, { index: 'index.html' }))
  router.get('/jitsi', (_req, res) => res.sendFile(join(cfg.appDir, 'index.html')))
  return router
}

/** The one line app composition needs: `jitsiMount(config)` in the routers list. */
export function jitsiMount(cfg: JitsiConfig): RouterMount {
  return {
    path: '/',
    create: (ctx) => createJitsiRouter(ctx, cfg),
    routes: (ctx) => jitsiRoutes(ctx, cfg),
  }
}
