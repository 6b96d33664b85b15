import assert from 'node:assert/strict'
import { createLogger, createMemoryStores, type DocStore } from '@mediation/companion-server'
import * as Y from 'yjs'
import { Rooms } from '../../companion-server/src/sync/rooms'

/** The memory store, recording what each save hands it; `failNext` makes the next write fail (a full disk). */
function recordingStore() {
  const inner = createMemoryStores().docs
  const calls: { kind: 'save' | 'append'; bytes: number }[] = []
  let failNext = false
  const fail = () => {
    if (!failNext) return false
    failNext = false
    return true
  }
  const store: DocStore = {
    load: (name) => inner.load(name),
    save: async (name, state) => {
      calls.push({ kind: 'save', bytes: state.length })
      if (fail()) throw new Error('disk full')
      return inner.save(name, state)
    },
    append: async (name, update) => {
      calls.push({ kind: 'append', bytes: update.length })
      if (fail()) throw new Error('disk full')
      return inner.append!(name, update)
    },
    deleteSession: (id) => inner.deleteSession(id),
    flush: () => inner.flush(),
  }
  return { store, calls, inner, failAfterThis: () => (failNext = true) }
}

describe('room saves: the change, not the document', () => {
  const logger = createLogger({ level: 'silent' })

  it('a save of a large document appends only the updates since the last save; the store loads the whole', async () => {
    const { store, calls, inner } = recordingStore()
    const rooms = new Rooms({ store, logger })
    const room = await rooms.get('s1/board')
    room.doc.getText('t').insert(0, 'x'.repeat(50_000))
    await room.flush()
    // Then three small edits, saved together.
    room.doc.getMap('m').set('a', 1)
    room.doc.getMap('m').set('b', 2)
    room.doc.getText('t').insert(0, 'y')
    await room.flush()
    assert.equal(calls.length, 2)
    assert.equal(calls[1]!.kind, 'append')
    assert.ok(calls[1]!.bytes < 200, `${calls[1]!.bytes} bytes appended for three small edits`)
    const loaded = new Y.Doc()
    Y.applyUpdate(loaded, (await inner.load('s1/board'))!)
    assert.equal(loaded.getText('t').toString(), `y${'x'.repeat(50_000)}`)
    assert.deepEqual(loaded.getMap('m').toJSON(), { a: 1, b: 2 })
    await rooms.close()
  })

  it('after a failed save the retry stores a whole snapshot (the store may or may not hold the attempt)', async () => {
    const { store, calls, inner, failAfterThis } = recordingStore()
    const rooms = new Rooms({ store, logger })
    const room = await rooms.get('s1/board')
    room.doc.getText('t').insert(0, 'x'.repeat(1000))
    await room.flush()
    room.doc.getText('t').insert(0, 'a')
    failAfterThis()
    await room.flush()
    assert.equal(calls.at(-1)!.kind, 'append')
    assert.ok(room.unsaved, 'the failed change is still unsaved')
    room.doc.getText('t').insert(0, 'b')
    await room.flush()
    assert.equal(calls.at(-1)!.kind, 'save', 'the retry is a whole snapshot')
    const loaded = new Y.Doc()
    Y.applyUpdate(loaded, (await inner.load('s1/board'))!)
    assert.equal(loaded.getText('t').toString(), `ba${'x'.repeat(1000)}`)
    await rooms.close()
  })

  it('appended bytes past the last snapshot size bring a whole snapshot, which re-measures the size', async () => {
    const { store, calls } = recordingStore()
    const rooms = new Rooms({ store, logger })
    const room = await rooms.get('s1/board')
    const m = room.doc.getMap<string>('m')
    // The same key rewritten: each save appends ~10 kB while the document stays ~10 kB.
    for (let i = 0; i < 12; i++) {
      m.set('k', String(i).repeat(10_000).slice(0, 10_000))
      await room.flush()
    }
    const kinds = calls.map((c) => c.kind)
    assert.ok(kinds.includes('append') && kinds.lastIndexOf('save') > 0, kinds.join(' '))
    assert.ok(room.size < 100_000, `size ${room.size} stays near the document, not the sum of its writes`)
    assert.ok(room.measure() < 11_000)
    await rooms.close()
  })

  it('a client with nothing gets the stored snapshot as it is (no encoding on a cold load) until the doc changes', async () => {
    const { store, inner } = recordingStore()
    const before = new Y.Doc()
    before.getText('t').insert(0, 'stored')
    await inner.save('s1/board', Y.encodeStateAsUpdate(before))
    const rooms = new Rooms({ store, logger })
    const room = await rooms.get('s1/board')
    const empty = Y.encodeStateVector(new Y.Doc())
    const first = room.stateFor(empty)
    assert.equal(room.stateFor(empty), first, 'the same bytes, not encoded again')
    const cold = new Y.Doc()
    Y.applyUpdate(cold, first)
    assert.equal(cold.getText('t').toString(), 'stored')
    room.doc.getText('t').insert(0, 'now ')
    const later = new Y.Doc()
    Y.applyUpdate(later, room.stateFor(empty))
    assert.equal(later.getText('t').toString(), 'now stored', 'after a change the doc itself is encoded')
    // A client that has part of it gets only what it lacks.
    const diff = room.stateFor(Y.encodeStateVector(cold))
    Y.applyUpdate(cold, diff)
    assert.equal(cold.getText('t').toString(), 'now stored')
    await rooms.close()
  })
})
