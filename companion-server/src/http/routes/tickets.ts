import { TicketBody, TicketResponse } from '@mediation/protocol'
import type { AppContext } from '../context'
import { type RouteDef, route } from '../route'

/** Tickets for sync sockets. */
export function ticketRoutes(ctx: AppContext): RouteDef[] {
  return [
    route(ctx, {
      method: 'post',
      path: '/api/tickets',
      summary: 'Single-use tickets (≤ 60 s), each for one sync socket of the session (`count`, default 1)',
      // An archived session is still read (its sockets open read-only), so tickets keep coming.
      access: { auth: 'session', sessionIdFrom: 'body', whenArchived: 'allowed' },
      body: TicketBody,
      ok: { status: 201, description: 'TicketResponse', schema: TicketResponse },
      handler: ({ session, actor, body: { count = 1 }, res }) => {
        const t = ctx.tickets.issueMany(session.id, actor, count)
        const body: TicketResponse = {
          ticket: t.tickets[0] as string,
          tickets: t.tickets,
          expiresAt: new Date(t.expiresAt).toISOString(),
        }
        res.status(201).json(body)
      },
    }),
  ]
}
