import type { TicketResponse } from '@mediation/protocol'
import { sessionOf } from '../auth'
import type { AppContext } from '../context'
import type { RouteDef } from '../route'
import { TicketBody } from '../schemas'
import { parse } from '../validate'

/** Tickets for sync sockets, and party commands. */
export function ticketRoutes(ctx: AppContext): RouteDef[] {
  return [
    {
      method: 'post',
      path: '/api/tickets',
      summary: 'A single-use ticket (≤ 60 s) for one sync socket of the session',
      auth: 'credential',
      body: TicketBody,
      ok: { status: 201, description: 'TicketResponse' },
      handler: (req, res) => {
        const { sessionId } = parse(TicketBody, req.body)
        const { session, actor } = sessionOf(ctx, req, sessionId)
        const t = ctx.tickets.issue(session.id, actor)
        const body: TicketResponse = { ticket: t.ticket, expiresAt: new Date(t.expiresAt).toISOString() }
        res.status(201).json(body)
      },
    },
  ]
}
