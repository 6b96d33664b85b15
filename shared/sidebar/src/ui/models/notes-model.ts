import { noteStampsSchema } from '@mediation/core/domain'
import type { Note, NoteVisibility } from '@mediation/protocol'
import { type Signal, signal } from '@preact/signals'
import type * as Y from 'yjs'
import type { Api } from '../../client/api'
import { ApiRequestError } from '../../client/api-error'
import { backoffDelay } from '../../client/backoff'
import { mergeText } from './text-merge'

/**
 * `failed`: not saved for now (no connection, the server's trouble), retried; `refused`: the server said no for
 * good, never retried (NOTES-4); `conflict`: changed elsewhere in the same place meanwhile, both texts shown (NOTES-3).
 */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed' | 'refused' | 'conflict'

/** One note being edited: the text on screen and whether the server has it. */
export interface NoteDraft {
  text: Signal<string>
  state: Signal<SaveState>
  /** The HTTP status of the failure (0: no answer), worded by the view with `code`. */
  status: Signal<number>
  /** The server's code for the failure (`STORE-FULL`: its disk is full), worded by the view. */
  code: Signal<string | null>
  /** In a conflict: the newer text saved elsewhere, shown beside the one typed here. */
  theirs: Signal<string | null>
}

const AUTOSAVE_MS = 700
/** A stale save merges and goes out again at most this often in a row (then it waits for the next edit). */
const MAX_REBASES = 3

/** No answer, the server's own trouble, or "too many now": worth trying again; any other refusal is final. */
const transient = (err: unknown) =>
  !(err instanceof ApiRequestError) || err.status >= 500 || err.status === 429 || err.status === 408

export interface NotesModelOptions {
  api: Api
  sessionId: string
  keep?: Storage | null
  /** The wait after a transient failure before trying again (attempt 0, 1, …). */
  retryDelay?: (attempt: number) => number
  /** The pause after typing before the autosave. */
  autosaveMs?: number
}

/**
 * Session notes over the REST notes API, one note per visibility (mediator-only, per side, joint), with
 * autosave. Each draft remembers the revision it was typed on (its base): a newer note read meanwhile replaces a
 * draft with nothing unsaved, and a save on an old base merges with the newer text or shows both (NOTES-3). The
 * documents the sidebar syncs say when a note changed (NOTES-2), so a reader sees it without a reload. Text stays
 * on screen (and in the tab's sessionStorage) until the server confirms it.
 */
