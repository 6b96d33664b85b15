import {
  ZoomAssignBody,
  ZoomClaimBody,
  type ZoomClaimResponse,
  ZoomLinkBody,
  type ZoomMeetingResponse,
  ZoomPairBody,
  ZoomPairingCodeResponse,
  ZoomParticipantUuid,
  ZoomSelfBody,
} from '@mediation/protocol'
import type { Request } from 'express'
import type { Credential } from '../auth/actor'
import { forbidden, HttpError, notFound } from '../errors'
import { param } from '../http/auth'
import type { AppContext } from '../http/context'
import { type ContextProof, type RouteDef, route } from '../http/route'
import { parse } from '../http/validate'
import { AppContextError, mainMeetingOf, verifyAppContext, type ZoomAppContext } from './app-context'
import type { ZoomBindings } from './bindings'
import type { ZoomConfig } from './config'
import { issueZoomCredential } from './credentials'
import type { PairingCodes } from './pairing-codes'

const MODERATOR_ROLES = new Set(['host', 'co-host'])
/** Who joins through the Zoom app with a pairing code: the mediator signs in, the secretariat has no meeting. */
const PAIRING_ROLES = new Set(['party', 'adviser'])
const API = '/zoom/api'

interface Zoom {
  zoom: ZoomAppContext
  meeting: string
}

/** The verified `X-Zoom-App-Context` of a request and its main meeting, or 401 naming the failed check. */
export function zoomProof(ctx: AppContext, cfg: ZoomConfig): ContextProof<Zoom> {
  return {
    header: 'x-zoom-app-context',
    prove(req: Request) {
      const header = req.get('x-zoom-app-context')
      if (!header)
        throw new HttpError(401, 'X-Zoom-App-Context header is missing; open the app inside Zoom', {
          code: 'ZOOM-CONTEXT-missing',
        })
      try {
        const zoom = verifyAppContext(header, {
          clientId: cfg.clientId,
          clientSecret: cfg.clientSecret,
          now: ctx.now(),
        })
        const meeting = mainMeetingOf(zoom)
        if (!meeting)
          throw new HttpError(400, 'the app is not running in a meeting', { code: 'ZOOM-NO-MEETING' })
        return { zoom, meeting }
      } catch (err) {
        if (err instanceof AppContextError)
          throw new HttpError(401, `Zoom app context refused: ${err.message}`, {
            code: `ZOOM-CONTEXT-${err.reason}`,
          })
        throw err
      }
    },
  }
}

const participantOf = (c: Credential) => {
  if (c.kind !== 'participant')
    throw forbidden('the mediator signs in; only participants pair', 'ZOOM-MEDIATOR-SIGNS-IN')
  return c
}

/**
 * The binding API under `/zoom/api`. The mediator (login credential, and host or co-host in Zoom's signed
 * context) links the meeting and may say who a Zoom participant is. A party's instance gets its credential only
 * by proving who it is: the pairing code from that participant's own invite page, or — again later — being the
 * same Zoom user (`uid`, signed by Zoom) that paired. A participantUUID an instance sends is never a proof.
 */
