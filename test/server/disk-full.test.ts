import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Note, SessionSummary } from '@mediation/protocol'
import * as Y from 'yjs'
import { type Child, spawnServer } from '../support/child-server'
import { api, connectDoc, createSessionWithParties, synced, waitFor } from '../support/server'
import { mountSmallDisk, type SmallDisk } from '../support/small-disk'

/** Everything stored for one doc (its session file's snapshot and every logged one), merged. */
async function storedDoc(dataDir: string, sessionId: string, docName: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const file = await readFile(join(dataDir, 'sessions', `${sessionId}.json`), 'utf8').catch(() => null)
  const b64 = file ? (JSON.parse(file) as { docs: Record<string, string> }).docs[docName] : undefined
  if (b64) Y.applyUpdate(doc, Buffer.from(b64, 'base64'))
  const log = await readFile(join(dataDir, 'sessions.log'), 'utf8').catch(() => '')
  for (const line of log.split('\n').filter(Boolean)) {
    const r = JSON.parse(line.slice(line.indexOf('{'))) as { n: string; s: string }
    if (r.n === `${sessionId}/${docName}`) Y.applyUpdate(doc, Buffer.from(r.s, 'base64'))
  }
  return doc
}

/**
 * A full disk on a real small filesystem (a 16 MB tmpfs the test mounts; the test runs as root here) under a
 * real server process: nothing is acknowledged that is not on disk, memory never runs ahead of it, the client gets
 * 507 STORE-FULL, /healthz says degraded, and once space is back everything (docs by the server's own retry) is
 * saved; a kill -9 afterwards loses nothing acknowledged and brings back nothing refused.
 */
