/** Meeting tokens per participant, signed with node:crypto (HS256 for self-hosted, RS256 for JaaS). */
import { createHmac, sign } from 'node:crypto'
import type { JitsiConfig } from './config'

export interface TokenSubject {
  /** The session participant id (mediator: account id); Jitsi hands it back as the user's context id. */
  id: string
  name: string
  moderator: boolean
  room: string
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')

/** Mints a token for one participant and one room, or null when the deployment runs open. */
export function mintToken(cfg: JitsiConfig, who: TokenSubject, nowMs: number): string | null {
  const t = cfg.tokens
  if (t.kind === 'none') return null
  const now = Math.floor(nowMs / 1000)
  const times = { nbf: now - 10, iat: now, exp: now + cfg.tokenTtlSec }
  if (t.kind === 'jaas') {
    const head = b64({ alg: 'RS256', typ: 'JWT', kid: t.keyId })
    const body = b64({
      aud: 'jitsi',
      iss: 'chat',
      sub: t.appId,
      room: who.room,
      ...times,
      context: {
        user: { id: who.id, name: who.name, moderator: String(who.moderator) },
        // No recording, streaming or dial-out from inside a mediation.
        features: {
          recording: 'false',
          livestreaming: 'false',
          transcription: 'false',
          'outbound-call': 'false',
        },
      },
    })
    const sig = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), t.privateKey).toString('base64url')
    return `${head}.${body}.${sig}`
  }
  const head = b64({ alg: 'HS256', typ: 'JWT' })
  const body = b64({
    aud: 'jitsi',
    iss: t.appId,
    sub: cfg.domain.replace(/:\d+$/, ''),
    room: who.room,
    ...times,
    // `affiliation` is what jitsi-contrib's token_affiliation reads to make the mediator the only owner.
    context: {
      user: {
        id: who.id,
        name: who.name,
        moderator: who.moderator,
        affiliation: who.moderator ? 'owner' : 'member',
      },
    },
  })
  const sig = createHmac('sha256', t.secret).update(`${head}.${body}`).digest('base64url')
  return `${head}.${body}.${sig}`
}