export function createZoomApiRoutes(
  ctx: AppContext,
  cfg: ZoomConfig,
  bindings: ZoomBindings,
  codes: PairingCodes,
): RouteDef[] {
  const context = zoomProof(ctx, cfg)
  const linkedTo = (meeting: string) => {
    const linked = bindings.get(meeting)
    if (!linked)
      throw new HttpError(409, 'the mediator has not linked this meeting yet', { code: 'ZOOM-UNLINKED' })
    const session = ctx.directory.session(linked.sessionId)
    if (!session) throw notFound('SESSION-NOT-FOUND', 'session')
    return session
  }
  const owned = (meeting: string, mediatorId: string) => {
    const linked = bindings.get(meeting)
    if (!linked || linked.ownerId !== mediatorId)
      throw notFound('SESSION-NOT-FOUND', 'linked session for this meeting')
    return linkedTo(meeting)
  }
  /** The credential answer for `participantId`, after a proof. */
  const credentialFor = async (sessionId: string, participantId: string) => {
    const session = ctx.directory.session(sessionId)
    const participant = session?.participants.find((p) => p.id === participantId)
    if (!session || !participant) throw notFound('PARTICIPANT-NOT-FOUND', 'participant')
    const credential = await issueZoomCredential(ctx, session.id, participant.id)
    const body: ZoomClaimResponse = { credential, sessionId: session.id, participant }
    return body
  }

  return [
    route(ctx, {
      method: 'get',
      path: `${API}/meeting`,
      summary: 'Zoom (mediator): the session linked to this meeting and who each Zoom participant is',
      access: { auth: 'mediator' },
      context,
      ok: { status: 200, description: 'ZoomMeetingResponse' },
      handler: ({ mediator, context: { meeting }, res }) => {
        const linked = bindings.get(meeting)
        const mine = linked?.ownerId === mediator.id
        const body: ZoomMeetingResponse = mine
          ? { sessionId: linked.sessionId, ...bindings.attribution(meeting) }
          : { sessionId: null, assignments: [], conflicts: [], rooms: [] }
        res.set('cache-control', 'no-store').json(body)
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${API}/link`,
      summary: 'Zoom (mediator, host or co-host in Zoom): link this meeting to one of their sessions',
      access: { auth: 'mediator' },
      context,
      body: ZoomLinkBody,
      ok: { status: 204, description: 'linked' },
      errors: [409],
      handler: ({ mediator, context: { zoom, meeting }, body, res }) => {
        if (!MODERATOR_ROLES.has(zoom.attendrole ?? ''))
          throw forbidden('only the Zoom host or a co-host can link the meeting', 'ZOOM-NOT-HOST')
        const session = ctx.directory.session(body.sessionId)
        if (!session || session.ownerId !== mediator.id) throw notFound('SESSION-NOT-FOUND', 'session')
        if (bindings.link(meeting, session.id, mediator.id) === 'taken')
          throw new HttpError(409, 'another mediator linked this meeting', { code: 'ZOOM-LINKED-ELSEWHERE' })
        res.status(204).end()
      },
    }),
    route(ctx, {
      method: 'put',
      path: `${API}/assignments/:participantUUID`,
      summary: 'Zoom (mediator): say which session participant a Zoom participant is (attribution only)',
      access: { auth: 'mediator' },
      context,
      body: ZoomAssignBody,
      ok: { status: 204, description: 'assigned' },
      handler: ({ mediator, context: { meeting }, body, req, res }) => {
        const session = owned(meeting, mediator.id)
        const participantUUID = parse(ZoomParticipantUuid, param(req, 'participantUUID'))
        const participant = session.participants.find((p) => p.id === body.participantId)
        if (!participant) throw notFound('PARTICIPANT-NOT-FOUND', 'participant')
        if (participant.role === 'mediator')
          throw new HttpError(400, 'the mediator signs in; only other participants are assigned', {
            code: 'ZOOM-MEDIATOR-SIGNS-IN',
          })
        if (!bindings.assign(meeting, participantUUID, participant.id))
          throw new HttpError(413, 'too many assignments in this meeting', { code: 'ZOOM-TOO-MANY' })
        res.status(204).end()
      },
    }),
    route(ctx, {
      method: 'delete',
      path: `${API}/assignments/:participantUUID`,
      summary: "Zoom (mediator): withdraw the mediator's assignment of a Zoom participant",
      access: { auth: 'mediator' },
      context,
      ok: { status: 204, description: 'withdrawn' },
      handler: ({ mediator, context: { meeting }, req, res }) => {
        owned(meeting, mediator.id)
        bindings.unassign(meeting, parse(ZoomParticipantUuid, param(req, 'participantUUID')))
        res.status(204).end()
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${API}/pairing-code`,
      summary: 'Zoom (a party or adviser, own invite): a single-use code to pair the Zoom app with',
      access: { auth: 'credential' },
      ok: { status: 200, description: 'a fresh code', schema: ZoomPairingCodeResponse },
      errors: [429],
      handler: async ({ credential, res }) => {
        const c = participantOf(credential)
        if (!PAIRING_ROLES.has(c.participant.role))
          throw forbidden('only parties and advisers join through the Zoom app', 'ZOOM-PARTIES-ONLY')
        const down = ctx.unavailable(c.session.id)
        if (down) throw new HttpError(503, down, { code: 'SERVICE-DOWN' })
        const body: ZoomPairingCodeResponse = await codes.issue(c.session.id, c.participant.id)
        res.set('cache-control', 'no-store').json(body)
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${API}/pair`,
      summary: 'Zoom (no bearer): pair this instance with the session participant whose code it types',
      access: { auth: 'none' },
      context,
      body: ZoomPairBody,
      ok: { status: 200, description: 'ZoomClaimResponse' },
      errors: [409, 429],
      handler: async ({ context: { zoom, meeting }, body, res }) => {
        const session = linkedTo(meeting)
        const participantId = await codes.take(meeting, zoom.uid ?? null, session.id, body.code)
        if (!participantId)
          throw new HttpError(403, 'this pairing code is wrong, used or expired', { code: 'ZOOM-PAIR-WRONG' })
        const answer = await credentialFor(session.id, participantId)
        if (!bindings.pair(meeting, participantId, zoom.uid ?? null, body.participantUUID))
          throw new HttpError(413, 'too many pairings in this meeting', { code: 'ZOOM-TOO-MANY' })
        res.set('cache-control', 'no-store').json(answer)
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${API}/claim`,
      summary: 'Zoom (no bearer): the Zoom user who paired in this meeting gets a credential again',
      access: { auth: 'none' },
      context,
      body: ZoomClaimBody,
      ok: { status: 200, description: 'ZoomClaimResponse' },
      errors: [409],
      handler: async ({ context: { zoom, meeting }, body, res }) => {
        const session = linkedTo(meeting)
        const participantId = bindings.pairedAs(meeting, zoom.uid ?? null)
        if (!participantId)
          throw new HttpError(409, 'pair this Zoom app with the code from your invite page', {
            code: 'ZOOM-PAIR-NEEDED',
          })
        const answer = await credentialFor(session.id, participantId)
        bindings.report(meeting, participantId, body.participantUUID)
        res.set('cache-control', 'no-store').json(answer)
      },
    }),
    route(ctx, {
      method: 'put',
      path: `${API}/self`,
      summary: 'Zoom (the paired instance): its participantUUID now and the breakout room it is in',
      access: { auth: 'credential' },
      context,
      body: ZoomSelfBody,
      ok: { status: 204, description: 'recorded' },
      errors: [409],
      handler: ({ credential, context: { zoom, meeting }, body, res }) => {
        const c = participantOf(credential)
        const session = linkedTo(meeting)
        if (session.id !== c.session.id)
          throw notFound('SESSION-NOT-FOUND', 'linked session for this meeting')
        // Zoom's signed word on the room wins over the instance's own (see ZoomAppContext.mid/pid/bmid).
        const signed = zoom.pid ? (zoom.mid ?? null) : (zoom.bmid ?? undefined)
        const breakoutRoomUUID = signed !== undefined ? signed : body.breakoutRoomUUID
        const room = breakoutRoomUUID === undefined ? undefined : { breakoutRoomUUID, at: ctx.now() }
        if (!bindings.report(meeting, c.participant.id, body.participantUUID, room, zoom.uid ?? null))
          throw new HttpError(409, 'pair this Zoom app with the code from your invite page', {
            code: 'ZOOM-PAIR-NEEDED',
          })
        res.status(204).end()
      },
    }),
  ]
}
