/**
 * The Notes tab's model on its own, against a server stand-in that keeps revisions as the real one does (a stale
 * If-Match is 409 NOTE-REVISION) and stamps a document on every write (NOTES-2): two models are two pages.
 */
import assert from 'node:assert/strict'
import { noteStampsSchema } from '@mediation/core/domain'
import type { Note, NoteInput } from '@mediation/protocol'
import * as Y from 'yjs'
import type { Api } from '../../../shared/sidebar/src/client/api'
import { ApiRequestError } from '../../../shared/sidebar/src/client/api-error'
import { createNotesModel, type NotesModel } from '../../../shared/sidebar/src/ui/models/notes-model'
import { mergeText } from '../../../shared/sidebar/src/ui/models/text-merge'
import { memoryStorage } from '../../support/memory-storage'

type Refusal = 'network' | { status: number; code: string }

/** Notes with revisions, a list of write attempts, scripted refusals, and a stamped document. */
function fakeServer() {
  const notes: Note[] = []
  const writes: string[] = []
  const refuse: Refusal[] = []
  const doc = new Y.Doc()
  let n = 0
  const stamp = (note: Note) => noteStampsSchema(doc).noteRevisions.set(note.id, note.revision)
  const refused = () => {
    const r = refuse.shift()
    if (r === 'network') throw new TypeError('Failed to fetch')
    if (r) throw new ApiRequestError(r.status, { error: 'refused in English', code: r.code })
  }
  const api = {
    listNotes: async () => notes.map((x) => ({ ...x })),
    createNote: async (sessionId: string, input: NoteInput) => {
      writes.push(`POST ${input.body}`)
      refused()
      const at = new Date(Date.UTC(2026, 11, 3, 9, 0, n)).toISOString()
      const note: Note = {
        id: `n${++n}`,
        sessionId,
        ...input,
        revision: 1,
        createdAt: at,
        updatedAt: at,
        authorId: 'p',
      }
      notes.push(note)
      stamp(note)
      return { ...note }
    },
    updateNote: async (_s: string, id: string, revision: number, input: NoteInput) => {
      writes.push(`PUT ${revision} ${input.body}`)
      refused()
      const note = notes.find((x) => x.id === id)
      if (!note) throw new ApiRequestError(404, { error: 'gone', code: 'NOTE-NOT-FOUND' })
      if (note.revision !== revision)
        throw new ApiRequestError(409, { error: 'stale', code: 'NOTE-REVISION' })
      Object.assign(note, input, { revision: revision + 1 })
      stamp(note)
      return { ...note }
    },
  }
  return { api: api as unknown as Api, notes, writes, refuse, doc }
}

const V = 'side:a' as const

