import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { type FileHandle, mkdtemp, readdir, readFile, rm, stat, truncate } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLowdbStores } from '@mediation/companion-server'
import * as Y from 'yjs'
import { waitFor } from '../support/server'
import { snap, values } from './snapshots'

describe('doc snapshot log: group commit, checkpoints, crashes and erasure', function () {
  this.timeout(60_000)
  let dir: string
  const open: { docs: { flush(): Promise<void> } }[] = []
  const stores = async (log: Parameters<typeof createLowdbStores>[1] = {}) => {
    const s = await createLowdbStores(dir, log)
    open.push(s)
    return s
  }
  const logPath = () => join(dir, 'sessions.log')
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mediation-doclog-'))
  })
  afterEach(async () => {
    for (const s of open.splice(0)) await s.docs.flush().catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  })

  it('N concurrent saves share one fdatasync and every one is durable when it resolves', async () => {
    let syncs = 0
    const sync = (file: FileHandle) => {
      syncs++
      return file.datasync()
    }
    const a = await stores({ log: { sync } })
    await Promise.all(Array.from({ length: 40 }, (_, i) => a.docs.save(`s${i}/board`, snap(i))))
    assert.equal(syncs, 1, `${syncs} syncs for 40 saves`)
    // Nothing was checkpointed: the reopened store finds every save through the log alone.
    assert.ok((await stat(logPath())).size > 0)
    const b = await stores()
    for (let i = 0; i < 40; i++) assert.deepEqual(values(await b.docs.load(`s${i}/board`)), [i])
  })

  it('saves arriving during a sync wait for the next one, which serves all of them', async () => {
    let syncs = 0
    let releaseFirst!: () => void
    const firstHeld = new Promise<void>((r) => {
      releaseFirst = r
    })
    const sync = async (file: FileHandle) => {
      if (++syncs === 1) await firstHeld
      return file.datasync()
    }
    const a = await stores({ log: { sync } })
    const first = a.docs.save('s1/board', snap(1))
    await waitFor(() => syncs === 1, 'the first sync started')
    const later = Array.from({ length: 10 }, (_, i) => a.docs.save(`s1/d${i}`, snap(i)))
    releaseFirst()
    await Promise.all([first, ...later])
    assert.equal(syncs, 2)
  })

  it('a torn last record (crash mid-append) is ignored; the records before it are intact', async () => {
    const a = await stores()
    await a.docs.save('s1/a', snap(1))
    await a.docs.save('s1/b', snap(2))
    await a.docs.save('s1/c', snap(3, 3, 3, 3, 3, 3))
    const { size } = await stat(logPath())
    await truncate(logPath(), size - 6)
    const b = await stores()
    assert.deepEqual(values(await b.docs.load('s1/a')), [1])
    assert.deepEqual(values(await b.docs.load('s1/b')), [2])
    assert.equal(await b.docs.load('s1/c'), null)
    // Replayed into the session file; the fresh log holds nothing.
    assert.equal((await stat(logPath())).size, 0)
    const file = JSON.parse(await readFile(join(dir, 'sessions', 's1.json'), 'utf8'))
    assert.deepEqual(Object.keys(file.docs).sort(), ['a', 'b'])
  })

  it('a checkpoint moves every logged snapshot into the session files; a restart reads them back', async () => {
    const a = await stores({ log: { checkpointMs: 10 } })
    await a.docs.save('s1/board', snap(1))
    await a.docs.save('s2/board', snap(2))
    await a.docs.save('s1/board', snap(3))
    await waitFor(async () => (await stat(logPath())).size === 0, 'the timed checkpoint emptied the log')
    const file = JSON.parse(await readFile(join(dir, 'sessions', 's1.json'), 'utf8'))
    assert.deepEqual(values(new Uint8Array(Buffer.from(file.docs.board, 'base64'))), [3])
    assert.deepEqual(values(await a.docs.load('s1/board')), [3])
    const b = await stores()
    assert.deepEqual(values(await b.docs.load('s1/board')), [3])
    assert.deepEqual(values(await b.docs.load('s2/board')), [2])
  })

  it('appended updates are merged at the checkpoint: the session file holds one compact snapshot', async () => {
    const a = await stores()
    const doc = new Y.Doc()
    const changes: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => changes.push(u))
    const list = doc.getArray<number>('v')
    list.push([0])
    await a.docs.save('s1/board', Y.encodeStateAsUpdate(doc))
    changes.length = 0
    for (let i = 1; i < 2000; i++) list.push([i]) // 1,999 transactions, each appended alone
    await Promise.all(changes.map((u) => a.docs.append!('s1/board', u)))
    const logged = (await stat(logPath())).size
    await a.docs.flush() // the log is idle, then checkpointed
    assert.equal((await stat(logPath())).size, 0, `the log (${logged} bytes) moved into the session file`)
    const file = JSON.parse(await readFile(join(dir, 'sessions', 's1.json'), 'utf8'))
    const stored = new Uint8Array(Buffer.from(file.docs.board, 'base64'))
    const expected = Array.from({ length: 2000 }, (_, i) => i)
    assert.deepEqual(values(stored), expected)
    assert.equal(stored.length, Y.encodeStateAsUpdate(doc).length, 'one snapshot, as compact as the doc')
    assert.deepEqual(values(await (await stores()).docs.load('s1/board')), expected)
  })

  it('updates appended while a checkpoint runs stay logged and load on top of the session file', async () => {
    const a = await stores()
    const doc = new Y.Doc()
    const changes: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => changes.push(u))
    const list = doc.getArray<number>('v')
    for (let i = 0; i < 10; i++) list.push([i])
    await Promise.all(changes.splice(0).map((u) => a.docs.append!('s1/board', u)))
    const checkpoint = a.docs.flush()
    for (let i = 10; i < 20; i++) list.push([i])
    const later = changes.splice(0).map((u) => a.docs.append!('s1/board', u))
    await Promise.all([checkpoint, ...later])
    const expected = Array.from({ length: 20 }, (_, i) => i)
    assert.deepEqual(values(await a.docs.load('s1/board')), expected)
    await a.docs.flush()
    assert.deepEqual(values(await (await stores()).docs.load('s1/board')), expected)
  })

  it('past maxLogBytes the log is checkpointed without waiting for the timer', async () => {
    const a = await stores({ log: { maxLogBytes: 200 } })
    for (let i = 0; i < 20; i++) await a.docs.save('s1/board', snap(...new Array(40).fill(i)))
    await waitFor(async () => (await stat(logPath())).size < 1200, 'the log shrank (20 records are ~4.6 kB)')
    assert.deepEqual(values(await (await stores()).docs.load('s1/board')), new Array(40).fill(19))
  })

  it('deleteSession leaves no byte of the session in the log; other sessions keep theirs', async () => {
    const a = await stores()
    const doc = new Y.Doc()
    doc.getText('bod').insert(0, 'zeer-geheim-bod')
    const secret = Y.encodeStateAsUpdate(doc)
    await a.docs.save('gone1/board', secret)
    await a.docs.save('kept1/board', snap(9))
    await a.docs.deleteSession('gone1')
    const log = await readFile(logPath(), 'utf8')
    assert.ok(!log.includes('gone1'), log)
    assert.ok(!log.includes(Buffer.from(secret).toString('base64')))
    const files = await readdir(dir, { recursive: true })
    assert.ok(!files.some((f) => f.includes('gone1')), files.join(', '))
    assert.equal(await a.docs.load('gone1/board'), null)
    const b = await stores()
    assert.equal(await b.docs.load('gone1/board'), null)
    assert.deepEqual(values(await b.docs.load('kept1/board')), [9])
  })

  it('SIGKILL while saving and checkpointing: a restart keeps every resolved save', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/server/doc-log-writer.ts', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    after(() => {
      child.kill('SIGKILL')
      return exited
    })
    const acked = new Map<number, number>()
    let buf = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString()
      const lines = buf.split('\n')
      buf = lines.pop() ?? ''
      for (const line of lines) {
        const [word, k, n] = line.split(' ')
        if (word === 'ack') acked.set(Number(k), Number(n))
      }
    })
    await waitFor(
      () => acked.size === 8 && [...acked.values()].every((n) => n >= 60),
      'saves acknowledged',
      30_000,
    )
    child.kill('SIGKILL')
    await exited
    const b = await stores()
    for (const [k, n] of acked) {
      const state = await b.docs.load(`w${k}/board`)
      assert.ok(state, `writer ${k} lost everything`)
      const stored = values(state)?.[0] ?? 0
      assert.ok(stored >= n, `writer ${k}: acknowledged save ${n}, found ${stored}`)
    }
  })
})
