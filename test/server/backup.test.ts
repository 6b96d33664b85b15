import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Note } from '@mediation/protocol'
import * as Y from 'yjs'
import { type Child, spawnServer } from '../support/child-server'
import { api, connectDoc, createSessionWithParties, synced, waitFor } from '../support/server'

/** Runs `npm run backup -- <target>` (its script, with node) against `dataDir`. */
function backup(dataDir: string, target: string): Promise<{ code: number | null; out: string; err: string }> {
  const p = spawn(process.execPath, ['--import', 'tsx', 'companion-server/src/cli/backup.ts', target], {
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  p.stdout.on('data', (c: Buffer) => {
    out += c.toString()
  })
  p.stderr.on('data', (c: Buffer) => {
    err += c.toString()
  })
  return new Promise((resolve) => p.once('exit', (code) => resolve({ code, out, err })))
}

describe('backup while serving, wipe, restore (npm run backup)', function () {
  this.timeout(120_000)
  let root: string
  const children: Child[] = []
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'mediation-backup-'))
  })
  after(async () => {
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL')
    await Promise.all(children.map((c) => c.exited))
    await rm(root, { recursive: true, force: true })
  })

  it('every session, note, signature and document edit comes back; later changes do not; the lock is respected', async () => {
    const dataDir = join(root, 'data')
    const one = await spawnServer(dataDir)
    children.push(one)
    const s = await createSessionWithParties(one, { sides: ['A', 'B'] })
    const second = await createSessionWithParties(one, { sides: ['X'], mediatorToken: s.mediatorToken })
    const notes = `/api/sessions/${s.sessionId}/notes`
    for (const body of ['first note', 'second note'])
      assert.equal(
        (await api(one, s.invites.A!, 'POST', notes, { visibility: `side:${s.sides.A}`, title: 't', body }))
          .status,
        201,
      )
    const prep = `/api/sessions/${s.sessionId}/prep`
    const { hash } = (await api<{ agreement: { hash: string } }>(one, s.invites.A!, 'GET', prep)).body
      .agreement
    const signed = await api(one, s.invites.A!, 'POST', `${prep}/signatures`, {
      typedName: 'Party A',
      consent: true,
      textHash: hash,
    })
    assert.equal(signed.status, 201)
    const doc = new Y.Doc()
    const p = await connectDoc(one, s.mediatorToken, s.sessionId, 'board', doc)
    await synced(p)
    doc.getText('t').insert(0, 'edited just before the backup')
    // The edit is in the server's memory (relayed), not necessarily saved yet: the backup saves the rooms first.
    const watcher = new Y.Doc()
    const w = await connectDoc(one, s.mediatorToken, s.sessionId, 'board', watcher)
    await waitFor(() => watcher.getText('t').length > 0, 'the server has the edit')

    const target = join(root, 'backup')
    const made = await backup(dataDir, target)
    assert.equal(made.code, 0, made.err)
    assert.match(made.out, new RegExp(`by the running server \\(pid ${one.proc.pid}\\)`))
    const manifest = JSON.parse(await readFile(join(target, 'MANIFEST.json'), 'utf8')) as {
      files: { path: string }[]
    }
    assert.ok(manifest.files.some((f) => f.path === `sessions/${s.sessionId}.json`))
    assert.ok(!manifest.files.some((f) => f.path.includes('server.lock')), 'the lock is not copied')

    // After the backup: a change that the restore must not bring back.
    await api(one, s.invites.A!, 'POST', notes, {
      visibility: `side:${s.sides.A}`,
      title: 't',
      body: 'after the backup',
    })
    p.destroy()
    w.destroy()
    one.proc.kill('SIGTERM')
    assert.equal(await one.exited, 0)

    // Without a server the backup takes the lock itself (and a second copy works the same way).
    const offline = await backup(dataDir, join(root, 'backup-offline'))
    assert.equal(offline.code, 0, offline.err)
    assert.doesNotMatch(offline.out, /running server/)

    await rm(dataDir, { recursive: true, force: true })
    await cp(target, dataDir, { recursive: true })
    const two = await spawnServer(dataDir)
    children.push(two)
    const back = await api<Note[]>(two, s.mediatorToken, 'GET', notes)
    assert.deepEqual(back.body.map((n) => n.body).sort(), ['first note', 'second note'])
    const sigs = await api<{ signatures: { typedName: string }[] }>(two, s.invites.A!, 'GET', prep)
    assert.deepEqual(
      sigs.body.signatures.map((x) => x.typedName),
      ['Party A'],
    )
    const list = await api<{ id: string }[]>(two, s.mediatorToken, 'GET', '/api/sessions')
    assert.deepEqual(list.body.map((x) => x.id).sort(), [s.sessionId, second.sessionId].sort())
    const reread = new Y.Doc()
    const q = await connectDoc(two, s.invites.B!, s.sessionId, 'board', reread)
    await synced(q)
    assert.equal(reread.getText('t').toString(), 'edited just before the backup')
    q.destroy()
    assert.deepEqual((await readdir(join(root, 'backup-offline'))).includes('MANIFEST.json'), true)
    two.proc.kill('SIGTERM')
    assert.equal(await two.exited, 0)
  })
})
