import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLowdbPrepStore } from '../../companion-server/src/prep/lowdb-store'
import { createMemoryPrepStore } from '../../companion-server/src/prep/memory-store'
import type { PrepStore } from '../../companion-server/src/prep/store'
import { SessionFiles } from '../../companion-server/src/store/session-files'

const record = (pid: string) => ({ participantId: pid, answers: { device: 'laptop' }, submittedAt: 'now' })

/** The contract every PrepStore passes. */
function contract(
  name: string,
  durable: boolean,
  make: () => Promise<{ store: PrepStore; reopen?: () => PrepStore }>,
): void {
  describe(`PrepStore contract: ${name}`, () => {
    let store: PrepStore
    let reopen: (() => PrepStore) | undefined
    beforeEach(async () => {
      ;({ store, reopen } = await make())
    })

    it('PREP-STORE-1 missing data is null, not an error', async () => {
      assert.equal(await store.load('nobody'), null)
    })

    it('PREP-STORE-2 an update is stored and returns its result; loads are copies', async () => {
      const out = await store.update('s1', (d) => {
        d.intake.p1 = record('p1')
        return 'done'
      })
      assert.equal(out, 'done')
      const loaded = await store.load('s1')
      assert.deepEqual(loaded?.intake.p1?.answers, { device: 'laptop' })
      loaded!.intake.p1!.answers.device = 'phone'
      assert.equal((await store.load('s1'))?.intake.p1?.answers.device, 'laptop')
    })

    it('PREP-STORE-3 a change that throws stores nothing (no partial saves)', async () => {
      await store.update('s1', (d) => {
        d.intake.p1 = record('p1')
      })
      await assert.rejects(
        store.update('s1', (d) => {
          d.intake.p2 = record('p2')
          d.signatures.push({
            id: 'x',
            participantId: 'p2',
            typedName: 'X',
            version: 1,
            textHash: 'h',
            signedAt: 't',
          })
          throw new Error('refused')
        }),
        /refused/,
      )
      const after = await store.load('s1')
      assert.deepEqual(Object.keys(after!.intake), ['p1'])
      assert.equal(after!.signatures.length, 0)
    })

    it('PREP-STORE-4 concurrent updates of one session are serialised (none lost)', async () => {
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          store.update('s1', (d) => {
            d.practice.push({ participantId: `p${i}`, at: String(i), summary: {} as never })
          }),
        ),
      )
      assert.equal((await store.load('s1'))?.practice.length, 25)
    })

    it('PREP-STORE-5 sessions are independent and deleting one removes only its data', async () => {
      await store.update('s1', (d) => {
        d.intake.a = record('a')
      })
      await store.update('s2', (d) => {
        d.intake.b = record('b')
      })
      await store.deleteSession('s1')
      assert.equal(await store.load('s1'), null)
      assert.ok((await store.load('s2'))?.intake.b)
    })

    // Only persistent stores promise durability; the memory store is for tests.
    if (durable)
      it('PREP-STORE-6 a resolved update survives reopening the store (durable)', async () => {
        await store.update('s3', (d) => {
          d.intake.z = record('z')
        })
        assert.ok((await reopen!().load('s3'))?.intake.z)
      })
  })
}

contract('memory', false, async () => ({ store: createMemoryPrepStore() }))

describe('PrepStore on lowdb session files', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prep-store-'))
  })
  after(() => rm(dir, { recursive: true, force: true }))

  let n = 0
  contract('lowdb', true, async () => {
    const data = join(dir, String(n++))
    return {
      store: createLowdbPrepStore(new SessionFiles(data)),
      reopen: () => createLowdbPrepStore(new SessionFiles(data)),
    }
  })

  it('keeps prep data inside the session file next to docs and notes, so deleting the session deletes it', async () => {
    const data = join(dir, 'layout')
    const files = new SessionFiles(data)
    const store = createLowdbPrepStore(files)
    await store.update('sess', (d) => {
      d.intake.p = record('p')
    })
    const json = JSON.parse(await readFile(join(data, 'sessions', 'sess.json'), 'utf8'))
    assert.deepEqual(Object.keys(json).sort(), ['docs', 'id', 'notes', 'prep', 'version'])
    await files.remove('sess')
    await assert.rejects(stat(join(data, 'sessions', 'sess.json')), { code: 'ENOENT' })
  })
})
