import assert from 'node:assert/strict'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createLowdbStores,
  createMemoryStores,
  type DocStore,
  type NoteStore,
} from '@mediation/companion-server'
import type { Note } from '@mediation/protocol'
import * as Y from 'yjs'
import { snap, values } from './snapshots'

interface Made {
  docs: DocStore
  notes: NoteStore
  /** A fresh store over the same data (persistent stores only). */
  reopen?: () => Promise<{ docs: DocStore; notes: NoteStore }>
  cleanup: () => Promise<void>
}

const implementations: [string, () => Promise<Made>][] = [
  ['memory', async () => ({ ...createMemoryStores(), cleanup: async () => undefined })],
  [
    'lowdb',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'mediation-store-'))
      const stores = await createLowdbStores(dir)
      let reopened: { docs: DocStore; notes: NoteStore } | undefined
      return {
        ...stores,
        // One store per folder at a time (as the data-folder lock enforces for servers): the first one stops.
        reopen: async () => {
          await stores.docs.flush()
          reopened = await createLowdbStores(dir)
          return reopened
        },
        cleanup: async () => {
          await stores.docs.flush()
          await reopened?.docs.flush()
          await rm(dir, { recursive: true, force: true })
        },
      }
    },
  ],
  [
    // The snapshot log with a checkpoint every few ms and after every few records, so the suite crosses them.
    'lowdb + busy snapshot log',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'mediation-store-log-'))
      const log = { checkpointMs: 5, maxLogBytes: 64 }
      const stores = await createLowdbStores(dir, { log })
      let reopened: { docs: DocStore; notes: NoteStore } | undefined
      return {
        ...stores,
        // One store per folder at a time (as the data-folder lock enforces for servers): the first one stops.
        reopen: async () => {
          await stores.docs.flush()
          reopened = await createLowdbStores(dir, { log })
          return reopened
        },
        cleanup: async () => {
          await stores.docs.flush()
          await reopened?.docs.flush()
          await rm(dir, { recursive: true, force: true })
        },
      }
    },
  ],
]

const note = (id: string, sessionId = 's1'): Note => ({
  id,
  sessionId,
  visibility: 'joint',
  title: `title ${id}`,
  body: 'body',
  revision: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  authorId: 'p1',
})

