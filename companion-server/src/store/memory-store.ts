import type { Note } from '@mediation/protocol'
import { splitDocName } from './doc-name'
import { mergeState } from './merge-state'
import type { DocStore, NoteStore, NoteWriteResult } from './types'

/** In-memory DocStore (tests, ephemeral servers). */
export function createMemoryDocStore(): DocStore {
  /** A snapshot and the updates appended after it, merged on the next load. */
  const docs = new Map<string, Uint8Array[]>()
  return {
    load: async (name) => {
      const parts = docs.get(name)
      if (!parts) return null
      const state = mergeState(parts)
      docs.set(name, [state])
      return state.slice()
    },
    save: async (name, state) => {
      docs.set(name, [state.slice()])
    },
    append: async (name, update) => {
      const parts = docs.get(name)
      if (!parts) return void docs.set(name, [update.slice()])
      parts.push(update.slice())
      // Merged every so often, so a doc never holds more than a few dozen updates in memory.
      if (parts.length >= 32) docs.set(name, [mergeState(parts)])
    },
    deleteSession: async (sessionId) => {
      for (const name of docs.keys()) if (splitDocName(name).sessionId === sessionId) docs.delete(name)
    },
    flush: async () => undefined,
  }
}

/** In-memory NoteStore with the same revision semantics as the lowdb one. */
export function createMemoryNoteStore(): NoteStore {
  const bySession = new Map<string, Note[]>()
  const notesOf = (id: string) => bySession.get(id) ?? bySession.set(id, []).get(id)!
  function change(
    sessionId: string,
    noteId: string,
    expected: number,
    apply: (notes: Note[], i: number) => Note,
  ) {
    const notes = notesOf(sessionId)
    const i = notes.findIndex((n) => n.id === noteId)
    const current = notes[i]
    const result: NoteWriteResult = !current
      ? { status: 'missing' }
      : current.revision !== expected
        ? { status: 'conflict', current: { ...current } }
        : { status: 'ok', note: apply(notes, i) }
    return Promise.resolve(result)
  }
  return {
    list: async (sessionId) => notesOf(sessionId).map((n) => ({ ...n })),
    get: async (sessionId, noteId) => {
      const n = notesOf(sessionId).find((x) => x.id === noteId)
      return n ? { ...n } : null
    },
    create: async (note) => {
      notesOf(note.sessionId).push({ ...note })
      return { ...note }
    },
    update: (sessionId, noteId, expected, patch) =>
      change(sessionId, noteId, expected, (notes, i) => {
        const next = { ...(notes[i] as Note), ...patch, revision: expected + 1 }
        notes[i] = next
        return { ...next }
      }),
    remove: (sessionId, noteId, expected) =>
      change(sessionId, noteId, expected, (notes, i) => ({ ...(notes.splice(i, 1)[0] as Note) })),
    deleteSession: async (sessionId) => {
      bySession.delete(sessionId)
    },
  }
}
