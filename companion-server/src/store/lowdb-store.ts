import type { Note } from '@mediation/protocol'
import { splitDocName } from './doc-name'
import type { SessionFiles } from './session-files'
import type { DocStore, NoteStore, NoteWriteResult } from './types'

/** DocStore over one lowdb file per session; each save rewrites only that session's file. */
export function createLowdbDocStore(files: SessionFiles): DocStore {
  return {
    async load(name) {
      const { sessionId, docName } = splitDocName(name)
      const db = await files.get(sessionId)
      const b64 = db.data.docs[docName]
      return b64 === undefined ? null : new Uint8Array(Buffer.from(b64, 'base64'))
    },
    async save(name, state) {
      const { sessionId, docName } = splitDocName(name)
      const db = await files.get(sessionId)
      db.data.docs[docName] = Buffer.from(state).toString('base64')
      await db.write()
    },
    deleteSession: (sessionId) => files.remove(sessionId),
    flush: () => files.flush(),
  }
}

/** NoteStore over the same session files; a write resolves only after the file is fsync'd. */
export function createLowdbNoteStore(files: SessionFiles): NoteStore {
  async function change(
    sessionId: string,
    noteId: string,
    expected: number,
    apply: (notes: Note[], index: number) => Note | null,
  ): Promise<NoteWriteResult> {
    const db = await files.get(sessionId)
    const index = db.data.notes.findIndex((n) => n.id === noteId)
    const current = db.data.notes[index]
    if (!current) return { status: 'missing' }
    if (current.revision !== expected) return { status: 'conflict', current: { ...current } }
    const note = apply(db.data.notes, index)
    await db.write()
    return { status: 'ok', note: note ?? current }
  }
  return {
    async list(sessionId) {
      const db = await files.get(sessionId)
      return db.data.notes.map((n) => ({ ...n }))
    },
    async get(sessionId, noteId) {
      const db = await files.get(sessionId)
      const note = db.data.notes.find((n) => n.id === noteId)
      return note ? { ...note } : null
    },
    async create(note) {
      const db = await files.get(note.sessionId)
      db.data.notes.push({ ...note })
      await db.write()
      return { ...note }
    },
    update: (sessionId, noteId, expected, patch) =>
      change(sessionId, noteId, expected, (notes, i) => {
        const next = { ...(notes[i] as Note), ...patch, revision: expected + 1 }
        notes[i] = next
        return { ...next }
      }),
    remove: (sessionId, noteId, expected) =>
      change(sessionId, noteId, expected, (notes, i) => {
        const [gone] = notes.splice(i, 1)
        return gone ? { ...gone } : null
      }),
    deleteSession: (sessionId) => files.remove(sessionId),
  }
}
