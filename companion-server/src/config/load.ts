/**
 * Parses the environment once, at start, with one zod schema built from VARIABLES. The first problem stops the
 * server with one sentence naming the variable and what it expects (never echoing a secret).
 */
import type { IceServerConfig } from '@mediation/core/prep'
import { z } from 'zod'
import { parseIceServers } from '../prep/ice-config'
import { type LogLevel, TOGETHER, VARIABLES, type Variable } from './variables'

/** A configuration the server refuses to start with; `message` is the sentence for the operator. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** The validated environment: only known variables, trimmed, unset when empty. */
export type ValidEnv = Readonly<Record<string, string | undefined>>

export interface Config {
  port: number
  host: string
  dataDir: string
  publicUrl: string | undefined
  /** PEM file paths; null when the server speaks plain HTTP (behind a TLS proxy). */
  tls: { certFile: string; keyFile: string } | null
  staticDir: string
  /** Express `trust proxy`: who may tell the client address (the login rate limit keys on it). */
  trustProxy: string
  logLevel: LogLevel
  iceServers: IceServerConfig[]
  /** RETAIN-2: years an archived dossier is kept before it may be erased. */
  retentionYears: number
  /** For the platform builders (`zoomConfigFrom`, `jitsiConfigFromEnv`), which read their own variables. */
  env: ValidEnv
}

const byName = new Map(VARIABLES.map((v) => [v.name, v]))

const unsetWhenEmpty = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional())

/** Marks an issue whose message is already the whole sentence (the others say what the variable expects). */
const WHOLE = { sentence: true }

function pairRule(env: ValidEnv, ctx: z.RefinementCtx): void {
  for (const group of TOGETHER) {
    const set = group.filter((n) => env[n] !== undefined)
    if (set.length === 0 || set.length === group.length) continue
    const missing = group.filter((n) => env[n] === undefined)
    ctx.addIssue({
      code: 'custom',
      params: WHOLE,
      path: [missing[0]!],
      message: `${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not: ${group.join(', ')} go together (all set or none)`,
    })
  }
  if (env.ICE_SERVERS === undefined) return
  try {
    parseIceServers(env.ICE_SERVERS)
  } catch (e) {
    ctx.addIssue({ code: 'custom', params: WHOLE, path: ['ICE_SERVERS'], message: (e as Error).message })
  }
}

/** The one schema: each variable optional (defaults apply after), then the rules across variables. */
export const envSchema = z
  .object(Object.fromEntries(VARIABLES.map((v) => [v.name, unsetWhenEmpty(v.schema)])))
  .transform((parsed) => parsed as ValidEnv)
  .superRefine(pairRule)

function sentence(issue: z.core.$ZodIssue, raw: Record<string, string | undefined>): ConfigError {
  const name = String(issue.path[0] ?? 'environment')
  const v: Variable | undefined = byName.get(name)
  if (issue.code === 'custom' && issue.params?.sentence) return new ConfigError(name, issue.message)
  const got = v?.secret ? '' : ` (it is ${JSON.stringify(raw[name])})`
  return new ConfigError(name, `${name} must be ${issue.message}${got}`)
}

/** Parses `env` (main.ts passes the process environment); throws ConfigError with one sentence on the first problem. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(VARIABLES.map((v) => [v.name, env[v.name]]))
  const parsed = envSchema.safeParse(known)
  if (!parsed.success) throw sentence(parsed.error.issues[0]!, known)
  const e = parsed.data
  return {
    port: Number(e.PORT ?? 8080),
    host: e.HOST ?? '0.0.0.0',
    dataDir: e.DATA_DIR ?? './data',
    publicUrl: e.PUBLIC_URL,
    tls: e.TLS_CERT && e.TLS_KEY ? { certFile: e.TLS_CERT, keyFile: e.TLS_KEY } : null,
    staticDir: e.STATIC_DIR ?? './dist',
    trustProxy: e.TRUST_PROXY ?? 'loopback',
    logLevel: (e.LOG_LEVEL ?? 'info') as LogLevel,
    iceServers: parseIceServers(e.ICE_SERVERS),
    retentionYears: Number(e.RETENTION_YEARS ?? 7),
    env: e,
  }
}
