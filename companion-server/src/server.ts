import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { PREP_PING_PATH } from '@mediation/core/prep'
import type { Express } from 'express'
import type { Logger } from 'pino'
import { LoginLimiter } from './auth/login-limiter'
import { PASSWORD_COST } from './auth/passwords'
import { TicketBook } from './auth/tickets'
import { createApp } from './http/app'
import type { AppContext } from './http/context'
import type { RouteDef } from './http/route'
import { createLogger } from './logger'
import { DEFAULT_LIMITS, type ServerOptions } from './options'
import { createMemoryPrepStore, createPingServer } from './prep'
import { SafetyHolds, trackSafetyHolds } from './prep/safety-holds'
import { prepSafetyFacts } from './prep/safety-routes'
import { intakeExport } from './record/dossier-files'
import { createMemoryVerificationStore } from './record/verification-store'
import { createCommandService } from './services/commands'
import { createNoteService } from './services/notes'
import { createSessionService, DEFAULT_RETENTION_YEARS } from './services/sessions'
import type { BackupManifest } from './store/backup'
import { acquireDataLock } from './store/data-lock'
import { Directory } from './store/directory'
import { createLowdbStores } from './stores'
import { watchBoardLedger } from './sync/board-ledger'
import { Budgets } from './sync/budgets'
import { startMembershipSweep } from './sync/membership-sweep'
import { noteStamps } from './sync/note-stamps'
import { Rooms } from './sync/rooms'
import { createSyncServer } from './sync/sync-server'
import { loadTimesheet } from './timesheet/routes'

export interface RunningServer {
  /** http(s)://host:port */
  url: string
  /** ws(s)://host:port/sync — the WebsocketProvider serverUrl. */
  wsUrl: string
  port: number
  app: Express
  routes: RouteDef[]
  context: AppContext
  /** Open sync sockets right now. */
  connections(): number
  /** Stops accepting, closes every socket, flushes every pending save. Idempotent. */
  close(): Promise<void>
  /** Saves every room, then writes a consistent copy of the data folder into the empty folder `target`. */
  backup(target: string): Promise<BackupManifest>
}

/** Builds and starts a companion server; nothing here reads the environment. */
export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const logger: Logger = options.logger ?? createLogger()
  const now = options.now ?? Date.now
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  // One process per data folder: a second server on the same files would overwrite the first one's log.
  const lock = options.store ? null : await acquireDataLock(options.dataDir)
  const stores =
    options.store ??
    (await createLowdbStores(options.dataDir, { logger }).catch(async (e: unknown) => {
      await lock?.release()
      throw e
    }))
  const directory = await Directory.open(stores.meta)
  const budgets = new Budgets(limits)
  const rooms = new Rooms({
    store: stores.docs,
    logger,
    saveDelayMs: options.saveDelayMs,
    saveMaxDelayMs: options.saveMaxDelayMs,
    backlog: limits,
    items: limits,
    onLoad: (room) => watchBoardLedger(room, rooms, now, logger),
  })
  let publicUrl = options.publicUrl ?? ''
  const unavailable = (id: string) =>
    stores.damaged?.(id)
      ? 'this session cannot be served: its data file is damaged; an administrator must restore it'
      : null
  const rawPrep = stores.prep ?? createMemoryPrepStore()
  const safetyHolds = new SafetyHolds(rawPrep, (id) => directory.session(id)?.kind)
  const prepStore = trackSafetyHolds(rawPrep, safetyHolds)
  const ctx: AppContext = {
    directory,
    rooms,
    sessions: createSessionService({
      directory,
      rooms,
      sockets: budgets,
      docs: stores.docs,
      notes: stores.notes,
      now,
      publicUrl: () => publicUrl,
      erase: [prepStore],
      retentionYears: options.retentionYears ?? DEFAULT_RETENTION_YEARS,
      // An intake answer, a manual entry or a claim field changed since the export makes it stale too.
      dossierExtras: async (session) =>
        JSON.stringify([
          (await intakeExport(prepStore, session)).participants,
          await loadTimesheet(prepStore, session.id),
        ]),
    }),
    notes: createNoteService(stores.notes, now, limits, noteStamps(rooms, logger)),
    commands: createCommandService(rooms, now, budgets, limits, (session) =>
      prepSafetyFacts(prepStore, session),
    ),
    tickets: new TicketBook(options.ticketTtlMs ?? 60_000, now, budgets),
    budgets,
    loginLimiter: new LoginLimiter(limits),
    logger,
    now,
    publicUrl: () => publicUrl,
    loginTtlMs: options.loginTtlMs ?? 12 * 3600_000,
    passwordCost: options.passwordCost ?? PASSWORD_COST,
    unavailable,
    health: stores.health ?? (() => ({ ok: true })),
    prep: { store: prepStore, iceServers: options.iceServers ?? [], platforms: options.platforms ?? [] },
    record: { codes: stores.codes ?? createMemoryVerificationStore() },
  }
  const { app, routes } = createApp(ctx, {
    staticDir: options.staticDir ?? null,
    bodyLimit: limits.bodyLimit,
    routers: options.routers ?? [],
    trustProxy: options.trustProxy ?? 'loopback',
  })
  const server: Server = options.tls ? createHttpsServer(options.tls, app) : createHttpServer(app)
  const sync = createSyncServer({
    path: '/sync',
    tickets: ctx.tickets,
    directory,
    rooms,
    budgets,
    now,
    logger,
    limits,
    unavailable,
    pingIntervalMs: options.pingIntervalMs,
    safetyHolds,
  })
  const ping = createPingServer({ tickets: ctx.tickets, directory, budgets, now, logger })
  const stopSweep = startMembershipSweep(budgets, directory, now, options.membershipSweepMs ?? 15_000)
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy())
    if (req.url?.startsWith('/sync/')) sync.handleUpgrade(req, socket, head)
    else if (req.url?.startsWith(`${PREP_PING_PATH}?`)) ping.handleUpgrade(req, socket, head)
    else {
      // A status, not a dropped socket: the client (or its proxy) learns the path is wrong and stops guessing.
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const scheme = options.tls ? 'https' : 'http'
  const host =
    options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1'
  const url = `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`
  publicUrl ||= url
  logger.info({ port, url }, 'listening')
  // Damage in session files is found when a session is first opened, or by this pass after listening, so
  // start-up does not grow with the number of sessions.
  const started = performance.now()
  void stores.scan?.().then(
    () =>
      logger.info({ ms: Math.round(performance.now() - started) }, 'background scan of session files done'),
    (err: unknown) => logger.error({ err }, 'background scan of session files failed'),
  )

  let closing: Promise<void> | null = null
  const close = () =>
    (closing ??= (async () => {
      stopSweep()
      sync.close()
      ping.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await rooms.close()
      await stores.docs.flush()
      await stores.meta.close?.()
      await lock?.release()
      logger.info('stopped; every pending save is on disk')
    })())

  return {
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/sync`,
    port,
    app,
    routes,
    context: ctx,
    connections: () => sync.connections,
    close,
    async backup(target) {
      if (!stores.backup) throw new Error('these stores cannot be backed up (memory stores)')
      await rooms.flushAll()
      const manifest = await stores.backup(target)
      logger.info({ target, files: manifest.files.length }, 'backup written')
      return manifest
    },
  }
}