describe('disk full (a real tmpfs), then space freed, then kill -9', function () {
  this.timeout(120_000)
  let disk: SmallDisk
  let dataDir: string
  const children: Child[] = []
  before(async () => {
    disk = await mountSmallDisk()
    dataDir = disk.dataDir
  })
  after(async () => {
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL')
    await Promise.all(children.map((c) => c.exited))
    await disk?.unmount()
  })

  it('notes, invites and doc edits: 507 while full, nothing half-done; saved once space returns; all there after kill -9', async () => {
    const one = await spawnServer(dataDir)
    children.push(one)
    const s = await createSessionWithParties(one, { sides: ['A'] })
    const notesPath = `/api/sessions/${s.sessionId}/notes`
    const first = await api<Note>(one, s.invites.A!, 'POST', notesPath, {
      visibility: `side:${s.sides.A}`,
      title: 'n1',
      body: 'before the disk filled',
    })
    assert.equal(first.status, 201)
    const doc = new Y.Doc()
    const p = await connectDoc(one, s.mediatorToken, s.sessionId, 'board', doc)
    await synced(p)
    doc.getText('t').insert(0, 'E1 ')
    await waitFor(
      async () => (await storedDoc(dataDir, s.sessionId, 'board')).getText('t').toString() === 'E1 ',
      'the first edit on disk',
    )

    const free = await disk.fill()
    const full = await api<{ error: string; code: string }>(one, s.invites.A!, 'POST', notesPath, {
      visibility: `side:${s.sides.A}`,
      title: 'lost',
      body: 'written while the disk was full',
    })
    assert.equal(full.status, 507)
    assert.deepEqual(full.body, { error: "not saved — the server's disk is full", code: 'STORE-FULL' })
    const edit = { visibility: `side:${s.sides.A}`, title: 'n1', body: 'edited' }
    const put = await api<{ code: string }>(one, s.invites.A!, 'PUT', `${notesPath}/${first.body.id}`, edit, {
      'if-match': '1',
    })
    assert.deepEqual([put.status, put.body.code], [507, 'STORE-FULL'])
    // An append may still fit in the slack of the index log's last page (then it is on disk and acknowledged):
    // invite until the disk refuses, and remember which were acknowledged.
    const ackedWhileFull: string[] = []
    let refused: string | null = null
    for (let i = 0; i < 40 && !refused; i++) {
      const name = `Fiona Full ${i}`
      const r = await api<{ code: string }>(
        one,
        s.mediatorToken,
        'POST',
        `/api/sessions/${s.sessionId}/invites`,
        {
          name,
          role: 'secretariat',
        },
      )
      if (r.status === 201) ackedWhileFull.push(name)
      else {
        assert.deepEqual([r.status, r.body.code], [507, 'STORE-FULL'])
        refused = name
      }
    }
    assert.ok(refused, 'the disk refused an invite')
    const health = await api<{ ok: boolean; status: string; reasons: string[] }>(one, null, 'GET', '/healthz')
    assert.equal(health.body.status, 'degraded')
    assert.match(health.body.reasons.join(' '), /disk is full \(ENOSPC/)

    // Nothing unacknowledged is visible, and the failed PUT did not bump the revision.
    const listed = await api<Note[]>(one, s.mediatorToken, 'GET', notesPath)
    assert.deepEqual(
      listed.body.map((n) => [n.title, n.body, n.revision]),
      [['n1', 'before the disk filled', 1]],
    )
    const session = await api<SessionSummary & { participants: { name: string }[] }>(
      one,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}`,
    )
    const members = JSON.stringify(session.body)
    assert.ok(!members.includes(`"${refused}"`), 'the refused invite left no participant')
    for (const name of ackedWhileFull) assert.ok(members.includes(`"${name}"`))
    // A doc edit while full stays in the server's memory (and the client's), to be saved by the retry timer;
    // every client in the room, the writer and a party, hears "not saved" from the server's own awareness state.
    const partyDoc = new Y.Doc()
    const partyView = await connectDoc(one, s.invites.A!, s.sessionId, 'board', partyDoc)
    await synced(partyView)
    const serverSays = (provider: typeof p) =>
      [...provider.awareness.getStates()]
        .filter(([id, st]) => id !== provider.doc.clientID && st.user === undefined)
        .map(([, st]) => st)
    assert.deepEqual(serverSays(partyView), [], 'nothing is announced while saves succeed')
    // 16 KB more than fits the slack of the log's last page (a small snapshot could still land there).
    doc.transact(() => {
      doc.getText('t').insert(3, 'E2 ')
      doc.getMap('bulk').set('pad', 'x'.repeat(16 * 1024))
    })
    for (const provider of [p, partyView]) {
      await waitFor(() => serverSays(provider).length === 1, 'the server announces the failed save', 10_000)
      assert.deepEqual(serverSays(provider), [{ server: { notSaved: 'STORE-FULL' } }])
    }

    await free()
    const retried = await api<Note>(one, s.invites.A!, 'PUT', `${notesPath}/${first.body.id}`, edit, {
      'if-match': '1',
    })
    assert.deepEqual([retried.status, retried.body.revision], [200, 2], 'the identical retry succeeds')
    const after = await api<Note>(one, s.invites.A!, 'POST', notesPath, {
      visibility: `side:${s.sides.A}`,
      title: 'n2',
      body: 'after space returned',
    })
    assert.equal(after.status, 201)
    const invited = await api(one, s.mediatorToken, 'POST', `/api/sessions/${s.sessionId}/invites`, {
      name: 'Anne After',
      role: 'secretariat',
    })
    assert.equal(invited.status, 201)
    await waitFor(
      async () => (await storedDoc(dataDir, s.sessionId, 'board')).getText('t').toString() === 'E1 E2 ',
      'the edit made while full is saved by the server on its own',
      20_000,
    )
    assert.equal((await api<{ ok: boolean }>(one, null, 'GET', '/healthz')).body.ok, true)
    for (const provider of [p, partyView]) {
      await waitFor(() => serverSays(provider).length === 0, 'the announcement is withdrawn once saved')
    }
    partyView.destroy()
    p.destroy()

    one.proc.kill('SIGKILL')
    await one.exited
    const two = await spawnServer(dataDir)
    children.push(two)
    const notes = await api<Note[]>(two, s.mediatorToken, 'GET', notesPath)
    assert.equal(notes.status, 200, 'the session is served (no glued or half-written record)')
    assert.deepEqual(notes.body.map((n) => [n.title, n.body, n.revision]).sort(), [
      ['n1', 'edited', 2],
      ['n2', 'after space returned', 1],
    ])
    const again = await api(two, s.mediatorToken, 'GET', `/api/sessions/${s.sessionId}`)
    const text = JSON.stringify(again.body)
    assert.ok(text.includes('Anne After') && !text.includes(`"${refused}"`))
    for (const name of ackedWhileFull) assert.ok(text.includes(`"${name}"`), `${name} was acknowledged`)
    const reread = new Y.Doc()
    const q = await connectDoc(two, s.mediatorToken, s.sessionId, 'board', reread)
    await synced(q)
    assert.equal(reread.getText('t').toString(), 'E1 E2 ')
    q.destroy()
    assert.deepEqual((await api(two, null, 'GET', '/healthz')).body, { ok: true })
  })
})
