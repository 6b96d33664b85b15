/** Decides and describes the Jitsi room a caller belongs in now (main, or their side's running caucus). */
import { caucusState, meetingState } from '@mediation/core/domain'
import type { JitsiRoomResponse } from '@mediation/protocol'
import type { Caller } from '../auth/actor'
import { HttpError } from '../errors'
import type { AppContext } from '../http/context'
import { isDemoDomain, type JitsiConfig } from './config'
import { mintToken } from './jwt'
import { caucusRoomName, mainRoomName } from './room-names'

/**
 * The caller's room: a caucus room only while it runs and only for the sides in it. The mediator: where they are, or the
 * running caucus's room they ask for (`want`), since their move is recorded only once the meeting confirms it.
 */
export async function roomFor(
  ctx: AppContext,
  cfg: JitsiConfig,
  sessionId: string,
  actor: Caller,
  want?: string,
): Promise<JitsiRoomResponse> {
  // The secretariat plans and checks readiness; it is no part of the mediation's talks: no room, no token.
  if (actor.role === 'secretariat') {
    throw new HttpError(403, 'the secretariat does not join the meeting', { code: 'JITSI-SECRETARIAT' })
  }
  const [view, meeting] = await ctx.rooms.withDocs(
    [`${sessionId}/control`],
    ([doc]) => [caucusState(doc!, ctx.now()), meetingState(doc!)] as const,
  )
  if (actor.role !== 'mediator') await requireStaggerOpen(ctx, sessionId, actor, meeting.startedAt)
  const active = view.status === 'active'
  const roomOf = (id: string) => view.groups.find((g) => g.id === id)
  const wanted = active && want !== undefined && (want === 'main' || roomOf(want)) ? want : null
  const inRoom = actor.role === 'mediator' ? (wanted ?? view.mediatorRoom) : (view.rooms[actor.id] ?? 'main')
  // CAUCUS-11: a caucus room may hold several sides; only their members (and the mediator) get its name.
  const group = active && inRoom !== 'main' ? roomOf(inRoom) : undefined
  const sideId =
    group && (actor.role === 'mediator' || (actor.sideId !== null && group.sides.includes(actor.sideId)))
      ? group.id
      : null
  const room = sideId
    ? caucusRoomName(cfg.roomSecret, sessionId, sideId, view.startedAt)
    : mainRoomName(cfg.roomSecret, sessionId)
  const moderator = actor.role === 'mediator'
  const jwt = mintToken(cfg, { id: actor.id, name: actor.name, moderator, room }, ctx.now())
  return {
    domain: cfg.domain,
    jaasAppId: cfg.tokens.kind === 'jaas' ? cfg.tokens.appId : null,
    room,
    where: sideId ? { kind: 'caucus', sideId } : { kind: 'main' },
    jwt,
    tokens: cfg.tokens.kind,
    demo: isDemoDomain(cfg.domain),
    displayName: actor.name,
    moderator,
    participantId: actor.id,
    role: actor.role,
  }
}

/**
 * SAFETY-9: a staggered start on the server. A participant whose link the mediator set to open N minutes after the
 * meeting's start gets no room (and no token) before then: 409 STAGGER-EARLY with `opensAt`, or without it while
 * no meeting runs (the time is then not known yet).
 */
async function requireStaggerOpen(
  ctx: AppContext,
  sessionId: string,
  actor: Caller,
  startedAt: number | null,
): Promise<void> {
  const delayMin = (await ctx.prep.store.load(sessionId))?.stagger?.[actor.id] ?? 0
  if (delayMin <= 0) return
  const opens = startedAt === null ? null : startedAt + delayMin * 60_000
  if (opens !== null && ctx.now() >= opens) return
  throw new HttpError(409, `your meeting link opens ${delayMin} minutes after the meeting's start`, {
    code: 'STAGGER-EARLY',
    ...(opens !== null ? { opensAt: new Date(opens).toISOString() } : {}),
  })
}
