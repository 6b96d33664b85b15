/**
 * The Jitsi routes: the page (`/jitsi/?session=<id>`, credential in the URL fragment), the caller's room with a
 * per-participant token, the caller's practice room, and endpoint binding. Mounted with one line: `jitsiMount(config)`.
 */
import { join } from 'node:path'
import {
  JitsiEndpointBody,
  JitsiEndpointIds,
  type JitsiEndpointsResponse,
  type JitsiKnockResponse,
} from '@mediation/protocol'
import express, { type Router } from 'express'
import { z } from 'zod'
import { forbidden, HttpError } from '../errors'
import type { RouterMount } from '../http/app'
import { param, sessionOf } from '../http/auth'
import type { AppContext } from '../http/context'
import { cspHeader, pageCsp } from '../http/security-headers'
import { parse } from '../http/validate'
import type { JitsiConfig } from './config'
import { createEndpointBindings } from './endpoints'
import { knockerFor } from './knock-route'
import { practiceRoomFor } from './practice-route'
import { roomFor } from './room-route'

const PracticeQuery = z.object({
  for: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a participant id')
    .optional(),
})
const RoomQuery = z.object({
  want: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'main or a side id')
    .optional(),
})
const KnockBody = z.object({ name: z.string().min(1).max(200) })

/** Builds the Jitsi router. */
export function createJitsiRouter(ctx: AppContext, cfg: JitsiConfig): Router {
  const router = express.Router()
  const bindings = createEndpointBindings()
  const api = '/api/sessions/:id/jitsi'

  router.get(`${api}/room`, async (req, res) => {
    const { session, actor } = sessionOf(ctx, req, param(req, 'id'))
    const { want } = parse(RoomQuery, req.query)
    res.set('cache-control', 'no-store').json(await roomFor(ctx, cfg, session.id, actor, want))
  })
  router.get(`${api}/practice`, (req, res) => {
    const { session, actor } = sessionOf(ctx, req, param(req, 'id'))
    const q = parse(PracticeQuery, req.query)
    res.set('cache-control', 'no-store').json(practiceRoomFor(ctx, cfg, session, actor, q.for))
  })
  router.post(`${api}/knock`, async (req, res) => {
    const { session, actor } = sessionOf(ctx, req, param(req, 'id'))
    if (actor.role !== 'mediator') throw forbidden('only the mediator answers the lobby')
    const { name } = parse(KnockBody, req.body)
    const participantId = await knockerFor(ctx, cfg, session, name)
    const body: JitsiKnockResponse = { admit: participantId !== null, participantId }
    res.set('cache-control', 'no-store').json(body)
  })
  router.post(`${api}/endpoint`, (req, res) => {
    const { session, actor } = sessionOf(ctx, req, param(req, 'id'))
    const { endpointId } = parse(JitsiEndpointBody, req.body)
    if (!bindings.bind(session.id, endpointId, actor.id))
      throw new HttpError(409, 'this endpoint is already bound to someone else')
    res.status(204).end()
  })
  router.get(`${api}/endpoints`, (req, res) => {
    const { session, actor } = sessionOf(ctx, req, param(req, 'id'))
    if (actor.role !== 'mediator') throw forbidden('only the mediator attributes speaking time')
    const ids = parse(JitsiEndpointIds, String(req.query.ids ?? '')).split(',')
    const body: JitsiEndpointsResponse = { bindings: bindings.lookup(session.id, ids) }
    res.set('cache-control', 'no-store').json(body)
  })
  // The page itself: static bundle from dist/jitsi; no credential ever appears in these URLs (fragment only).
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
  return { path: '/', create: (ctx) => createJitsiRouter(ctx, cfg) }
}
