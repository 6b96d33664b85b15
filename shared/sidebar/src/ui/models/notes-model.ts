import type { Note, NoteVisibility } from '@mediation/protocol'
import { type Signal, signal } from '@preact/signals'
import type { Api } from '../../client/api'
import { ApiRequestError } from '../../client/api-error'

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed'

/** One note being edited: the text on screen and whether the server has it. */
export interface NoteDraft {
  text: Signal<string>
  state: Signal<SaveState>
  error: Signal<string | null>
  /** The server's code for the failure (`STORE-FULL`: its disk is full), worded by the view. */
  code: Signal<string | null>
}

const AUTOSAVE_MS = 700

/**
 * Session notes over the REST notes API, one note per visibility (mediator-only, per side, joint), with
 * autosave. Text stays on screen until the server confirms; a 409 re-reads the revision and saves again.
 */
export function createNotesModel(api: Api, sessionId: string, keep: Storage | null = tabStorage()) {
  const keyOf = (v: NoteVisibility) => `mediation.note.${sessionId}.${v}`
  const kept = (v: NoteVisibility) => safe(() => keep?.getItem(keyOf(v)) ?? null, null)
  const remember = (v: NoteVisibility, text: string | null) =>
    safe(() => (text === null ? keep?.removeItem(keyOf(v)) : keep?.setItem(keyOf(v), text)), undefined)
  const notes = signal<Note[]>([])
  const loaded = signal(false)
  const drafts = new Map<NoteVisibility, NoteDraft>()
  const timers = new Map<NoteVisibility, ReturnType<typeof setTimeout>>()
  let disposed = false

  const noteFor = (v: NoteVisibility) => notes.value.find((n) => n.visibility === v)
  function draft(v: NoteVisibility): NoteDraft {
    let d = drafts.get(v)
    if (!d) {
      // Text typed before a reload that the server never confirmed comes back, unsaved, and is saved again.
      const unsaved = kept(v)
      d = {
        text: signal(unsaved ?? noteFor(v)?.body ?? ''),
        state: signal<SaveState>(unsaved === null ? 'saved' : 'unsaved'),
        error: signal(null),
        code: signal(null),
      }
      drafts.set(v, d)
      if (unsaved !== null) schedule(v)
    }
    return d
  }
  async function load() {
    notes.value = await api.listNotes(sessionId)
    loaded.value = true
    for (const [v, d] of drafts) if (d.state.value === 'saved') d.text.value = noteFor(v)?.body ?? ''
  }
  async function save(v: NoteVisibility, retried = false): Promise<void> {
    const d = draft(v)
    const body = d.text.value
    d.state.value = 'saving'
    try {
      // Never create a second note for a visibility because the list had not arrived yet.
      if (!loaded.value) await load()
      const existing = noteFor(v)
      const input = { visibility: v, title: v, body }
      const saved = existing
        ? await api.updateNote(sessionId, existing.id, existing.revision, input)
        : await api.createNote(sessionId, input)
      notes.value = [...notes.value.filter((n) => n.id !== saved.id), saved]
      d.error.value = null
      d.code.value = null
      // Typing during the request leaves the newer text unsaved; it goes out with the next autosave.
      d.state.value = d.text.value === body ? 'saved' : 'unsaved'
      if (d.state.value === 'unsaved') schedule(v)
      else remember(v, null)
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 409 && !retried) {
        await load().catch(() => {})
        return save(v, true)
      }
      d.state.value = 'failed'
      d.error.value = err instanceof Error ? err.message : String(err)
      d.code.value = err instanceof ApiRequestError ? (err.body.code ?? null) : null
      if (!(err instanceof ApiRequestError && err.status < 500)) schedule(v, 3000)
    }
  }
  function schedule(v: NoteVisibility, delay = AUTOSAVE_MS) {
    clearTimeout(timers.get(v))
    timers.set(
      v,
      setTimeout(() => {
        if (!disposed) void save(v)
      }, delay),
    )
  }
  return {
    notes,
    loaded,
    load,
    draft,
    /** The user typed: show "unsaved" and save shortly after typing stops. */
    edit(v: NoteVisibility, text: string) {
      const d = draft(v)
      d.text.value = text
      d.state.value = 'unsaved'
      remember(v, text)
      schedule(v)
    },
    /** Saves now (on blur, or when the connection comes back). */
    flush(v: NoteVisibility) {
      if (draft(v).state.value !== 'saved') void save(v)
    },
    dispose() {
      disposed = true
      for (const t of timers.values()) clearTimeout(t)
    },
  }
}
export type NotesModel = ReturnType<typeof createNotesModel>

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn()
  } catch {
    return fallback
  }
}

function tabStorage(): Storage | null {
  return safe(() => (typeof sessionStorage === 'undefined' ? null : sessionStorage), null)
}
