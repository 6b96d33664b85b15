import { noteAccess } from '@mediation/core/domain'
import type { Note, NoteInput, NoteVisibility } from '@mediation/protocol'
import type { Caller } from '../auth/actor'
import { randomId } from '../auth/crypto'
import { forbidden, HttpError, notFound } from '../errors'
import type { SessionRecord } from '../store/meta-types'
import type { NoteStore, NoteWriteResult } from '../store/types'

/**
 * Session notes and who sees them (README "Notes", NOTES-1: `noteAccess`):
 * - the mediator reads and writes every note, with any visibility;
 * - a party or adviser of side S reads `joint` and `side:S` notes and writes the `side:S` ones (whoever of the
 *   side wrote them); joint notes are the mediator's to write;
 * - the secretariat has no access to notes.
 * A note the caller may not read answers 404, so its existence is not revealed.
 */
export function canRead(actor: Caller, v: NoteVisibility): boolean {
  return noteAccess(v, actor) !== 'none'
}

function checkWrite(session: SessionRecord, actor: Caller, v: NoteVisibility): void {
  if (actor.role === 'secretariat')
    throw forbidden('the secretariat has no access to notes', 'SECRETARIAT-NO-NOTES')
  if (v.startsWith('side:') && !session.sides.some((s) => `side:${s.id}` === v)) {
    throw new HttpError(400, `unknown side in visibility ${v}`, {
      code: 'NOTE-UNKNOWN-SIDE',
      details: [{ path: 'visibility', message: 'no such side' }],
    })
  }
  if (noteAccess(v, actor) !== 'write')
    throw forbidden(`a ${actor.role} may only write notes of their own side`, 'NOTE-SIDE-ONLY')
}

/** Notes are durable on disk: each author and the session as a whole have a budget of count and bytes. */
export interface NoteLimits {
  /** Per party or adviser (the mediator is held only by the session's totals). */
  notesPerParticipant: number
  noteBytesPerParticipant: number
  notesPerSession: number
  noteBytesPerSession: number
}

const noteBytes = (n: Pick<Note, 'title' | 'body'>) => Buffer.byteLength(n.title) + Buffer.byteLength(n.body)

/**
 * Refuses (413, LIMIT-NOTES) a write that would take the author or the session past its budget; `replacing` is
 * the note being overwritten, whose bytes are freed by the write.
 */
function checkBudget(
  all: Note[],
  actor: Caller,
  next: Pick<Note, 'title' | 'body'>,
  limits: NoteLimits,
  replacing?: Note,
): void {
  const others = all.filter((n) => n.id !== replacing?.id)
  const mine = others.filter((n) => n.authorId === actor.id)
  const over =
    others.length + 1 > limits.notesPerSession ||
    others.reduce((sum, n) => sum + noteBytes(n), noteBytes(next)) > limits.noteBytesPerSession ||
    (actor.role !== 'mediator' &&
      (mine.length + 1 > limits.notesPerParticipant ||
        mine.reduce((sum, n) => sum + noteBytes(n), noteBytes(next)) > limits.noteBytesPerParticipant))
  if (over) {
    throw new HttpError(413, 'the notes budget is used up: remove notes you no longer need', {
      code: 'LIMIT-NOTES',
    })
  }
}

/** A note's new revision (null: removed), for the readers' live view (NOTES-2). */
export interface NoteChange {
  noteId: string
  visibility: NoteVisibility
  revision: number | null
}
/** Tells the readers of the changed notes; the write is already durable, so a failure only delays their view. */
export type NoteStamp = (sessionId: string, by: string, changes: NoteChange[]) => Promise<void>

export function createNoteService(
  store: NoteStore,
  now: () => number,
  limits: NoteLimits,
  stamp: NoteStamp = async () => {},
) {
  const iso = () => new Date(now()).toISOString()
  // Budget check and write run one at a time per session, so parallel requests cannot all pass the check.
  const queues = new Map<string, Promise<unknown>>()
  function serial<T>(sessionId: string, fn: () => Promise<T>): Promise<T> {
    const run = (queues.get(sessionId) ?? Promise.resolve()).then(fn, fn)
    const tail = run.catch(() => undefined)
    queues.set(sessionId, tail)
    void tail.then(() => {
      if (queues.get(sessionId) === tail) queues.delete(sessionId)
    })
    return run
  }

  async function readable(session: SessionRecord, actor: Caller, noteId: string): Promise<Note> {
    if (actor.role === 'secretariat')
      throw forbidden('the secretariat has no access to notes', 'SECRETARIAT-NO-NOTES')
    const note = await store.get(session.id, noteId)
    if (!note || !canRead(actor, note.visibility)) throw notFound('NOTE-NOT-FOUND', 'note')
    return note
  }

  function outcome(r: NoteWriteResult): Note {
    if (r.status === 'missing') throw notFound('NOTE-NOT-FOUND', 'note')
    if (r.status === 'conflict') {
      throw new HttpError(409, `the note changed meanwhile (current revision ${r.current.revision})`, {
        code: 'NOTE-REVISION',
      })
    }
    return r.note
  }

  async function writable(session: SessionRecord, actor: Caller, noteId: string): Promise<Note> {
    const note = await readable(session, actor, noteId)
    if (noteAccess(note.visibility, actor) !== 'write')
      throw forbidden('only the mediator writes the joint notes', 'NOTE-SIDE-ONLY')
    return note
  }

  return {
    async list(session: SessionRecord, actor: Caller): Promise<Note[]> {
      if (actor.role === 'secretariat')
        throw forbidden('the secretariat has no access to notes', 'SECRETARIAT-NO-NOTES')
      return (await store.list(session.id)).filter((n) => canRead(actor, n.visibility))
    },
    get: readable,
    async create(session: SessionRecord, actor: Caller, input: NoteInput): Promise<Note> {
      checkWrite(session, actor, input.visibility)
      return serial(session.id, async () => {
        checkBudget(await store.list(session.id), actor, input, limits)
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
        const made = await store.create(note)
        await stamp(session.id, actor.id, [
          { noteId: made.id, visibility: made.visibility, revision: made.revision },
        ])
        return made
      })
    },
    async update(
      session: SessionRecord,
      actor: Caller,
      noteId: string,
      revision: number,
      input: NoteInput,
    ): Promise<Note> {
      const current = await writable(session, actor, noteId)
      checkWrite(session, actor, input.visibility)
      return serial(session.id, async () => {
        checkBudget(await store.list(session.id), actor, input, limits, current)
        const note = outcome(await store.update(session.id, noteId, revision, { ...input, updatedAt: iso() }))
        // A note moved to other readers leaves its old readers' stamps too.
        const moved =
          current.visibility === note.visibility
            ? []
            : [{ noteId, visibility: current.visibility, revision: null }]
        await stamp(session.id, actor.id, [
          ...moved,
          { noteId, visibility: note.visibility, revision: note.revision },
        ])
        return note
      })
    },
    async remove(session: SessionRecord, actor: Caller, noteId: string, revision: number): Promise<void> {
      const current = await writable(session, actor, noteId)
      outcome(await store.remove(session.id, noteId, revision))
      await stamp(session.id, actor.id, [{ noteId, visibility: current.visibility, revision: null }])
    },
  }
}

export type NoteService = ReturnType<typeof createNoteService>
