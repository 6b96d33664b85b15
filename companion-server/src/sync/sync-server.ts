import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { controlSchema, rawForbiddenRoots, sharedCaucusKeys } from '@mediation/core/domain'
import type { Logger } from 'pino'
import { type RawData, type WebSocket, WebSocketServer } from 'ws'
import { isStillMember } from '../auth/actor'
import type { TicketBook } from '../auth/tickets'
import type { Directory } from '../store/directory'
import { accessTo, isSharedCaucusDoc } from './access'
import type { Budgets } from './budgets'
import { attachConnection, type SyncLimits } from './connection'
import { jointGuard } from './joint-guard'
import { CLOSE } from './messages'
import type { Rooms } from './rooms'

export interface SyncServerOptions {
  path: string
  tickets: TicketBook
  directory: Directory
  rooms: Rooms
  budgets: Budgets
  now: () => number
  logger: Logger
  limits: SyncLimits & { maxFrameBytes: number }
  /** Returns a reason when the session cannot be served (damaged file), else null. */
  unavailable: (sessionId: string) => string | null
  pingIntervalMs?: number
  /** SAFETY-4: whether a session is held for its safety screening (read before a writer of `control` joins). */
  safetyHolds?: { load(sessionId: string): Promise<void>; isHeld(sessionId: string): boolean }
}

/**
 * The upgrade handler for `<path>/<sessionId>/<docName>?ticket=…`. It always accepts the upgrade and then
 * closes with 4401/4403, because browsers cannot see a refused upgrade and would retry forever.
 */
export function createSyncServer(opts: SyncServerOptions) {
  const { logger } = opts
  const wss = new WebSocketServer({ noServer: true, maxPayload: opts.limits.maxFrameBytes })
  const alive = new WeakMap<WebSocket, boolean>()
  const ping = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) ws.terminate()
      else {
        alive.set(ws, false)
        ws.ping()
      }
    }
  }, opts.pingIntervalMs ?? 30_000)
  ping.unref()

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    wss.handleUpgrade(req, socket, head, (ws) => {
      // Listeners go on before anything else: an oversized frame must never become an unhandled 'error'.
      ws.on('error', (err) => logger.warn({ err: err.message }, 'socket error'))
      ws.on('pong', () => alive.set(ws, true))
      const early: RawData[] = []
      const buffer = (d: RawData) => early.push(d)
      ws.on('message', buffer)
      void admit(ws, req, early, buffer).catch((err: unknown) => {
        logger.error({ err }, 'sync connection failed')
        ws.close(CLOSE.serverError, 'server error')
      })
    })
  }

  /** CAUCUS-13: whether the session's caucus log has had a room of exactly the sides `key` names. */
  function sharedRoomExists(sessionId: string, key: string): Promise<boolean> {
    return opts.rooms.withDocs([`${sessionId}/control`], ([control]) =>
      sharedCaucusKeys(controlSchema(control!).caucusLog.toArray()).includes(key),
    )
  }

  async function admit(ws: WebSocket, req: IncomingMessage, early: RawData[], buffer: (d: RawData) => void) {
    const target = parseTarget(req.url ?? '/', opts.path)
    if (!target) return ws.close(CLOSE.badMessage, 'malformed sync path')
    const { sessionId, docName, ticketText } = target
    const ticket = opts.tickets.redeem(ticketText)
    const session = opts.directory.session(sessionId)
    if (
      !ticket ||
      ticket.sessionId !== sessionId ||
      !session ||
      !isStillMember(session, ticket.actor, opts.now())
    ) {
      return ws.close(CLOSE.unauthorized, 'invalid or expired ticket')
    }
    const access = accessTo(session, docName, ticket.actor)
    if (access === 'none') return ws.close(CLOSE.forbidden, 'document not allowed')
    if (isSharedCaucusDoc(docName) && !(await sharedRoomExists(sessionId, docName.slice('caucus/'.length))))
      return ws.close(CLOSE.forbidden, 'document not allowed')
    const down = opts.unavailable(sessionId)
    if (down) return ws.close(CLOSE.serverError, 'session unavailable')
    // The mediator writes `control`: its phase writes are checked against the safety hold (SAFETY-4).
    const holds = docName === 'control' && access === 'write' ? opts.safetyHolds : undefined
    if (holds) await holds.load(sessionId)
    const budget = opts.budgets.of(sessionId, ticket.actor.id)
    if (!opts.budgets.canOpen(budget)) return ws.close(CLOSE.rateLimited, 'too many open connections')
    // The place is held while the room loads, so parallel upgrades cannot all pass the check.
    const placeholder = { close: (code: number, reason: string) => ws.close(code, reason) }
    budget.sockets.add(placeholder)
    const room = await opts.rooms
      .get(`${sessionId}/${docName}`)
      .finally(() => budget.sockets.delete(placeholder))
    if (ws.readyState !== ws.OPEN) return opts.rooms.release(room)
    ws.off('message', buffer)
    const onMessage = attachConnection(room, ws, {
      actor: ticket.actor,
      readOnly: access === 'read',
      forbidden: rawForbiddenRoots(docName, {
        participantId: ticket.actor.id,
        role: ticket.actor.role,
        sideId: ticket.actor.sideId,
      }),
      guard: holds ? jointGuard(() => holds.isHeld(sessionId)) : null,
      budget,
      stillMember: () => {
        const now = opts.directory.session(sessionId)
        return now !== undefined && isStillMember(now, ticket.actor, opts.now())
      },
      limits: opts.limits,
      logger,
      onClose: () => opts.rooms.release(room),
    })
    logger.debug({ doc: room.name, participantId: ticket.actor.id, access }, 'sync socket opened')
    for (const d of early) onMessage(d)
  }

  return {
    handleUpgrade,
    /** Number of open sync sockets. */
    get connections() {
      return wss.clients.size
    },
    /** Closes every socket (1001) and stops the ping timer. */
    close(): void {
      clearInterval(ping)
      for (const ws of wss.clients) ws.close(CLOSE.goingAway, 'server shutting down')
      wss.close()
    },
  }
}

export type SyncServer = ReturnType<typeof createSyncServer>

/**
 * `<path>/<sessionId>/<docName>?ticket=…` split and decoded; null when it does not have that shape or does not
 * decode (a client's mistake, answered 4400, never a server error).
 */
function parseTarget(
  raw: string,
  path: string,
): { sessionId: string; docName: string; ticketText: string } | null {
  try {
    const url = new URL(raw, 'http://localhost')
    const rest = url.pathname.slice(path.length + 1)
    const slash = rest.indexOf('/')
    if (slash <= 0 || slash === rest.length - 1) return null
    const sessionId = decodeURIComponent(rest.slice(0, slash))
    const docName = decodeURIComponent(rest.slice(slash + 1))
    return { sessionId, docName, ticketText: url.searchParams.get('ticket') ?? '' }
  } catch {
    return null
  }
}
