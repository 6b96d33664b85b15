import { docAccess, sidesOfNotesKey } from '@mediation/core/domain'
import type { Caller } from '../auth/actor'
import type { SessionRecord } from '../store/meta-types'

export type Access = 'write' | 'read' | 'none'

/**
 * The DESIGN access table (the domain's `docAccess`), restricted to documents that exist in this session:
 * `private/<id>` must name a participant and `caucus/<id>` a side (or, for a shared caucus room, sides: the sync
 * server also checks that such a room was in a caucus, `sharedRoomExists`), so nobody can create stray rooms.
 */
export function accessTo(session: SessionRecord, docName: string, actor: Caller): Access {
  const [kind, id] = docName.split('/')
  if (kind === 'private' && !session.participants.some((p) => p.id === id && p.role !== 'mediator'))
    return 'none'
  // CAUCUS-13: a lone side's caucus document, or a shared room's, which names existing sides only.
  const sides = kind === 'caucus' ? (sidesOfNotesKey(id ?? '') ?? []) : []
  if (kind === 'caucus' && (sides.length === 0 || !sides.every((x) => session.sides.some((s) => s.id === x))))
    return 'none'
  const access = docAccess(docName, { participantId: actor.id, role: actor.role, sideId: actor.sideId })
  // SESSION-6: an archived session is read, never written, by everyone (the mediator too).
  return access === 'write' && session.status === 'archived' ? 'read' : access
}

/** CAUCUS-13: a shared room's caucus document exists only once the caucus log has had a room of exactly those sides. */
export function isSharedCaucusDoc(docName: string): boolean {
  return docName.startsWith('caucus/') && docName.includes('+')
}
