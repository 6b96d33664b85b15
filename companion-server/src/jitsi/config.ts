/**
 * What the Jitsi part of the companion server needs; built once in main.ts (`jitsiConfigFromEnv`), passed to
 * `jitsiMount`. Three deployments, one code path: JaaS (8x8.vc, RS256 tokens), a self-hosted domain (HS256
 * tokens when a secret is set, open otherwise) or meet.jit.si for a quick try (5-minute embed limit).
 */
import { createPrivateKey, type KeyObject, randomBytes } from 'node:crypto'
import type { MeetingPlatform } from '@mediation/core/prep'

export type JitsiTokens =
  | { kind: 'jaas'; appId: string; keyId: string; privateKey: KeyObject }
  | { kind: 'hs256'; appId: string; secret: string }
  | { kind: 'none' }

export interface JitsiConfig {
  /** The deployment's host (may carry a port): `8x8.vc`, `meet.example.org`, `meet.jit.si`. */
  domain: string
  tokens: JitsiTokens
  /** Derives the unguessable room names; keep it stable (JITSI_ROOM_SECRET) so rooms survive a restart. */
  roomSecret: Buffer
  /** How long a minted meeting token is valid. */
  tokenTtlSec: number
  /** Folder of the built page (dist/jitsi). */
  appDir: string
}

export const DEMO_DOMAIN = 'meet.jit.si'

/** True for meet.jit.si, which ends embedded meetings after 5 minutes. */
export const isDemoDomain = (domain: string) => domain === DEMO_DOMAIN

/** The deployment as the agreement to mediate names it: JaaS, a self-hosted domain, or the public trial. */
export function jitsiPlatform(cfg: JitsiConfig): MeetingPlatform {
  const service = cfg.tokens.kind === 'jaas' ? 'jaas' : isDemoDomain(cfg.domain) ? 'demo' : 'self-hosted'
  return { kind: 'jitsi', service, domain: cfg.domain }
}

/** Reads the Jitsi settings from an environment object; `readKey` reads the JaaS private key file. */
export function jitsiConfigFromEnv(
  env: Record<string, string | undefined>,
  readKey: (path: string) => string,
  appDir: string,
): JitsiConfig {
  const base = {
    roomSecret: env.JITSI_ROOM_SECRET ? Buffer.from(env.JITSI_ROOM_SECRET, 'utf8') : randomBytes(32),
    tokenTtlSec: Number(env.JITSI_TOKEN_TTL_SEC ?? 3 * 3600),
    appDir,
  }
  if (env.JAAS_APP_ID) {
    if (!env.JAAS_KEY_ID || !env.JAAS_PRIVATE_KEY_FILE) {
      throw new Error(
        'JAAS_APP_ID needs JAAS_KEY_ID and JAAS_PRIVATE_KEY_FILE (the RS256 key from the JaaS console)',
      )
    }
    const privateKey = createPrivateKey(readKey(env.JAAS_PRIVATE_KEY_FILE))
    return {
      ...base,
      domain: '8x8.vc',
      tokens: { kind: 'jaas', appId: env.JAAS_APP_ID, keyId: env.JAAS_KEY_ID, privateKey },
    }
  }
  const domain = env.JITSI_DOMAIN || DEMO_DOMAIN
  if (env.JITSI_APP_SECRET) {
    if (!env.JITSI_APP_ID)
      throw new Error('JITSI_APP_SECRET needs JITSI_APP_ID (the token app id of the deployment)')
    return {
      ...base,
      domain,
      tokens: { kind: 'hs256', appId: env.JITSI_APP_ID, secret: env.JITSI_APP_SECRET },
    }
  }
  return { ...base, domain, tokens: { kind: 'none' } }
}
