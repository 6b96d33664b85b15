import type { IceServerConfig } from '@mediation/core/prep'
import type { Logger } from 'pino'
import type { ScryptCost } from './auth/passwords'
import type { RouterMount } from './http/app'
import type { PrepStore } from './prep/store'
import type { VerificationStore } from './record/verification-store'
import type { MetaStore } from './store/meta-types'
import type { DocStore, NoteStore } from './store/types'

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
  /** STUN/TURN servers the practice page tests (ICE_SERVERS). */
  iceServers?: IceServerConfig[]
}

export interface Limits {
  maxFrameBytes: number
  maxDocBytes: number
  updatesPerSecond: number
  updateBurst: number
  bodyLimit: string
  loginFailures: number
  loginWindowMs: number
}

export const DEFAULT_LIMITS: Limits = {
  maxFrameBytes: 1024 * 1024,
  maxDocBytes: 10 * 1024 * 1024,
  updatesPerSecond: 100,
  updateBurst: 500,
  bodyLimit: '256kb',
  loginFailures: 5,
  loginWindowMs: 15 * 60_000,
}
