import assert from 'node:assert/strict'
import { notesMarkdown } from '@mediation/core/record'
import type { Note } from '@mediation/protocol'

const note = (id: string, visibility: Note['visibility'], title: string, body: string, at: string): Note => ({
  id,
  sessionId: 's1',
  visibility,
  title,
  body,
  revision: 1,
  createdAt: at,
  updatedAt: at,
  authorId: 'm',
})

describe('record: notes as Markdown', () => {
  const sides = [{ id: 'a', name: 'Jansen' }]
  const md = notesMarkdown({
    sessionTitle: 'Huurgeschil',
    reader: 'Anna',
    sides,
    language: 'en',
    exportedAt: Date.UTC(2026, 10, 27, 9),
    notes: [
      note('n2', 'side:a', 'Later # heading', 'line one\r\nline two', '2026-11-27T10:00:00.000Z'),
      note('n1', 'joint', 'First', 'joint body', '2026-11-27T09:00:00.000Z'),
    ],
  })

  it('lists notes oldest first with their visibility', () => {
    assert.ok(md.indexOf('## First') < md.indexOf('## Later'))
    assert.match(md, /_everyone · updated /)
    assert.match(md, /_side Jansen and mediator · updated /)
  })

  it('keeps bodies as written and titles on one escaped line', () => {
    assert.match(md, /line one\nline two/)
    assert.match(md, /## Later \\# heading/)
  })

  it('says so when there is nothing to read (in Dutch too)', () => {
    const empty = notesMarkdown({
      sessionTitle: 'X',
      reader: 'B',
      sides,
      language: 'nl',
      exportedAt: 0,
      notes: [],
    })
    assert.match(empty, /geen notities/)
  })
})