describe('sidebar: notes as a shared document (NOTES-2, NOTES-3, NOTES-4)', () => {
  let server: ReturnType<typeof fakeServer>
  const models: NotesModel[] = []
  const delays: number[] = []
  const page = (keep: Storage = memoryStorage()) => {
    const m = createNotesModel({
      api: server.api,
      sessionId: 's1',
      keep,
      // Saves are driven by the tests (flush); a retry is recorded, never run by a timer.
      autosaveMs: 3_600_000,
      retryDelay: (attempt) => {
        delays.push(attempt)
        return 3_600_000
      },
    })
    models.push(m)
    return m
  }
  beforeEach(() => {
    server = fakeServer()
    delays.length = 0
  })
  afterEach(() => {
    for (const m of models.splice(0)) m.dispose()
  })

  /** Both pages opened on the note saved as `text`. */
  async function twoPages(text: string) {
    const one = page()
    await one.load()
    one.edit(V, text)
    await one.flush(V)
    const two = page()
    await two.load()
    assert.equal(two.draft(V).text.value, text)
    return { one, two }
  }

  it('NOTES-3 mergeText applies two edits of different parts and refuses to guess when they touch', () => {
    const base = 'Agenda: huur. Daarna: kinderen.'
    const mine = 'Agenda: huur en borg. Daarna: kinderen.'
    const theirs = 'Agenda: huur. Daarna: kinderen en school.'
    assert.equal(mergeText(base, mine, theirs), 'Agenda: huur en borg. Daarna: kinderen en school.')
    assert.equal(mergeText(base, theirs, mine), 'Agenda: huur en borg. Daarna: kinderen en school.')
    assert.equal(mergeText(base, mine, base), mine)
    assert.equal(mergeText(base, base, theirs), theirs)
    assert.equal(mergeText(base, mine, mine), mine)
    assert.equal(mergeText(base, `${base} A`, `${base} B`), null, 'two insertions at one spot')
    assert.equal(
      mergeText(base, 'Agenda: borg. Daarna: kinderen.', 'Agenda: huurprijs. Daarna: kinderen.'),
      null,
    )
    assert.equal(mergeText('', 'mine', 'theirs'), null)
  })

  it('NOTES-3 edits of different parts in two places are merged: both texts saved, the second on the newer revision', async () => {
    const { one, two } = await twoPages('Agenda: huur. Daarna: kinderen.')
    one.edit(V, 'Agenda: huur en borg. Daarna: kinderen.')
    two.edit(V, 'Agenda: huur. Daarna: kinderen en school.')
    await one.flush(V)
    await two.flush(V)
    const merged = 'Agenda: huur en borg. Daarna: kinderen en school.'
    assert.equal(two.draft(V).state.value, 'saved')
    assert.equal(two.draft(V).text.value, merged)
    assert.equal(server.notes[0]?.body, merged)
    assert.deepEqual(server.writes.slice(-3), [
      'PUT 1 Agenda: huur en borg. Daarna: kinderen.',
      'PUT 1 Agenda: huur. Daarna: kinderen en school.',
      `PUT 2 ${merged}`,
    ])
  })

  it('NOTES-3 edits of the same part show both texts; nothing is sent until the writer chooses, then both are kept', async () => {
    const keep = memoryStorage()
    const one = page()
    await one.load()
    one.edit(V, 'Afspraak: ')
    await one.flush(V)
    const two = page(keep)
    await two.load()
    one.edit(V, 'Afspraak: maandag')
    two.edit(V, 'Afspraak: woensdag')
    await one.flush(V)
    await two.flush(V)
    const d = two.draft(V)
    assert.equal(d.state.value, 'conflict')
    assert.equal(d.text.value, 'Afspraak: woensdag', 'the text typed here stays')
    assert.equal(d.theirs.value, 'Afspraak: maandag', 'beside the one saved elsewhere')
    assert.equal(server.notes[0]?.body, 'Afspraak: maandag', 'nothing overwritten')
    assert.match(keep.getItem(`mediation.note.s1.${V}`) ?? '', /woensdag/, 'and kept across a reload')
    const before = server.writes.length
    await two.flush(V)
    assert.equal(server.writes.length, before, 'a blur sends nothing while both are shown')
    await two.resolve(V, 'both')
    assert.equal(d.state.value, 'saved')
    assert.equal(server.notes[0]?.body, 'Afspraak: maandag\n\nAfspraak: woensdag')
    assert.equal(keep.getItem(`mediation.note.s1.${V}`), null)
  })

  it("NOTES-2 a page watching the stamped document shows the other page's saved change; a draft being typed is left alone", async () => {
    const { one, two } = await twoPages('Eerste versie')
    two.watch(server.doc)
    const shown = new Promise<void>((done) => {
      const stop = two.notes.subscribe((list) => {
        if (list.some((n) => n.body === 'Tweede versie')) {
          queueMicrotask(() => stop())
          done()
        }
      })
    })
    one.edit(V, 'Tweede versie')
    await one.flush(V)
    await shown
    await two.load()
    assert.equal(two.draft(V).text.value, 'Tweede versie', 'no reload needed')
    two.edit(V, 'Tweede versie, en meer')
    one.edit(V, 'Derde versie')
    await one.flush(V)
    await two.load()
    assert.equal(two.draft(V).text.value, 'Tweede versie, en meer', 'what is typed here is never replaced')
    assert.equal(two.draft(V).state.value, 'unsaved')
  })

  it('NOTES-4 a final refusal is kept with its code and never retried; a network failure is retried', async () => {
    const keep = memoryStorage()
    const one = page(keep)
    await one.load()
    server.refuse.push({ status: 413, code: 'LIMIT-NOTES' })
    one.edit(V, 'te lang')
    await one.flush(V)
    const d = one.draft(V)
    assert.equal(d.state.value, 'refused')
    assert.deepEqual([d.status.value, d.code.value], [413, 'LIMIT-NOTES'])
    assert.deepEqual(delays, [], 'no retry is scheduled')
    await one.flush(V)
    assert.equal(server.writes.length, 1, 'nor sent again on blur')
    assert.equal(d.text.value, 'te lang', 'the text stays to change')
    assert.match(keep.getItem(`mediation.note.s1.${V}`) ?? '', /te lang/)
    server.refuse.push('network')
    one.edit(V, 'korter')
    await one.flush(V)
    assert.equal(d.state.value, 'failed')
    assert.deepEqual(delays, [0], 'a passing failure is tried again')
    await one.flush(V)
    assert.equal(d.state.value, 'saved')
    assert.equal(server.notes[0]?.body, 'korter')
  })

  it('NOTES-3 a draft kept across a reload merges with what was saved elsewhere meanwhile', async () => {
    const keep = memoryStorage()
    const { one } = await twoPages('Punt 1. Punt 2.')
    const before = page(keep)
    await before.load()
    before.edit(V, 'Punt 1 (huur). Punt 2.')
    before.dispose()
    one.edit(V, 'Punt 1. Punt 2 (kinderen).')
    await one.flush(V)
    const after = page(keep)
    const d = after.draft(V)
    assert.equal(d.state.value, 'unsaved', 'the unsaved text comes back')
    await after.load()
    await after.flush(V)
    assert.equal(d.state.value, 'saved')
    assert.equal(server.notes[0]?.body, 'Punt 1 (huur). Punt 2 (kinderen).')
  })
})
