import { docAccess } from '@mediation/core/domain'
import type { Caller } from '../auth/actor'
import type { SessionRecord } from '../store/meta-types'

export type Access = 'write' | 'read' | 'none'

/**
 * The DESIGN access table (the domain's `docAccess`), restricted to documents that exist in this session:
 * `private/<id>` must name a participant and `caucus/<id>` a side, so nobody can create stray rooms.
 */
export function accessTo(session: SessionRecord, docName: string, actor: Caller): Access {
  const [kind, id] = docName.split('/')
  if (kind === 'private' && !session.participants.some((p) => p.id === id && p.role !== 'mediator'))
    return 'none'
  if (kind === 'caucus' && !session.sides.some((s) => s.id === id)) return 'none'
  const access = docAccess(docName, { participantId: actor.id, role: actor.role, sideId: actor.sideId })
  // SESSION-6: an archived session is read, never written, by everyone (the mediator too).
  return access === 'write' && session.status === 'archived' ? 'read' : access
}