for (const [name, make] of implementations) {
  describe(`store contract: ${name}`, () => {
    let made: Made
    beforeEach(async () => {
      made = await make()
    })
    afterEach(() => made.cleanup())

    it('DocStore: missing is null; save/load round-trips snapshots; names may contain one slash', async () => {
      assert.equal(await made.docs.load('s1/board'), null)
      await made.docs.save('s1/board', snap(1, 2, 3))
      await made.docs.save('s1/private/p1', snap(4))
      await made.docs.save('s1/board', snap(5, 6))
      assert.deepEqual(values(await made.docs.load('s1/board')), [5, 6])
      assert.deepEqual(values(await made.docs.load('s1/private/p1')), [4])
      const copy = await made.docs.load('s1/board')
      copy!.fill(0)
      assert.deepEqual(values(await made.docs.load('s1/board')), [5, 6], 'load returns a copy')
    })

    it('DocStore: append stores an update on top; load gives one merged snapshot, also after a save and a reopen', async () => {
      // One writer's doc, saved as a snapshot and then as its later updates alone (what a room's save appends).
      const doc = new Y.Doc()
      const changes: Uint8Array[] = []
      doc.on('update', (u: Uint8Array) => changes.push(u))
      doc.getArray<number>('v').push([1])
      await made.docs.append!('s1/board', changes.shift()!) // nothing stored before: the update is the doc
      doc.getArray<number>('v').push([2, 3])
      await made.docs.save('s1/board', Y.encodeStateAsUpdate(doc))
      changes.length = 0
      for (let i = 4; i <= 40; i++) doc.getArray<number>('v').push([i])
      for (const u of changes) await made.docs.append!('s1/board', u)
      const expected = Array.from({ length: 40 }, (_, i) => i + 1)
      const merged = await made.docs.load('s1/board')
      assert.deepEqual(values(merged), expected)
      // One snapshot: what the doc itself encodes to, not the 37 updates one after another.
      assert.ok(merged!.length <= Y.encodeStateAsUpdate(doc).length + 8, `${merged!.length} bytes`)
      assert.deepEqual(values(await made.docs.load('s1/board')), expected, 'loads again the same')
      if (made.reopen) {
        const again = await made.reopen()
        assert.deepEqual(values(await again.docs.load('s1/board')), expected, 'after a reopen')
      }
    })

    it('DocStore: deleteSession removes that session only; flush resolves', async () => {
      await made.docs.save('s1/board', snap(1))
      await made.docs.save('s2/board', snap(2))
      await made.docs.deleteSession('s1')
      assert.equal(await made.docs.load('s1/board'), null)
      assert.deepEqual(values(await made.docs.load('s2/board')), [2])
      await made.docs.flush()
    })

    it('NoteStore: create, get, list (copies), missing is null', async () => {
      await made.notes.create(note('n1'))
      await made.notes.create(note('n2'))
      await made.notes.create(note('n3', 's2'))
      assert.deepEqual(
        (await made.notes.list('s1')).map((n) => n.id),
        ['n1', 'n2'],
      )
      assert.equal(await made.notes.get('s1', 'nope'), null)
      const got = await made.notes.get('s1', 'n1')
      got!.title = 'mutated'
      assert.equal((await made.notes.get('s1', 'n1'))?.title, 'title n1')
    })

    it('NoteStore: conditional update and remove by revision (ok, conflict, missing)', async () => {
      await made.notes.create(note('n1'))
      const change = {
        title: 'new',
        body: 'b2',
        visibility: 'mediator' as const,
        updatedAt: '2026-01-02T00:00:00.000Z',
      }
      const ok = await made.notes.update('s1', 'n1', 1, change)
      assert.equal(ok.status, 'ok')
      assert.equal(ok.status === 'ok' && ok.note.revision, 2)
      const stale = await made.notes.update('s1', 'n1', 1, change)
      assert.equal(stale.status, 'conflict')
      assert.equal(stale.status === 'conflict' && stale.current.revision, 2)
      assert.equal((await made.notes.update('s1', 'zz', 1, change)).status, 'missing')
      assert.equal((await made.notes.remove('s1', 'n1', 1)).status, 'conflict')
      assert.equal((await made.notes.remove('s1', 'n1', 2)).status, 'ok')
      assert.equal(await made.notes.get('s1', 'n1'), null)
      await made.notes.create(note('n9'))
      await made.notes.deleteSession('s1')
      assert.deepEqual(await made.notes.list('s1'), [])
    })

    // Only persistent stores make this promise; the memory store has nothing to reopen.
    if (name !== 'memory')
      it('durability: a reopened store sees every resolved write', async () => {
        assert.ok(made.reopen)
        await Promise.all([
          made.docs.save('s1/board', snap(7)),
          made.notes.create(note('n1')),
          made.notes.create(note('n2')),
        ])
        const again = await made.reopen()
        assert.deepEqual(values(await again.docs.load('s1/board')), [7])
        assert.deepEqual((await again.notes.list('s1')).map((n) => n.id).sort(), ['n1', 'n2'])
      })
  })
}

describe('lowdb session files: atomic writes and a bounded cache', () => {
  it('idle session files beyond the cache size are dropped from memory and read back intact', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mediation-cache-'))
    try {
      const stores = await createLowdbStores(dir, { maxOpen: 2, idleMs: 0 })
      for (let i = 0; i < 10; i++) await stores.notes.create(note(`n${i}`, `s${i}`))
      await new Promise<void>((r) => setImmediate(r))
      assert.ok(stores.cachedFiles() <= 3, `${stores.cachedFiles()} files cached`)
      for (let i = 0; i < 10; i++) assert.equal((await stores.notes.get(`s${i}`, `n${i}`))?.id, `n${i}`)
      const ok = await stores.notes.update('s0', 'n0', 1, {
        title: 'x',
        body: 'y',
        visibility: 'joint',
        updatedAt: 'z',
      })
      assert.equal(ok.status, 'ok')
      const again = await createLowdbStores(dir)
      assert.equal((await again.notes.get('s0', 'n0'))?.revision, 2)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('many concurrent writes to one session coalesce, all resolve durable, and leave no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mediation-atomic-'))
    try {
      const stores = await createLowdbStores(dir)
      await Promise.all(Array.from({ length: 50 }, (_, i) => stores.notes.create(note(`n${i}`))))
      const reopened = await createLowdbStores(dir)
      assert.equal((await reopened.notes.list('s1')).length, 50)
      assert.deepEqual(await readdir(join(dir, 'sessions')), ['s1.json'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
