import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Note } from '@mediation/protocol'
import * as Y from 'yjs'
import { type Child, spawnServer } from '../support/child-server'
import { api, connectDoc, createSessionWithParties, synced, waitFor } from '../support/server'

describe('the server process (npm start entry): crashes and shutdown', function () {
  this.timeout(60_000)
  let dataDir: string
  const children: Child[] = []
  const launch = async () => {
    const c = await spawnServer(dataDir)
    children.push(c)
    return c
  }
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mediation-proc-'))
  })
  after(async () => {
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL')
    await Promise.all(children.map((c) => c.exited))
    await rm(dataDir, { recursive: true, force: true })
  })

  it('SIGKILL during a stream of note writes: every acknowledged note is there after restart', async () => {
    const one = await launch()
    const s = await createSessionWithParties(one, { sides: ['A'] })
    const acked: string[] = []
    const stream = (async () => {
      for (let i = 0; ; i++) {
        const r = await api<Note>(one, s.invites.A!, 'POST', `/api/sessions/${s.sessionId}/notes`, {
          visibility: `side:${s.sides.A}`,
          title: `n${i}`,
          body: 'x'.repeat(200),
        }).catch(() => null)
        if (r?.status !== 201) return
        acked.push(r.body.id)
      }
    })()
    await waitFor(() => acked.length >= 40, '40 acknowledged notes', 30_000)
    one.proc.kill('SIGKILL')
    await stream
    await one.exited
    const two = await launch()
    const notes = await api<Note[]>(two, s.mediatorToken, 'GET', `/api/sessions/${s.sessionId}/notes`)
    const stored = new Set(notes.body.map((n) => n.id))
    const lost = acked.filter((id) => !stored.has(id))
    assert.deepEqual(lost, [], `${lost.length} of ${acked.length} acknowledged notes lost`)
    two.proc.kill('SIGTERM')
    assert.equal(await two.exited, 0)
  })

  it('SIGTERM flushes pending document saves before the process exits', async () => {
    const one = await launch()
    const s = await createSessionWithParties(one, {
      sides: ['A'],
      mediatorToken: (
        await api<{ token: string }>(one, null, 'POST', '/api/login', {
          email: 'mediator@example.org',
          password: 'correct horse battery',
        })
      ).body.token,
    })
    const writer = new Y.Doc()
    const watcher = new Y.Doc()
    const p = await connectDoc(one, s.mediatorToken, s.sessionId, 'board', writer)
    const q = await connectDoc(one, s.invites.A!, s.sessionId, 'board', watcher)
    await Promise.all([synced(p), synced(q)])
    writer.getText('t').insert(0, 'saved on SIGTERM')
    await waitFor(() => watcher.getText('t').length > 0, 'the server relayed the edit')
    one.proc.kill('SIGTERM') // within the save debounce: only the shutdown flush can save it
    assert.equal(await one.exited, 0)
    p.destroy()
    q.destroy()
    const two = await launch()
    const doc = new Y.Doc()
    const r = await connectDoc(two, s.mediatorToken, s.sessionId, 'board', doc)
    await synced(r)
    assert.equal(doc.getText('t').toString(), 'saved on SIGTERM')
    r.destroy()
    two.proc.kill('SIGTERM')
    assert.equal(await two.exited, 0)
  })
})
