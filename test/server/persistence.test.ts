import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createLogger } from '@mediation/companion-server'
import type { Note } from '@mediation/protocol'
import * as Y from 'yjs'
import { api, connectDoc, createSessionWithParties, synced, waitFor } from '../support/server'
import { useServers } from '../support/use-server'

describe('persistence: restart, damaged files, save races', () => {
  const { start } = useServers()

  it('a restart on the same data dir keeps sessions, invites, login tokens, documents and notes', async () => {
    const one = await start()
    const s = await createSessionWithParties(one, { sides: ['A', 'B'] })
    const doc = new Y.Doc()
    // A document the party writes raw: its own side's caucus document.
    const caucus = `caucus/${s.sides.A}`
    const p = await connectDoc(one, s.invites.A!, s.sessionId, caucus, doc)
    await synced(p)
    doc.getMap('board').set('option', 'share the garden')
    doc.getText('memo').insert(0, 'hello')
    const note = await api<Note>(one, s.invites.B!, 'POST', `/api/sessions/${s.sessionId}/notes`, {
      visibility: `side:${s.sides.B}`,
      title: 't',
      body: 'kept',
    })
    const room = await one.context.rooms.get(`${s.sessionId}/${caucus}`)
    await waitFor(() => room.doc.getText('memo').toString() === 'hello', 'edit at the server')
    p.destroy()
    await one.stop({ keepData: true })

    const two = await start({ dataDir: one.dataDir })
    const me = await api<{ kind: string }>(two, s.mediatorToken, 'GET', '/api/me')
    assert.equal(me.body.kind, 'mediator', 'the login token survives')
    const again = new Y.Doc()
    const q = await connectDoc(two, s.invites.A!, s.sessionId, caucus, again)
    await synced(q)
    assert.equal(again.getMap('board').get('option'), 'share the garden')
    assert.equal(again.getText('memo').toString(), 'hello')
    q.destroy()
    const notes = await api<Note[]>(two, s.mediatorToken, 'GET', `/api/sessions/${s.sessionId}/notes`)
    assert.deepEqual(
      notes.body.map((n) => [n.id, n.body]),
      [[note.body.id, 'kept']],
    )
    const control = new Y.Doc()
    const c = await connectDoc(two, s.mediatorToken, s.sessionId, 'control', control)
    await synced(c)
    assert.equal(control.getMap('participants').size, 3)
    c.destroy()
  })

  it('the last client leaving and an immediate reconnect lose nothing (the room being saved is reused)', async () => {
    const one = await start({ saveDelayMs: 5, saveMaxDelayMs: 10 })
    const s = await createSessionWithParties(one, { sides: ['A'] })
    for (let i = 0; i < 20; i++) {
      const doc = new Y.Doc()
      const p = await connectDoc(one, s.mediatorToken, s.sessionId, 'board', doc)
      await synced(p)
      doc.getMap('n').set(`k${i}`, i)
      const room = await one.context.rooms.get(`${s.sessionId}/board`)
      await waitFor(() => room.doc.getMap('n').has(`k${i}`), 'edit at the server')
      p.destroy() // last client leaves: the save starts; the next iteration reconnects at once
    }
    await one.stop({ keepData: true })
    const two = await start({ dataDir: one.dataDir })
    const doc = new Y.Doc()
    const p = await connectDoc(two, s.mediatorToken, s.sessionId, 'board', doc)
    await synced(p)
    assert.equal(doc.getMap('n').size, 20)
    p.destroy()
  })

  it('a damaged session file is named in the log, left untouched, answered 503; other sessions are served', async () => {
    const one = await start()
    const bad = await createSessionWithParties(one, { sides: ['A'] })
    const good = await createSessionWithParties(one, { sides: ['A'], mediatorToken: bad.mediatorToken })
    await api(one, bad.mediatorToken, 'POST', `/api/sessions/${good.sessionId}/notes`, {
      visibility: 'joint',
      title: '',
      body: 'ok',
    })
    await one.stop({ keepData: true })
    const file = join(one.dataDir, 'sessions', `${bad.sessionId}.json`)
    const damaged = '{"version":1,"id":"half-written'
    await writeFile(file, damaged)

    const lines: string[] = []
    const logger = createLogger({ level: 'info', destination: { write: (l: string) => void lines.push(l) } })
    const two = await start({ dataDir: one.dataDir, logger })
    // Found by the background pass after the server listens (start-up reads no session file).
    await waitFor(
      () => lines.some((l) => l.includes('"level":50') && l.includes(file)),
      'an error line names the damaged file',
    )
    const notes = await api<{ error: string }>(
      two,
      bad.mediatorToken,
      'GET',
      `/api/sessions/${bad.sessionId}/notes`,
    )
    assert.equal(notes.status, 503)
    assert.match(notes.body.error, /damaged/)
    const write = await api(two, bad.mediatorToken, 'POST', `/api/sessions/${bad.sessionId}/notes`, {
      visibility: 'joint',
      title: '',
      body: 'x',
    })
    assert.equal(write.status, 503)
    const invite = await api(two, bad.mediatorToken, 'POST', `/api/sessions/${bad.sessionId}/invites`, {
      name: 'S',
      role: 'secretariat',
    })
    assert.equal(invite.status, 503)
    const ticket = await api(two, bad.invites.A!, 'POST', '/api/tickets', { sessionId: bad.sessionId })
    assert.equal(ticket.status, 503, 'no sync ticket for a damaged session')
    const ok = await api<Note[]>(two, good.invites.A!, 'GET', `/api/sessions/${good.sessionId}/notes`)
    assert.deepEqual([ok.status, ok.body.length], [200, 1])
    const doc = new Y.Doc()
    const q = await connectDoc(two, good.invites.A!, good.sessionId, 'board', doc)
    await synced(q)
    q.destroy()
    await two.stop({ keepData: true })
    assert.equal(await readFile(file, 'utf8'), damaged, 'the damaged file is byte-for-byte untouched')
  })
})
