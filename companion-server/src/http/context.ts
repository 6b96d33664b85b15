import type { Logger } from 'pino'
import type { LoginLimiter } from '../auth/login-limiter'
import type { ScryptCost } from '../auth/passwords'
import type { TicketBook } from '../auth/tickets'
import type { PrepContext } from '../prep/context'
import type { RecordOptions } from '../record/mount'
import type { CommandService } from '../services/commands'
import type { NoteService } from '../services/notes'
import type { SessionService } from '../services/sessions'
import type { Directory } from '../store/directory'
import type { HealthReport } from '../store/storage-health'
import type { Budgets } from '../sync/budgets'
import type { Rooms } from '../sync/rooms'

/** Everything a router needs; platform routers (Zoom, Jitsi) receive the same object. */
export interface AppContext {
  directory: Directory
  sessions: SessionService
  notes: NoteService
  commands: CommandService
  tickets: TicketBook
  /** Per-participant budgets and open sockets (sync/budgets.ts). */
  budgets: Budgets
  rooms: Rooms
  loginLimiter: LoginLimiter
  logger: Logger
  now: () => number
  /** The public origin invite links and pages use (PUBLIC_URL, or the bound address). */
  publicUrl: () => string
  loginTtlMs: number
  /** The scrypt cost new and upgraded password hashes get (PASSWORD_COST unless a test lowers it). */
  passwordCost: ScryptCost
  /** A reason the session cannot be served right now (damaged file), or null. */
  unavailable: (sessionId: string) => string | null
  /** Storage health for /healthz (degraded: disk full, damaged files, refused sessions). */
  health: () => HealthReport
  /** Before the session (prep/): its store and the ICE servers the practice page tests. */
  prep: PrepContext
  /** The session record (record/): verification codes and the time zone printed dates use. */
  record: RecordOptions
}
