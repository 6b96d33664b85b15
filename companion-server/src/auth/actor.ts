import type { ParticipantInfo } from '@mediation/protocol'
import type { Directory } from '../store/directory'
import type { MediatorRecord, SessionRecord } from '../store/meta-types'
import { sha256 } from './crypto'

/**
 * Who a credential speaks for inside one session: a participant, or the owning mediator (role `mediator`,
 * id = account id). The domain's `Actor` is its `{participantId, role, sideId}`; this one adds the name.
 */
export type Caller = ParticipantInfo

/** What a bearer credential resolves to. */
export type Credential =
  | { kind: 'mediator'; mediator: MediatorRecord }
  | { kind: 'participant'; session: SessionRecord; participant: ParticipantInfo; inviteId: string }

/** Looks the credential up by its hash: a live login token first, then an unrevoked invite. */
export function resolveCredential(directory: Directory, token: string, now: number): Credential | null {
  const hash = sha256(token)
  const login = directory.loginToken(hash, now)
  if (login) {
    const mediator = directory.mediator(login.mediatorId)
    return mediator ? { kind: 'mediator', mediator } : null
  }
  const invite = directory.invite(hash)
  if (invite && !isExpired(invite.invite.expiresAt, now)) {
    return { kind: 'participant', ...invite, inviteId: invite.invite.id }
  }
  return null
}

const isExpired = (expiresAt: string | null | undefined, now: number) =>
  typeof expiresAt === 'string' && Date.parse(expiresAt) <= now

/** True when the token is a live invite whose validity has run out (so the refusal can say so). */
export function isExpiredInvite(directory: Directory, token: string, now: number): boolean {
  const invite = directory.invite(sha256(token))
  return invite !== undefined && isExpired(invite.invite.expiresAt, now)
}

/** The mediator's identity inside their own session. */
export function mediatorActor(m: MediatorRecord): Caller {
  return { id: m.id, name: m.name, role: 'mediator', sideId: null }
}

/**
 * The credential's actor in `session`, or null when it has no business there (another mediator's session,
 * or a participant of another session) — callers answer 404 so ids are not confirmed to strangers.
 */
export function actorIn(credential: Credential, session: SessionRecord): Caller | null {
  if (credential.kind === 'mediator') {
    return session.ownerId === credential.mediator.id ? mediatorActor(credential.mediator) : null
  }
  return credential.session.id === session.id ? credential.participant : null
}

/**
 * True while the actor still belongs to the session: the owning mediator always; a participant while an invite
 * of theirs is neither revoked nor expired. Checked when a ticket is used and on every socket message, so a
 * ticket issued before the end opens nothing and an open socket stops at its next message.
 */
export function isStillMember(session: SessionRecord, actor: Caller, now: number): boolean {
  if (actor.role === 'mediator') return session.ownerId === actor.id
  return hasLiveInvite(session, actor.id, now)
}

/** Same check by id alone (the owner, or a live invite), for sweeping open sockets. */
export function isMemberId(session: SessionRecord, id: string, now: number): boolean {
  return session.ownerId === id || hasLiveInvite(session, id, now)
}

function hasLiveInvite(session: SessionRecord, participantId: string, now: number): boolean {
  return session.invites.some(
    (i) => i.participantId === participantId && !i.revokedAt && !isExpired(i.expiresAt, now),
  )
}
