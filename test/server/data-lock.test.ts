import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Note } from '@mediation/protocol'
import { type Child, spawnMain, spawnServer } from '../support/child-server'
import { api, createSessionWithParties } from '../support/server'
import { useServers } from '../support/use-server'

describe('one process per data folder (server.lock)', function () {
  this.timeout(60_000)
  let dataDir: string
  const children: Child[] = []
  const servers = useServers()
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mediation-lock-'))
  })
  after(async () => {
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL')
    await Promise.all(children.map((c) => c.exited))
    await rm(dataDir, { recursive: true, force: true })
  })

  it('a second process on the same folder refuses to start with one sentence naming the folder and the pid; the first keeps everything', async () => {
    const one = await spawnServer(dataDir)
    children.push(one)
    const s = await createSessionWithParties(one, { sides: ['A'] })
    const note = await api<Note>(one, s.invites.A!, 'POST', `/api/sessions/${s.sessionId}/notes`, {
      visibility: `side:${s.sides.A}`,
      title: 't',
      body: 'from the first process',
    })
    assert.equal(note.status, 201)
    const lockBefore = await readFile(join(dataDir, 'server.lock'), 'utf8')
    assert.equal(JSON.parse(lockBefore).pid, one.proc.pid)

    const two = spawnMain(dataDir)
    let out = ''
    let err = ''
    two.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
    })
    two.stderr!.on('data', (c: Buffer) => {
      err += c.toString()
    })
    const code = await new Promise<number | null>((r) => two.once('exit', r))
    assert.equal(code, 1)
    assert.equal(out, '', 'it never said ready')
    assert.equal(
      err,
      `The data folder ${dataDir} is in use by process ${one.proc.pid}; stop that server first or give this one another DATA_DIR.\n`,
    )
    assert.equal(await readFile(join(dataDir, 'server.lock'), 'utf8'), lockBefore, 'the lock is untouched')

    // The first process still serves and still owns its data.
    const notes = await api<Note[]>(one, s.mediatorToken, 'GET', `/api/sessions/${s.sessionId}/notes`)
    assert.deepEqual(
      notes.body.map((n) => n.body),
      ['from the first process'],
    )

    // After a crash (kill -9) the lock is stale: the next process recognises it and starts.
    one.proc.kill('SIGKILL')
    await one.exited
    const three = await spawnServer(dataDir)
    children.push(three)
    const again = await api<Note[]>(three, s.mediatorToken, 'GET', `/api/sessions/${s.sessionId}/notes`)
    assert.deepEqual(
      again.body.map((n) => n.body),
      ['from the first process'],
    )
    assert.equal(JSON.parse(await readFile(join(dataDir, 'server.lock'), 'utf8')).pid, three.proc.pid)
    three.proc.kill('SIGTERM')
    assert.equal(await three.exited, 0)
    await assert.rejects(readFile(join(dataDir, 'server.lock')), /ENOENT/, 'a clean stop removes the lock')
  })

  it('in one process too, a second server on an open folder is refused until the first closes', async () => {
    const first = await servers.start()
    await assert.rejects(servers.start({ dataDir: first.dataDir }), /in use by this process/)
    await first.stop({ keepData: true })
    await servers.start({ dataDir: first.dataDir })
  })
})
