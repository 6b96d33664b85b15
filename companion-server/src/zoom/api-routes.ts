import {
  ZoomAssignBody,
  ZoomClaimBody,
  type ZoomClaimResponse,
  ZoomLinkBody,
  type ZoomMeetingResponse,
  ZoomParticipantUuid,
} from '@mediation/protocol'
import { type Request, Router } from 'express'
import { forbidden, HttpError, notFound } from '../errors'
import { mediatorOf, param } from '../http/auth'
import type { AppContext } from '../http/context'
import { parse } from '../http/validate'
import { AppContextError, mainMeetingOf, verifyAppContext, type ZoomAppContext } from './app-context'
import type { ZoomBindings } from './bindings'
import type { ZoomConfig } from './config'
import { issueZoomCredential } from './credentials'

const MODERATOR_ROLES = new Set(['host', 'co-host'])

/** The verified Zoom context of a request and its main meeting, or 401 naming what failed. */
function zoomContextOf(
  ctx: AppContext,
  cfg: ZoomConfig,
  req: Request,
): { zoom: ZoomAppContext; meeting: string } {
  const header = req.get('x-zoom-app-context')
  if (!header) throw new HttpError(401, 'X-Zoom-App-Context header is missing; open the app inside Zoom')
  try {
    const zoom = verifyAppContext(header, {
      clientId: cfg.clientId,
      clientSecret: cfg.clientSecret,
      now: ctx.now(),
    })
    const meeting = mainMeetingOf(zoom)
    if (!meeting) throw new HttpError(400, 'the app is not running in a meeting')
    return { zoom, meeting }
  } catch (err) {
    if (err instanceof AppContextError)
      throw new HttpError(401, `Zoom app context refused: ${err.message}`, {
        code: `ZOOM-CONTEXT-${err.reason}`,
      })
    throw err
  }
}

/**
 * The binding API under `/zoom/api`. The mediator (login credential, and host or co-host in Zoom's signed
 * context) links the meeting and assigns Zoom participants to session participants; a party's instance claims
 * its credential with its signed context plus its participantUUID, which must match the mediator's assignment.
 */
export function createZoomApiRoutes(ctx: AppContext, cfg: ZoomConfig, bindings: ZoomBindings): Router {
  const router = Router()
  const ownedMeeting = (req: Request) => {
    const mediator = mediatorOf(ctx, req)
    const { zoom, meeting } = zoomContextOf(ctx, cfg, req)
    return { mediator, zoom, meeting }
  }
  const linkedSession = (req: Request) => {
    const { mediator, meeting } = ownedMeeting(req)
    const linked = bindings.get(meeting)
    if (!linked || linked.ownerId !== mediator.id) throw notFound('linked session for this meeting')
    const session = ctx.directory.session(linked.sessionId)
    if (!session) throw notFound('session')
    return { meeting, session }
  }

  router.get('/meeting', (req, res) => {
    const { mediator, meeting } = ownedMeeting(req)
    const linked = bindings.get(meeting)
    const mine = linked?.ownerId === mediator.id ? linked : undefined
    const body: ZoomMeetingResponse = {
      sessionId: mine?.sessionId ?? null,
      assignments: [...(mine?.assignments ?? [])].map(([participantUUID, a]) => ({
        participantUUID,
        participantId: a.participantId,
        claimed: a.claimed,
      })),
    }
    res.set('cache-control', 'no-store').json(body)
  })

  router.post('/link', (req, res) => {
    const { mediator, zoom, meeting } = ownedMeeting(req)
    if (!MODERATOR_ROLES.has(zoom.attendrole ?? ''))
      throw forbidden('only the Zoom host or a co-host can link the meeting')
    const { sessionId } = parse(ZoomLinkBody, req.body)
    const session = ctx.directory.session(sessionId)
    if (!session || session.ownerId !== mediator.id) throw notFound('session')
    if (bindings.link(meeting, session.id, mediator.id) === 'taken')
      throw new HttpError(409, 'another mediator linked this meeting')
    res.status(204).end()
  })

  router.put('/assignments/:participantUUID', (req, res) => {
    const { meeting, session } = linkedSession(req)
    const participantUUID = parse(ZoomParticipantUuid, param(req, 'participantUUID'))
    const { participantId } = parse(ZoomAssignBody, req.body)
    const participant = session.participants.find((p) => p.id === participantId)
    if (!participant) throw notFound('participant')
    if (participant.role === 'mediator')
      throw new HttpError(400, 'the mediator signs in; only other participants are assigned')
    if (!bindings.assign(meeting, participantUUID, participantId))
      throw new HttpError(413, 'too many assignments in this meeting')
    res.status(204).end()
  })

  router.delete('/assignments/:participantUUID', (req, res) => {
    const { meeting } = linkedSession(req)
    bindings.unassign(meeting, parse(ZoomParticipantUuid, param(req, 'participantUUID')))
    res.status(204).end()
  })

  router.post('/claim', async (req, res) => {
    const { zoom, meeting } = zoomContextOf(ctx, cfg, req)
    const { participantUUID } = parse(ZoomClaimBody, req.body)
    const found = bindings.claim(meeting, participantUUID, zoom.uid ?? null)
    if (found === 'unlinked')
      throw new HttpError(409, 'the mediator has not linked this meeting yet', { code: 'ZOOM-UNLINKED' })
    if (found === 'unassigned')
      throw new HttpError(409, 'the mediator has not assigned you yet', { code: 'ZOOM-UNASSIGNED' })
    if (found === 'mismatch') throw forbidden('this Zoom participant is already claimed by another Zoom user')
    const linked = bindings.get(meeting)
    const session = linked ? ctx.directory.session(linked.sessionId) : undefined
    const participant = session?.participants.find((p) => p.id === found.participantId)
    if (!session || !participant) throw notFound('participant')
    const credential = await issueZoomCredential(ctx, session.id, participant.id)
    const body: ZoomClaimResponse = { credential, sessionId: session.id, participant }
    res.set('cache-control', 'no-store').json(body)
  })
  return router
}
