/**
 * The practice page's network check: a WebSocket at `/prep/ping?ticket=…` that echoes small JSON pings with the
 * server's receive time. Authenticated by a single-use ticket (POST /api/tickets), so no invite token ever
 * appears in a URL or a log. Like the sync server it accepts the upgrade and closes with 4401 on a bad ticket.
 */
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { CLOSE_UNAUTHORIZED } from '@mediation/protocol'
import type { Logger } from 'pino'
import { WebSocketServer } from 'ws'
import { isStillMember } from '../auth/actor'
import type { TicketBook } from '../auth/tickets'
import type { Directory } from '../store/directory'
import type { Budgets } from '../sync/budgets'

/** A practice run sends a few dozen pings at most; more is a misbehaving client. */
const MAX_PINGS = 200
const MAX_FRAME = 1024

export function createPingServer(opts: {
  tickets: TicketBook
  directory: Directory
  budgets: Budgets
  now: () => number
  logger: Logger
}) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME })

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', (err) => opts.logger.warn({ err: err.message }, 'ping socket error'))
      const url = new URL(req.url ?? '/', 'http://localhost')
      const ticket = opts.tickets.redeem(url.searchParams.get('ticket') ?? '')
      const session = ticket ? opts.directory.session(ticket.sessionId) : undefined
      if (!ticket || !session || !isStillMember(session, ticket.actor, opts.now())) {
        return ws.close(CLOSE_UNAUTHORIZED, 'invalid or expired ticket')
      }
      // The ping socket counts among the participant's sockets, so revocation and expiry close it too.
      const budget = opts.budgets.of(ticket.sessionId, ticket.actor.id)
      if (!opts.budgets.canOpen(budget)) return ws.close(4429, 'too many open connections')
      const handle = { close: (code: number, reason: string) => ws.close(code, reason) }
      budget.sockets.add(handle)
      ws.on('close', () => budget.sockets.delete(handle))
      const member = () => {
        const now = opts.directory.session(ticket.sessionId)
        return now !== undefined && isStillMember(now, ticket.actor, opts.now())
      }
      let count = 0
      ws.on('message', (data, isBinary) => {
        if (!member()) return ws.close(CLOSE_UNAUTHORIZED, 'no longer a member of this session')
        if (isBinary || ++count > MAX_PINGS) return ws.close(1008, 'too many or malformed pings')
        let msg: unknown
        try {
          msg = JSON.parse(data.toString())
        } catch {
          return ws.close(1007, 'expected JSON')
        }
        const seq = (msg as { seq?: unknown }).seq
        if (typeof seq !== 'number' || !Number.isInteger(seq))
          return ws.close(1007, 'expected {type:"ping", seq}')
        ws.send(JSON.stringify({ type: 'pong', seq, serverTime: Date.now() }))
      })
    })
  }

  return {
    handleUpgrade,
    close(): void {
      for (const ws of wss.clients) ws.close(1001, 'server shutting down')
      wss.close()
    },
  }
}

export type PingServer = ReturnType<typeof createPingServer>