export function createNotesModel({
  api,
  sessionId,
  keep = tabStorage(),
  retryDelay = (n) => backoffDelay(n, 1000, 10_000),
  autosaveMs = AUTOSAVE_MS,
}: NotesModelOptions) {
  const keyOf = (v: NoteVisibility) => `mediation.note.${sessionId}.${v}`
  /** Text typed but not confirmed, with the note it was typed on (so a reload merges as a save would). */
  const kept = (v: NoteVisibility): Kept | null =>
    safe(() => {
      const raw = keep?.getItem(keyOf(v)) ?? null
      return raw === null ? null : asKept(raw)
    }, null)
  const remember = (v: NoteVisibility, text: string | null) =>
    safe(() => {
      if (text === null) return keep?.removeItem(keyOf(v))
      const base = bases.get(v)
      const kept: Kept = { text, base: base ? { revision: base.revision, body: base.body } : null }
      keep?.setItem(keyOf(v), JSON.stringify(kept))
    }, undefined)
  const notes = signal<Note[]>([])
  const loaded = signal(false)
  const drafts = new Map<NoteVisibility, NoteDraft>()
  /** The note each draft's text was typed on (none: typed on an empty note). */
  const bases = new Map<NoteVisibility, Pick<Note, 'revision' | 'body'> | null>()
  /** The base a restored draft was typed on, until the first list names the note. */
  const restored = new Map<NoteVisibility, Kept['base']>()
  const timers = new Map<NoteVisibility, ReturnType<typeof setTimeout>>()
  const attempts = new Map<NoteVisibility, number>()
  const stops: (() => void)[] = []
  let disposed = false

  // The oldest note of a visibility, so every page picks the same one should two have been created at once.
  const noteFor = (v: NoteVisibility) =>
    notes.value
      .filter((n) => n.visibility === v)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0]

  function draft(v: NoteVisibility): NoteDraft {
    let d = drafts.get(v)
    if (!d) {
      // Text typed before a reload that the server never confirmed comes back, unsaved, and is saved again.
      const unsaved = kept(v)
      const note = noteFor(v)
      d = {
        text: signal(unsaved?.text ?? note?.body ?? ''),
        state: signal<SaveState>(unsaved === null ? 'saved' : 'unsaved'),
        status: signal(0),
        code: signal(null),
        theirs: signal(null),
      }
      drafts.set(v, d)
      if (!loaded.value && unsaved) restored.set(v, unsaved.base)
      else if (loaded.value) bases.set(v, unsaved ? unsaved.base : (note ?? null))
      if (unsaved !== null) schedule(v)
    }
    return d
  }

  /** Takes in what the server has now: drafts with nothing unsaved show it, a conflict shows the newest. */
  function take(list: Note[]) {
    notes.value = list
    const first = !loaded.value
    loaded.value = true
    for (const [v, d] of drafts) {
      const note = noteFor(v) ?? null
      // A restored draft was typed on what it kept; one typed before the first list, on what the server had then.
      if (first && d.state.value !== 'saved') bases.set(v, restored.has(v) ? (restored.get(v) ?? null) : note)
      if (d.state.value === 'saved') {
        bases.set(v, note)
        d.text.value = note?.body ?? ''
      } else if (d.state.value === 'conflict' && note) {
        bases.set(v, note)
        d.theirs.value = note.body
      }
    }
  }

  let loading: Promise<void> | null = null
  let again = false
  /** Reads the notes; a call while a read runs makes one more read after it (changes never pile up requests). */
  function load(): Promise<void> {
    if (loading) {
      again = true
      return loading
    }
    loading = (async () => {
      try {
        do {
          again = false
          take(await api.listNotes(sessionId))
        } while (again && !disposed)
      } finally {
        loading = null
      }
    })()
    return loading
  }

  function succeed(v: NoteVisibility, d: NoteDraft, saved: Note, body: string) {
    notes.value = [...notes.value.filter((n) => n.id !== saved.id), saved]
    bases.set(v, saved)
    attempts.delete(v)
    d.status.value = 0
    d.code.value = null
    d.theirs.value = null
    // Typing during the request leaves the newer text unsaved; it goes out with the next autosave.
    d.state.value = d.text.value === body ? 'saved' : 'unsaved'
    if (d.state.value === 'unsaved') schedule(v)
    else remember(v, null)
  }

  /**
   * NOTES-3: the text here was typed on an older revision than `current`: merged when the two changed different
   * parts (then saved on `current`), else both texts are shown. False: a conflict is shown, nothing is sent.
   */
  function rebase(v: NoteVisibility, d: NoteDraft, current: Note): boolean {
    const base = bases.get(v)?.body ?? ''
    bases.set(v, current)
    const merged = mergeText(base, d.text.value, current.body)
    if (merged === null) {
      d.theirs.value = current.body
      d.state.value = 'conflict'
      return false
    }
    d.text.value = merged
    remember(v, merged)
    return true
  }

  async function save(v: NoteVisibility, rebases = 0): Promise<void> {
    const d = draft(v)
    d.state.value = 'saving'
    try {
      // Never create a second note for a visibility because the list had not arrived yet.
      if (!loaded.value) await load()
      const current = noteFor(v)
      const base = bases.get(v)
      if (current && base?.revision !== current.revision && !rebase(v, d, current)) return
      const body = d.text.value
      if (current && body === current.body) return succeed(v, d, current, body)
      const input = { visibility: v, title: v, body }
      const saved = current
        ? await api.updateNote(sessionId, current.id, current.revision, input)
        : await api.createNote(sessionId, input)
      succeed(v, d, saved, body)
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 409 && err.body.code === 'NOTE-REVISION') {
        // Changed elsewhere since: read the newer text and merge with it (or show both).
        await load().catch(() => {})
        if (rebases < MAX_REBASES) return save(v, rebases + 1)
      }
      d.status.value = err instanceof ApiRequestError ? err.status : 0
      d.code.value = err instanceof ApiRequestError ? (err.body.code ?? null) : null
      if (!transient(err)) {
        // NOTES-4: final; the text stays here to change or copy, and only a new edit sends it again.
        d.state.value = 'refused'
        attempts.delete(v)
        return
      }
      d.state.value = 'failed'
      const n = attempts.get(v) ?? 0
      attempts.set(v, n + 1)
      schedule(v, retryDelay(n))
    }
  }

  const queues = new Map<NoteVisibility, Promise<void>>()
  /** One save of a note at a time: a save asked for while one runs follows it, if there is still something to send. */
  function queueSave(v: NoteVisibility): Promise<void> {
    const next = (queues.get(v) ?? Promise.resolve()).then(() => {
      const s = draft(v).state.value
      return !disposed && (s === 'unsaved' || s === 'failed') ? save(v) : undefined
    })
    queues.set(v, next)
    void next.finally(() => {
      if (queues.get(v) === next) queues.delete(v)
    })
    return next
  }

  function schedule(v: NoteVisibility, delay = autosaveMs) {
    clearTimeout(timers.get(v))
    timers.set(
      v,
      setTimeout(() => void queueSave(v), delay),
    )
  }

  /** The user typed (or chose a text): show "unsaved" and save shortly after typing stops. */
  function edit(v: NoteVisibility, text: string) {
    const d = draft(v)
    d.text.value = text
    d.state.value = 'unsaved'
    attempts.delete(v)
    remember(v, text)
    schedule(v)
  }

  return {
    notes,
    loaded,
    load,
    draft,
    edit,
    /** Saves now (on blur, or when the connection comes back); a refusal or a conflict waits for the writer. */
    flush(v: NoteVisibility): Promise<void> {
      clearTimeout(timers.get(v))
      return queueSave(v)
    },
    /** NOTES-3: how the writer settles a conflict; `both` keeps the newer saved text, then the one typed here. */
    resolve(v: NoteVisibility, keep: 'mine' | 'theirs' | 'both'): Promise<void> {
      const d = draft(v)
      const theirs = d.theirs.value
      if (d.state.value !== 'conflict' || theirs === null) return Promise.resolve()
      d.theirs.value = null
      const mine = d.text.value
      if (keep === 'theirs') {
        d.text.value = theirs
        d.state.value = 'saved'
        remember(v, null)
        return Promise.resolve()
      }
      edit(v, keep === 'mine' ? mine : `${theirs.trimEnd()}\n\n${mine.trimStart()}`)
      clearTimeout(timers.get(v))
      return queueSave(v)
    },
    /** NOTES-2: a document whose `noteRevisions` the server stamps for the notes this reader may read. */
    watch(doc: Y.Doc) {
      const stamps = noteStampsSchema(doc).noteRevisions
      const changed = () => {
        if (!disposed) void load().catch(() => {})
      }
      stamps.observe(changed)
      stops.push(() => stamps.unobserve(changed))
    },
    dispose() {
      disposed = true
      for (const t of timers.values()) clearTimeout(t)
      for (const stop of stops) stop()
    },
  }
}
export type NotesModel = ReturnType<typeof createNotesModel>

interface Kept {
  text: string
  base: { revision: number; body: string } | null
}

/** A kept draft; one kept by an older sidebar is the bare text (its base unknown: every change of it is shown). */
function asKept(raw: string): Kept {
  try {
    const k = JSON.parse(raw) as Partial<Kept> | null
    if (k && typeof k.text === 'string') return { text: k.text, base: k.base ?? null }
  } catch {}
  return { text: raw, base: null }
}

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
