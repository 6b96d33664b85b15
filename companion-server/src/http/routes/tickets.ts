import { TicketBody, TicketResponse } from '@mediation/protocol'
import type { AppContext } from '../context'
import { type RouteDef, route } from '../route'

/** Tickets for sync sockets. */
export function ticketRoutes(ctx: AppContext): RouteDef[] {
  return [
    route(ctx, {
      method: 'post',
      path: '/api/tickets',
      summary: 'A single-use ticket (≤ 60 s) for one sync socket of the session',
      access: { auth: 'session', sessionIdFrom: 'body' },
      body: TicketBody,
      ok: { status: 201, description: 'TicketResponse', schema: TicketResponse },
      handler: ({ session, actor, res }) => {
        const t = ctx.tickets.issue(session.id, actor)
        const body: TicketResponse = { ticket: t.ticket, expiresAt: new Date(t.expiresAt).toISOString() }
        res.status(201).json(body)
      },
    }),
  ]
}
