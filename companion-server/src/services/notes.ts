import type { Note, NoteInput, NoteVisibility } from '@mediation/protocol'
import type { Actor } from '../auth/actor'
import { randomId } from '../auth/crypto'
import { forbidden, HttpError, notFound } from '../errors'
import type { SessionRecord } from '../store/meta-types'
import type { NoteStore, NoteWriteResult } from '../store/types'

/**
 * Session notes and who sees them (README "Notes"):
 * - the mediator reads and writes every note, with any visibility;
 * - a party or adviser of side S reads `joint` and `side:S` notes, creates only those, and changes only notes
 *   they wrote;
 * - the secretariat has no access to notes.
 * A note the caller may not read answers 404, so its existence is not revealed.
 */
export function canRead(actor: Actor, v: NoteVisibility): boolean {
  if (actor.role === 'mediator') return true
  if (actor.role === 'secretariat') return false
  return v === 'joint' || v === `side:${actor.sideId}`
}

function checkWrite(session: SessionRecord, actor: Actor, v: NoteVisibility): void {
  if (actor.role === 'secretariat') throw forbidden('the secretariat has no access to notes')
  if (v.startsWith('side:') && !session.sides.some((s) => `side:${s.id}` === v)) {
    throw new HttpError(400, `unknown side in visibility ${v}`, {
      details: [{ path: 'visibility', message: 'no such side' }],
    })
  }
  if (!canRead(actor, v))
    throw forbidden(`a ${actor.role} may only write joint notes or notes of their own side`)
}

export function createNoteService(store: NoteStore, now: () => number) {
  const iso = () => new Date(now()).toISOString()

  async function readable(session: SessionRecord, actor: Actor, noteId: string): Promise<Note> {
    if (actor.role === 'secretariat') throw forbidden('the secretariat has no access to notes')
    const note = await store.get(session.id, noteId)
    if (!note || !canRead(actor, note.visibility)) throw notFound('note')
    return note
  }

  function outcome(r: NoteWriteResult): Note {
    if (r.status === 'missing') throw notFound('note')
    if (r.status === 'conflict') {
      throw new HttpError(409, `the note changed meanwhile (current revision ${r.current.revision})`, {
        code: 'NOTE-REVISION',
      })
    }
    return r.note
  }

  async function writable(session: SessionRecord, actor: Actor, noteId: string): Promise<Note> {
    const note = await readable(session, actor, noteId)
    if (actor.role !== 'mediator' && note.authorId !== actor.id)
      throw forbidden('only the author or the mediator may change this note')
    return note
  }

  return {
    async list(session: SessionRecord, actor: Actor): Promise<Note[]> {
      if (actor.role === 'secretariat') throw forbidden('the secretariat has no access to notes')
      return (await store.list(session.id)).filter((n) => canRead(actor, n.visibility))
    },
    get: readable,
    async create(session: SessionRecord, actor: Actor, input: NoteInput): Promise<Note> {
      checkWrite(session, actor, input.visibility)
      const at = iso()
      const note: Note = {
        id: randomId(),
        sessionId: session.id,
        ...input,
        revision: 1,
        createdAt: at,
        updatedAt: at,
        authorId: actor.id,
      }
      return store.create(note)
    },
    async update(
      session: SessionRecord,
      actor: Actor,
      noteId: string,
      revision: number,
      input: NoteInput,
    ): Promise<Note> {
      await writable(session, actor, noteId)
      checkWrite(session, actor, input.visibility)
      return outcome(await store.update(session.id, noteId, revision, { ...input, updatedAt: iso() }))
    },
    async remove(session: SessionRecord, actor: Actor, noteId: string, revision: number): Promise<void> {
      await writable(session, actor, noteId)
      outcome(await store.remove(session.id, noteId, revision))
    },
  }
}

export type NoteService = ReturnType<typeof createNoteService>
