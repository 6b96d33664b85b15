import {
  CreateSessionBody,
  DeletionReport,
  InviteBody,
  InviteResponse,
  SessionDetails,
  SessionSummary,
  UpdateSessionBody,
} from '@mediation/protocol'
import { z } from 'zod'
import { notFound } from '../../errors'
import { param } from '../auth'
import type { AppContext } from '../context'
import { MEDIATOR_ONLY, type RouteDef, route } from '../route'
import { scheduleRoutes } from './schedule'
import { details, summary } from './views'

const owner = { auth: 'session', roles: MEDIATOR_ONLY } as const
/** The owner's calls that still work on an archived session (SESSION-6): reactivating it, revoking access. */
const ownerEvenArchived = { ...owner, whenArchived: 'allowed' } as const

/** A mediator's sessions and invites (only their own; another mediator's session is 404). */
export function sessionRoutes(ctx: AppContext): RouteDef[] {
  return [
    route(ctx, {
      method: 'post',
      path: '/api/sessions',
      summary: 'Create a session (initialises its control document)',
      access: { auth: 'mediator' },
      body: CreateSessionBody,
      ok: { status: 201, description: 'session details', schema: SessionDetails },
      handler: async ({ mediator, body, res }) => {
        const session = await ctx.sessions.create(mediator, body)
        res.status(201).json(details(session, ctx.sessions.retentionYearsOf(session)))
      },
    }),
    route(ctx, {
      method: 'get',
      path: '/api/sessions',
      summary: "List the mediator's own sessions",
      access: { auth: 'mediator' },
      ok: { status: 200, description: 'SessionSummary[]', schema: z.array(SessionSummary) },
      handler: ({ mediator, res }) => {
        res.json(ctx.directory.sessionsOf(mediator.id).map(summary))
      },
    }),
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id',
      summary: 'Session details with sides, participants and invites',
      access: owner,
      ok: { status: 200, description: 'session details', schema: SessionDetails },
      handler: ({ session, res }) => {
        res.json(details(session, ctx.sessions.retentionYearsOf(session)))
      },
    }),
    route(ctx, {
      method: 'put',
      path: '/api/sessions/:id',
      summary: 'Archive or reactivate a session',
      access: ownerEvenArchived,
      body: UpdateSessionBody,
      ok: { status: 200, description: 'session details', schema: SessionDetails },
      handler: async ({ session, body, res }) => {
        res.json(
          details(await ctx.sessions.setStatus(session, body.status), ctx.sessions.retentionYearsOf(session)),
        )
      },
    }),
    route(ctx, {
      method: 'delete',
      path: '/api/sessions/:id',
      summary:
        'Delete a session with all its documents and notes; closes its sockets. 409 EXPORT-REQUIRED unless the dossier was downloaded after the last change, 409 RETENTION-PERIOD for an archived dossier within its retention period',
      // The owner may erase a session whose file is damaged, so this skips the session check's 503.
      access: { auth: 'mediator' },
      errors: [409],
      ok: { status: 200, description: 'DeletionReport: what was erased', schema: DeletionReport },
      handler: async ({ mediator, req, res }) => {
        const session = ctx.directory.session(param(req, 'id'))
        if (!session || session.ownerId !== mediator.id) throw notFound('SESSION-NOT-FOUND', 'session')
        // A damaged file cannot be exported: erasing it is the administrator's call (README, restoring).
        if (ctx.unavailable(session.id) === null) await ctx.sessions.checkErasable(session)
        res.json(await ctx.sessions.remove(session))
      },
    }),
    route(ctx, {
      method: 'post',
      path: '/api/sessions/:id/invites',
      summary:
        'Invite a participant (party, adviser or secretariat); returns the one-time link with its token',
      access: owner,
      body: InviteBody,
      ok: { status: 201, description: 'InviteResponse', schema: InviteResponse },
      handler: async ({ session, body, res }) => {
        res.status(201).json(await ctx.sessions.invite(session, body))
      },
    }),
    route(ctx, {
      method: 'delete',
      path: '/api/sessions/:id/invites/:inviteId',
      summary: 'Revoke an invite: removes the participant and closes their sockets (4401)',
      access: ownerEvenArchived,
      ok: { status: 204, description: 'revoked' },
      handler: async ({ session, req, res }) => {
        await ctx.sessions.revoke(session, param(req, 'inviteId'))
        res.status(204).end()
      },
    }),
    ...scheduleRoutes(ctx),
  ]
}
