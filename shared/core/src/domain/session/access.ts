/** The per-document access table of DESIGN.md, as data the server and the UI both use. */
import { sidesOfNotesKey } from '../caucus/notes-key'
import { check } from '../errors'
import type { Actor, DocAccess, Role } from './types'

/** ACCESS-1: what `actor` may do with the session document `docName` (control, board, agreement, ledger, private/x, caucus/x). */
export function docAccess(docName: string, actor: Actor): DocAccess {
  const { role } = actor
  if (docName === 'control') {
    if (role === 'mediator') return 'write'
    // The secretariat follows phase and readiness only, which the server serves over REST (no content).
    return role === 'secretariat' ? 'none' : 'read'
  }
  // BOARD-13: a party or adviser acts on the board only through commands the server checks and applies; its
  // raw updates are dropped, so no write can skip the rules or name its author (BOARD-5).
  if (docName === 'board' || docName === 'agreement') {
    if (role === 'mediator') return 'write'
    return role === 'secretariat' ? 'none' : 'read'
  }
  // The server's record of the board: only the server writes it, only the mediator reads it (BOARD-14/15).
  if (docName === 'ledger') return role === 'mediator' ? 'read' : 'none'
  const [kind, id, ...rest] = docName.split('/')
  if (!id || rest.length > 0) return 'none'
  if (kind === 'private') {
    if (role === 'mediator') return 'read'
    return isSideMember(role) && id === actor.participantId ? 'write' : 'none'
  }
  if (kind === 'caucus') {
    if (role === 'mediator') return 'write'
    // CAUCUS-13: a shared room's document belongs to exactly the sides it names.
    const sides = sidesOfNotesKey(id)
    return isSideMember(role) && actor.sideId !== null && sides?.includes(actor.sideId) ? 'write' : 'none'
  }
  return 'none'
}

/**
 * CAUCUS-8 on the wire: the top-level types of `docName` an actor's raw updates must not touch (none elsewhere:
 * `docAccess` decides). In `caucus/<side>` only a party changes what may be passed on (`sharing`), and nobody
 * but the server writes which board items are the side's own (`authored`, BOARD-14).
 */
export function rawForbiddenRoots(docName: string, actor: Actor): readonly string[] {
  if (!docName.startsWith('caucus/') || actor.role === 'mediator') return []
  // NOTES-2: the note stamps are the server's too (a forged one would only make readers fetch again).
  return actor.role === 'party' ? ['authored', 'noteRevisions'] : ['sharing', 'authored', 'noteRevisions']
}

/**
 * NOTES-1: what `actor` may do with a note of visibility `v`. The mediator writes every note; a party or adviser
 * of side S writes the notes of side S (any of them, whoever of the side wrote it) and reads the joint notes,
 * which only the mediator writes (a shared text a hostile party could otherwise erase); the secretariat has none.
 */
export function noteAccess(v: string, actor: Pick<Actor, 'role' | 'sideId'>): DocAccess {
  if (actor.role === 'mediator') return 'write'
  if (!isSideMember(actor.role) || !actor.sideId) return 'none'
  if (v === `side:${actor.sideId}`) return 'write'
  return v === 'joint' ? 'read' : 'none'
}

/**
 * NOTES-2: the document whose `noteRevisions` tells the readers of a note of visibility `v` that it changed:
 * one every one of them already syncs and nobody else reads (`control` for joint notes, the side's own
 * `caucus/<side>` for its notes, the mediator's `ledger` for the mediator's own).
 */
export function noteStampDoc(v: string): string | null {
  if (v === 'joint') return 'control'
  if (v === 'mediator') return 'ledger'
  return v.startsWith('side:') && v.length > 5 ? `caucus/${v.slice(5)}` : null
}

/** Parties and advisers belong to a side; the mediator and the secretariat do not. */
export function isSideMember(role: Role): boolean {
  return role === 'party' || role === 'adviser'
}

/** ACCESS-2: throws unless the actor has the mediator role. */
export function requireMediator(actor: Actor, what: string): void {
  check(actor.role === 'mediator', 'ACCESS-2', `only the mediator may ${what}`)
}

/** ACCESS-3: throws unless the actor may write `docName`. */
export function requireWrite(docName: string, actor: Actor): void {
  check(
    docAccess(docName, actor) === 'write',
    'ACCESS-3',
    `a ${actor.role} may not change the ${docName} document`,
  )
}

/** ACCESS-3: the board's commands are for the mediator, parties and advisers (parties only through the server). */
export function requireBoardActor(actor: Actor): void {
  check(
    actor.role === 'mediator' || isSideMember(actor.role),
    'ACCESS-3',
    `a ${actor.role} may not change the board`,
  )
}
