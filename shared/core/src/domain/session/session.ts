/** Session setup: info, sides and participants of the `control` document. */

import type * as Y from 'yjs'
import type { SystemContext } from '../context'
import { check } from '../errors'
import { defaultRules, rulesRecord } from '../ground-rules/default-rules'
import { cmp } from '../order'
import { controlSchema } from '../schema'
import { requireId, requireText } from '../validate'
import { isSideMember } from './access'
import type { Actor, Language, Participant, SessionInfo, SessionKind, Side } from './types'
import { LANGUAGES, ROLES, SESSION_KINDS } from './vocabulary'

/** SESSION-1: writes the session info once, with the default ground rules as version 1 and phase intake. */
export function initSession(control: Y.Doc, info: SessionInfo, ctx: SystemContext): void {
  const s = controlSchema(control)
  check(!s.session.has('id'), 'SESSION-1', 'the session is already initialised')
  const id = requireId(info.id, 'session id')
  check(SESSION_KINDS.includes(info.kind), 'SESSION-1', 'kind must be mediation or coaching')
  check(LANGUAGES.includes(info.language), 'SESSION-1', 'language must be nl or en')
  const title = requireText(info.title, 'title')
  control.transact(() => {
    s.session.set('id', id)
    s.session.set('kind', info.kind)
    s.session.set('title', title)
    s.session.set('language', info.language)
    s.rules.set('current', rulesRecord(defaultRules(info.kind), 1, null, null))
    s.phase.set('current', 'intake')
  }, ctx.origin)
}

/** The session info, or null before initSession. */
export function getSession(control: Y.Doc): SessionInfo | null {
  const m = controlSchema(control).session
  const id = m.get('id')
  if (id === undefined) return null
  return {
    id,
    kind: (m.get('kind') ?? 'mediation') as SessionKind,
    title: m.get('title') ?? '',
    language: (m.get('language') ?? 'nl') as Language,
    archived: m.get('status') === 'archived',
  }
}

/** SESSION-6: records (server only) whether the session is archived, so every open page can say so at once. */
export function setArchived(control: Y.Doc, input: { archived: boolean }, ctx: SystemContext): void {
  const m = controlSchema(control).session
  control.transact(() => m.set('status', input.archived ? 'archived' : 'active'), ctx.origin)
}

/** SESSION-2: adds a side; a coaching session has exactly one side (the client's). */
export function addSide(control: Y.Doc, side: Side, ctx: SystemContext): void {
  const s = controlSchema(control)
  const id = requireId(side.id, 'side id')
  const name = requireText(side.name, 'side name')
  check(!s.sides.has(id), 'SESSION-2', `side ${id} already exists`)
  check(getSession(control)?.kind !== 'coaching' || s.sides.size === 0, 'SESSION-2', 'coaching has one side')
  // The position keeps every list in the order the mediator created the sides (SESSION-5), not in id order.
  control.transact(() => s.sides.set(id, { id, name, position: s.sides.size }), ctx.origin)
}

/** SESSION-3: adds a participant; parties and advisers need an existing side, others have none. */
export function addParticipant(control: Y.Doc, participant: Participant, ctx: SystemContext): void {
  const s = controlSchema(control)
  const id = requireId(participant.id, 'participant id')
  const name = requireText(participant.name, 'participant name')
  const { role, sideId } = participant
  check(
    (ROLES as readonly string[]).includes(role),
    'SESSION-3',
    'role must be mediator, party, adviser or secretariat',
  )
  check(!s.participants.has(id), 'SESSION-3', `participant ${id} already exists`)
  if (isSideMember(role)) {
    check(sideId !== null && s.sides.has(sideId), 'SESSION-3', `a ${role} needs an existing side`)
  } else {
    check(sideId === null, 'SESSION-3', `a ${role} belongs to no side`)
  }
  if (getSession(control)?.kind === 'coaching' && role === 'party') {
    const parties = [...s.participants.values()].filter((p) => p.role === 'party')
    check(parties.length === 0, 'SESSION-4', 'coaching has exactly one client')
  }
  control.transact(() => s.participants.set(id, { id, name, role, sideId }), ctx.origin)
}

/** Removes a participant together with their raised hand and the floor if they hold it. */
export function removeParticipant(control: Y.Doc, input: { id: string }, ctx: SystemContext): void {
  const { id } = input
  const s = controlSchema(control)
  check(s.participants.has(id), 'SESSION-3', `unknown participant ${id}`)
  control.transact(() => {
    s.participants.delete(id)
    s.hands.delete(id)
    if (s.floor.get('current')?.holderId === id) s.floor.delete('current')
  }, ctx.origin)
}

/** Participants sorted by id. */
export function listParticipants(control: Y.Doc): Participant[] {
  return [...controlSchema(control).participants.values()].sort((a, b) => cmp(a.id, b.id))
}

/** SESSION-5: sides in creation order (sides stored before positions existed come last, by id). */
export function listSides(control: Y.Doc): Side[] {
  const last = Number.MAX_SAFE_INTEGER
  return [...controlSchema(control).sides.values()]
    .sort((a, b) => (a.position ?? last) - (b.position ?? last) || cmp(a.id, b.id))
    .map(({ id, name }) => ({ id, name }))
}

/** ACCESS-4: the actor must be a participant of this session with the same role and side. */
export function requireActor(control: Y.Doc, actor: Actor): Participant {
  const p = controlSchema(control).participants.get(actor.participantId)
  check(p !== undefined, 'ACCESS-4', `unknown participant ${actor.participantId}`)
  check(
    p.role === actor.role && p.sideId === actor.sideId,
    'ACCESS-4',
    'the actor does not match the participant',
  )
  return p
}
