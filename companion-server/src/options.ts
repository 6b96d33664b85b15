import type { IceServerConfig, MeetingPlatform } from '@mediation/core/prep'
import type { Logger } from 'pino'
import type { LoginLimits } from './auth/login-limiter'
import type { ScryptCost } from './auth/passwords'
import type { RouterMount } from './http/app'
import type { PrepStore } from './prep/store'
import type { VerificationStore } from './record/verification-store'
import type { IdempotencyLimits } from './services/idempotency'
import type { NoteLimits } from './services/notes'
import type { BackupManifest } from './store/backup'
import type { MetaStore } from './store/meta-types'
import type { HealthReport } from './store/storage-health'
import type { DocStore, NoteStore } from './store/types'
import type { ParticipantLimits } from './sync/budgets'
import type { BacklogLimits } from './sync/room'
import type { ItemLimits } from './sync/rooms'

/** The stores a server runs on; `lowdb` (files under dataDir) is the default. */
export interface Stores {
  docs: DocStore
  notes: NoteStore
  meta: MetaStore
  /** Session ids whose files are damaged (reported at start, refused with 503). */
  damaged?: (sessionId: string) => Error | undefined
  /** Intake, agreement-to-mediate signatures and practice results (prep/); kept in the session's own file. */
  prep?: PrepStore
  /** Verification codes of countersigned agreements (record/); kept in the session's own file. */
  codes?: VerificationStore
  /** What /healthz says about storage (absent: always ok). */
  health?: () => HealthReport
  /** Writes a consistent copy of the data folder into the empty folder `target` (npm run backup). */
  backup?: (target: string) => Promise<BackupManifest>
  /** A pass over stored data after the server listens (finds damaged files; fills lookup indexes). */
  scan?: () => Promise<void>
}

export interface ServerOptions {
  dataDir: string
  /** 0 picks a free port. */
  port?: number
  host?: string
  logger?: Logger
  /** Overrides the lowdb stores (e.g. `createMemoryStores()`). */
  store?: Stores
  /** Origin used in invite links; defaults to the bound http(s) address. */
  publicUrl?: string
  /** PEM certificate and key; when both are set the server speaks HTTPS/WSS. */
  tls?: { cert: string | Buffer; key: string | Buffer }
  /** Folder of the built page bundles, served at /app/ (null: none). */
  staticDir?: string | null
  routers?: RouterMount[]
  /** Express `trust proxy` (default `loopback`): whose X-Forwarded-For names the client. */
  trustProxy?: string
  /** Injectable clock (tickets, login tokens, rate limits, notes, commands). */
  now?: () => number
  ticketTtlMs?: number
  loginTtlMs?: number
  /** scrypt cost for new and upgraded password hashes; default PASSWORD_COST (N=2^17, r=8, p=1). */
  passwordCost?: ScryptCost
  limits?: Partial<Limits>
  saveDelayMs?: number
  saveMaxDelayMs?: number
  pingIntervalMs?: number
  /** How often open sockets are checked for expired or revoked membership (default 15 s). */
  membershipSweepMs?: number
  /** STUN/TURN servers the practice page tests (ICE_SERVERS). */
  iceServers?: IceServerConfig[]
  /** RETENTION_YEARS: how long an archived dossier is kept before it may be erased (default 7). */
  retentionYears?: number
  /** The video platforms configured (main.ts: Jitsi always, Zoom with its keys); the agreement names them. */
  platforms?: MeetingPlatform[]
}

/** Every budget the server enforces (README "Budgets"); per participant unless the name says otherwise. */
export interface Limits
  extends ParticipantLimits,
    BacklogLimits,
    ItemLimits,
    NoteLimits,
    LoginLimits,
    IdempotencyLimits {
  maxFrameBytes: number
  /** Per document: encoded bytes. */
  maxDocBytes: number
  maxAwarenessBytes: number
  bodyLimit: string
}

export const DEFAULT_LIMITS: Limits = {
  maxFrameBytes: 1024 * 1024,
  maxDocBytes: 10 * 1024 * 1024,
  maxDocItems: 100_000,
  maxPartyDocItems: 20_000,
  maxAwarenessBytes: 64 * 1024,
  socketsPerParticipant: 24,
  updatesPerSecond: 100,
  updateBurst: 500,
  updateBytesPerSecond: 256 * 1024,
  updateBytesBurst: 4 * 1024 * 1024,
  awarenessPerSecond: 10,
  awarenessBurst: 50,
  awarenessEchoPerSecond: 200,
  awarenessEchoBurst: 1000,
  commandsPerSecond: 5,
  commandBurst: 40,
  idempotencyTtlMs: 10 * 60_000,
  idempotencyKeysPerParticipant: 64,
  ticketsPerSecond: 2,
  ticketBurst: 40,
  awarenessBacklogBytes: 256 * 1024,
  closeBacklogBytes: 4 * 1024 * 1024,
  notesPerParticipant: 200,
  noteBytesPerParticipant: 2 * 1024 * 1024,
  notesPerSession: 2000,
  noteBytesPerSession: 20 * 1024 * 1024,
  bodyLimit: '256kb',
  loginFailures: 5,
  loginWindowMs: 15 * 60_000,
  loginAttemptsPerAddress: 30,
  loginFreeFailures: 10,
  loginMaxDelayMs: 60_000,
}
