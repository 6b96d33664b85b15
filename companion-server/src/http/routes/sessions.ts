import { notFound } from '../../errors'
import { mediatorOf, ownedSession, param } from '../auth'
import type { AppContext } from '../context'
import type { RouteDef } from '../route'
import { CreateSessionBody, InviteBody, UpdateSessionBody } from '../schemas'
import { parse } from '../validate'
import { scheduleRoutes } from './schedule'
import { details, summary } from './views'

/** A mediator's sessions and invites (only their own; another mediator's session is 404). */
export function sessionRoutes(ctx: AppContext): RouteDef[] {
  return [
    {
      method: 'post',
      path: '/api/sessions',
      summary: 'Create a session (initialises its control document)',
      auth: 'mediator',
      body: CreateSessionBody,
      ok: { status: 201, description: 'session details' },
      handler: async (req, res) => {
        const mediator = mediatorOf(ctx, req)
        const session = await ctx.sessions.create(mediator, parse(CreateSessionBody, req.body))
        res.status(201).json(details(session))
      },
    },
    {
      method: 'get',
      path: '/api/sessions',
      summary: "List the mediator's own sessions",
      auth: 'mediator',
      ok: { status: 200, description: 'SessionSummary[]' },
      handler: (req, res) => {
        const mediator = mediatorOf(ctx, req)
        res.json(ctx.directory.sessionsOf(mediator.id).map(summary))
      },
    },
    {
      method: 'get',
      path: '/api/sessions/:id',
      summary: 'Session details with sides, participants and invites',
      auth: 'mediator',
      ok: { status: 200, description: 'session details' },
      handler: (req, res) => {
        res.json(details(ownedSession(ctx, req, param(req, 'id')).session))
      },
    },
    {
      method: 'put',
      path: '/api/sessions/:id',
      summary: 'Archive or reactivate a session',
      auth: 'mediator',
      body: UpdateSessionBody,
      ok: { status: 200, description: 'session details' },
      handler: async (req, res) => {
        const { session } = ownedSession(ctx, req, param(req, 'id'))
        const { status } = parse(UpdateSessionBody, req.body)
        res.json(details(await ctx.sessions.setStatus(session, status)))
      },
    },
    {
      method: 'delete',
      path: '/api/sessions/:id',
      summary: 'Delete a session with all its documents and notes; closes its sockets',
      auth: 'mediator',
      ok: { status: 200, description: 'DeletionReport: what was erased' },
      handler: async (req, res) => {
        const mediator = mediatorOf(ctx, req)
        const session = ctx.directory.session(param(req, 'id'))
        if (!session || session.ownerId !== mediator.id) throw notFound('session')
        res.json(await ctx.sessions.remove(session))
      },
    },
    {
      method: 'post',
      path: '/api/sessions/:id/invites',
      summary:
        'Invite a participant (party, adviser or secretariat); returns the one-time link with its token',
      auth: 'mediator',
      body: InviteBody,
      ok: { status: 201, description: 'InviteResponse' },
      handler: async (req, res) => {
        const { session } = ownedSession(ctx, req, param(req, 'id'))
        res.status(201).json(await ctx.sessions.invite(session, parse(InviteBody, req.body)))
      },
    },
    {
      method: 'delete',
      path: '/api/sessions/:id/invites/:inviteId',
      summary: 'Revoke an invite: removes the participant and closes their sockets (4401)',
      auth: 'mediator',
      ok: { status: 204, description: 'revoked' },
      handler: async (req, res) => {
        const { session } = ownedSession(ctx, req, param(req, 'id'))
        await ctx.sessions.revoke(session, param(req, 'inviteId'))
        res.status(204).end()
      },
    },
    ...scheduleRoutes(ctx),
  ]
}
