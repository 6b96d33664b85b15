/**
 * Every environment variable the companion server reads, with its default and meaning: the one schema main.ts
 * parses at start. `.env.example` and the README's configuration table are checked against this list by a test.
 */
import { z } from 'zod'

export interface Variable {
  name: string
  /** How the default reads in the docs ('' = unset). */
  default: string
  meaning: string
  /** Never echoed in an error message. */
  secret?: true
  schema: z.ZodType<string>
}

const text = (expects: string) => z.string({ error: expects }).trim().min(1, expects)

// Kept as text: the platform builders read the validated strings; `Config` holds the numbers.
const wholeNumber = (min: number, max: number, expects: string) =>
  z
    .string()
    .regex(/^\d+$/, expects)
    .refine((v) => Number(v) >= min && Number(v) <= max, expects)

/** An origin with its scheme and nothing after the host (invite links and Zoom URLs are built on it). */
const origin = (expects: string) =>
  text(expects)
    .refine((v) => {
      try {
        const u = new URL(v)
        return /^https?:$/.test(u.protocol) && u.pathname === '/' && !u.search && !u.hash && !v.includes('@')
      } catch {
        return false
      }
    }, expects)
    // `https://x.example/` means the same origin; links are built by appending paths.
    .transform((v) => v.replace(/\/+$/, ''))

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export const VARIABLES: Variable[] = [
  {
    name: 'PORT',
    default: '8080',
    meaning:
      'port to listen on (`0` picks a free one; the first stdout line `{"msg":"ready","port":…}` names it)',
    schema: wholeNumber(0, 65535, 'a whole number from 0 to 65535 (0 picks a free port)'),
  },
  {
    name: 'HOST',
    default: '0.0.0.0',
    meaning: 'interface to bind',
    schema: text('an interface address or host name'),
  },
  {
    name: 'DATA_DIR',
    default: './data',
    meaning: 'data folder (accounts, session index, one file per session); back it up, see Deployment',
    schema: text('a folder path'),
  },
  {
    name: 'PUBLIC_URL',
    default: 'the bound address',
    meaning: 'public origin used in invite links and Zoom URLs, e.g. `https://mediation.example.org`',
    schema: origin('an origin with its scheme and no path, such as https://mediation.example.org'),
  },
  {
    name: 'TLS_CERT',
    default: '',
    meaning: 'PEM certificate file; with `TLS_KEY` the server speaks HTTPS and WSS itself',
    schema: text('the path of a PEM certificate file'),
  },
  {
    name: 'TLS_KEY',
    default: '',
    meaning: 'PEM private key file for `TLS_CERT`',
    schema: text('the path of a PEM private key file'),
  },
  {
    name: 'TRUST_PROXY',
    default: 'loopback',
    meaning:
      'which proxies may set `X-Forwarded-For` (Express `trust proxy`: `loopback`, `uniquelocal` for a proxy container, addresses/CIDRs)',
    schema: text('loopback, linklocal, uniquelocal, or comma-separated addresses or CIDR ranges').regex(
      /^[\w.:/, -]+$/,
      'loopback, linklocal, uniquelocal, or comma-separated addresses or CIDR ranges',
    ),
  },
  {
    name: 'STATIC_DIR',
    default: './dist',
    meaning: 'folder of built page bundles (`npm run build`)',
    schema: text('a folder path'),
  },
  {
    name: 'LOG_LEVEL',
    default: 'info',
    meaning: 'pino level (`debug` also logs each sync socket opened, without its ticket)',
    schema: z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` }),
  },
  {
    name: 'RETENTION_YEARS',
    default: '7',
    meaning:
      'years an archived dossier is kept before it may be erased (from its first archiving), unless the practice profile names its own; check your legal retention period',
    schema: wholeNumber(0, 100, 'a whole number of years from 0 to 100'),
  },
  {
    name: 'ICE_SERVERS',
    default: '',
    meaning:
      'JSON array of STUN/TURN servers the practice page tests, e.g. `[{"urls":"stun:stun.example.org"}]`',
    schema: text('a JSON array of {urls, username?, credential?}'),
  },
  {
    name: 'ZOOM_CLIENT_ID',
    default: '',
    meaning: 'Zoom Marketplace app client id; with `ZOOM_CLIENT_SECRET` it turns the Zoom App on at `/zoom/`',
    schema: text('the client id from the Zoom Marketplace app'),
  },
  {
    name: 'ZOOM_CLIENT_SECRET',
    secret: true,
    default: '',
    meaning: 'Zoom Marketplace app client secret',
    schema: text('the client secret from the Zoom Marketplace app'),
  },
  {
    name: 'ZOOM_OAUTH_BASE',
    default: 'https://zoom.us',
    meaning: "Zoom's OAuth host (tests point it at a local fake)",
    schema: origin('an origin such as https://zoom.us'),
  },
  {
    name: 'ZOOM_API_BASE',
    default: 'https://api.zoom.us',
    meaning: "Zoom's REST API host (tests point it at a local fake)",
    schema: origin('an origin such as https://api.zoom.us'),
  },
  {
    name: 'JITSI_DOMAIN',
    default: 'meet.jit.si',
    meaning:
      'self-hosted Jitsi Meet host (and port) the Jitsi page embeds; ignored when `JAAS_APP_ID` is set',
    schema: text('a host name with an optional port, without https://').regex(
      /^[a-z0-9.-]+(:\d{1,5})?$/i,
      'a host name with an optional port, without https://',
    ),
  },
  {
    name: 'JITSI_APP_ID',
    default: '',
    meaning: 'token app id of a self-hosted deployment (with `JITSI_APP_SECRET`: HS256 meeting tokens)',
    schema: text('the token app id of the Jitsi deployment'),
  },
  {
    name: 'JITSI_APP_SECRET',
    secret: true,
    default: '',
    meaning: 'token secret of a self-hosted deployment',
    schema: text('the token secret of the Jitsi deployment'),
  },
  {
    name: 'JITSI_ROOM_SECRET',
    secret: true,
    default: 'random at each start',
    meaning: 'derives the unguessable room names; set it so rooms survive a restart',
    schema: text('a secret string'),
  },
  {
    name: 'JITSI_TOKEN_TTL_SEC',
    default: '10800',
    meaning: 'how long a minted meeting token is valid, in seconds',
    schema: wholeNumber(60, 86400, 'a whole number of seconds from 60 to 86400'),
  },
  {
    name: 'JAAS_APP_ID',
    default: '',
    meaning: 'JaaS (8x8.vc) app id; turns on JaaS with RS256 tokens',
    schema: text('the JaaS app id'),
  },
  {
    name: 'JAAS_KEY_ID',
    default: '',
    meaning: 'JaaS API key id (`<app id>/<key>`)',
    schema: text('the JaaS key id'),
  },
  {
    name: 'JAAS_PRIVATE_KEY_FILE',
    default: '',
    meaning: 'PEM file of the JaaS RS256 private key',
    schema: text('the path of the JaaS private key PEM file'),
  },
  {
    name: 'MEDIATOR_PASSWORD',
    secret: true,
    default: '',
    meaning: 'password for `npm run create-mediator` (else read from stdin); the server ignores it',
    schema: z.string(),
  },
]

/** Variables that only make sense together: all set or none. */
export const TOGETHER: string[][] = [
  ['TLS_CERT', 'TLS_KEY'],
  ['ZOOM_CLIENT_ID', 'ZOOM_CLIENT_SECRET'],
  ['JITSI_APP_ID', 'JITSI_APP_SECRET'],
  ['JAAS_APP_ID', 'JAAS_KEY_ID', 'JAAS_PRIVATE_KEY_FILE'],
]

export type LogLevel = (typeof LOG_LEVELS)[number]
