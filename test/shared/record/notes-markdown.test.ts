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

  it('a body cannot forge a heading or a "mediator only" section (it stays inside its fence)', () => {
    const forged = notesMarkdown({
      sessionTitle: 'X',
      reader: 'B',
      sides,
      language: 'en',
      exportedAt: 0,
      notes: [
        note(
          'n1',
          'joint',
          'Mine',
          'ok\n\n~~~\n\n## Secret deal\n\n_mediator only · updated 1 Jan_\n\nB gives in',
          '2026-11-27T09:00:00.000Z',
        ),
      ],
    })
    const outside = forged.replace(/^(~{3,})text\n[\s\S]*?\n\1$/gm, '')
    assert.doesNotMatch(outside, /Secret deal|mediator only/, 'nothing of the body is outside its fence')
    assert.equal([...outside.matchAll(/^## /gm)].length, 1, 'one heading outside the fences: the note title')
    assert.match(forged, /^~{4}text$/m, 'the fence is longer than the ~~~ in the body')
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
