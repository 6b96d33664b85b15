import type { Note } from '@mediation/protocol'
import { splitDocName } from './doc-name'
import type { SessionFiles } from './session-files'
import type { DocStore, NoteStore, NoteWriteResult } from './types'

/** DocStore over the `docs` section of each session file; a save rewrites only that session's file. */
export function createLowdbDocStore(files: SessionFiles): DocStore {
  return {
    async load(name) {
      const { sessionId, docName } = splitDocName(name)
      const b64 = (await files.get(sessionId)).data.docs[docName]
      return b64 === undefined ? null : new Uint8Array(Buffer.from(b64, 'base64'))
    },
    async save(name, state) {
      const { sessionId, docName } = splitDocName(name)
      const b64 = Buffer.from(state).toString('base64')
      await (await files.get(sessionId)).update((cur) => ({
        next: { ...cur, docs: { ...cur.docs, [docName]: b64 } },
        result: undefined,
      }))
    },
    deleteSession: (sessionId) => files.remove(sessionId),
    flush: () => files.flush(),
  }
}

/** NoteStore over the `notes` section; a write resolves only after the file is fsync'd, and memory follows it. */
export function createLowdbNoteStore(files: SessionFiles): NoteStore {
  async function change(
    sessionId: string,
    noteId: string,
    expected: number,
    apply: (current: Note) => Note | null,
  ): Promise<NoteWriteResult> {
    const file = await files.get(sessionId)
    return file.update((cur) => {
      const current = cur.notes.find((n) => n.id === noteId)
      if (!current) return { next: null, result: { status: 'missing' } as NoteWriteResult }
      if (current.revision !== expected)
        return { next: null, result: { status: 'conflict', current: { ...current } } as NoteWriteResult }
      const replaced = apply(current)
      const notes = cur.notes.flatMap((n) => (n.id !== noteId ? [n] : replaced ? [replaced] : []))
      return { next: { ...cur, notes }, result: { status: 'ok', note: { ...(replaced ?? current) } } }
    })
  }
  return {
    async list(sessionId) {
      return (await files.get(sessionId)).data.notes.map((n) => ({ ...n }))
    },
    async get(sessionId, noteId) {
      const note = (await files.get(sessionId)).data.notes.find((n) => n.id === noteId)
      return note ? { ...note } : null
    },
    async create(note) {
      const file = await files.get(note.sessionId)
      const copy = { ...note }
      await file.update((cur) => ({ next: { ...cur, notes: [...cur.notes, copy] }, result: undefined }))
      return { ...note }
    },
    update: (sessionId, noteId, expected, patch) =>
      change(sessionId, noteId, expected, (current) => ({ ...current, ...patch, revision: expected + 1 })),
    remove: (sessionId, noteId, expected) => change(sessionId, noteId, expected, () => null),
    deleteSession: (sessionId) => files.remove(sessionId),
  }
}
