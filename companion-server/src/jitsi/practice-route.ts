/**
 * The practice meeting: a Jitsi room of the participant's own on the configured deployment, with the same
 * device check (prejoin) as the session, for practising joining before the session. Nobody else is told its
 * name except the session's secretariat and mediator, who may ask for it to help (`?for=<participantId>`).
 */
import type { JitsiRoomResponse } from '@mediation/protocol'
import type { Caller } from '../auth/actor'
import { forbidden, notFound } from '../errors'
import type { AppContext } from '../http/context'
import type { SessionRecord } from '../store/meta-types'
import { isDemoDomain, type JitsiConfig } from './config'
import { mintToken } from './jwt'
import { practiceRoomName } from './room-names'

const HELPERS: ReadonlySet<string> = new Set(['secretariat', 'mediator'])

/** The practice room of `forId` (default: the caller's own). */
export function practiceRoomFor(
  ctx: AppContext,
  cfg: JitsiConfig,
  session: SessionRecord,
  actor: Caller,
  forId: string | undefined,
): JitsiRoomResponse {
  const ownerId = forId ?? actor.id
  if (ownerId !== actor.id) {
    if (!HELPERS.has(actor.role))
      throw forbidden(
        'only the secretariat or the mediator may join another practice room',
        'PRACTICE-FORBIDDEN',
      )
    if (!session.participants.some((p) => p.id === ownerId))
      throw notFound('PARTICIPANT-NOT-FOUND', 'participant')
  }
  const room = practiceRoomName(cfg.roomSecret, session.id, ownerId)
  // The helper moderates (to let the participant in from a lobby); the participant practises as a party would.
  const moderator = ownerId !== actor.id
  const jwt = mintToken(cfg, { id: actor.id, name: actor.name, moderator, room }, ctx.now())
  return {
    domain: cfg.domain,
    jaasAppId: cfg.tokens.kind === 'jaas' ? cfg.tokens.appId : null,
    room,
    where: { kind: 'main' },
    jwt,
    tokens: cfg.tokens.kind,
    demo: isDemoDomain(cfg.domain),
    displayName: actor.name,
    moderator,
    participantId: actor.id,
    role: actor.role,
  }
}
