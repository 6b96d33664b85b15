import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLogger, createLowdbStores } from '@mediation/companion-server'
import { snap, values } from './snapshots'

/** Self-checking log records: torn tails are cut, damage refuses exactly the sessions it cannot vouch for. */
describe('doc log records carry their length and checksum', function () {
  this.timeout(60_000)
  let dir: string
  let lines: string[]
  const open: { docs: { flush(): Promise<void> } }[] = []
  const logPath = () => join(dir, 'sessions.log')
  const stores = async () => {
    for (const s of open.splice(0)) await s.docs.flush().catch(() => undefined)
    const logger = createLogger({ level: 'warn', destination: { write: (l: string) => void lines.push(l) } })
    const s = await createLowdbStores(dir, { logger })
    open.push(s)
    return s
  }
  const sessionFile = (id: string) => readFile(join(dir, 'sessions', `${id}.json`), 'utf8')
  /** Writes records straight to the log (no checkpoint), as a crash right after the appends would leave them. */
  const logged = async (saves: [string, Uint8Array][]) => {
    const s = await stores()
    for (const [name, state] of saves) await s.docs.save(name, state)
    const buf = await readFile(logPath())
    open.splice(0) // dropped without a flush, like a killed process
    return buf
  }
  /** Offset of the first byte of the record for `name` (the `nth` one) and of its base64 snapshot. */
  const find = (buf: Buffer, name: string, nth = 0) => {
    let at = -1
    for (let i = 0; i <= nth; i++) at = buf.indexOf(`"n":"${name}"`, at + 1)
    assert.ok(at >= 0, `no record for ${name}`)
    return { line: buf.lastIndexOf('\n', at) + 1, snapshot: buf.indexOf('"s":"', at) + 5, name: at + 5 }
  }
  const flip = (buf: Buffer, at: number) => {
    const copy = Buffer.from(buf)
    copy[at] = copy[at] === 0x41 ? 0x42 : 0x41 // 'A' <-> 'B': still valid base64 and valid JSON
    return copy
  }
  const quarantined = async () => {
    const names = await readdir(join(dir, 'quarantine')).catch(() => [] as string[])
    return Promise.all(names.map((n) => readFile(join(dir, 'quarantine', n))))
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mediation-logcheck-'))
    lines = []
  })
  afterEach(async () => {
    for (const s of open.splice(0)) await s.docs.flush().catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  })

  for (const cut of ['header', 'checksum', 'name', 'snapshot', 'newline']) {
    it(`a torn tail (cut in the last record's ${cut}) is cut back to the last whole record and logged`, async () => {
      const buf = await logged([
        ['s1/board', snap(1)],
        ['s2/board', snap(2)],
        ['s3/board', snap(3, 3, 3)],
      ])
      const last = find(buf, 's3/board')
      const at = {
        header: last.line + 1,
        checksum: last.line + 10,
        name: last.name + 2,
        snapshot: last.snapshot + 3,
        newline: buf.length - 1,
      }[cut] as number
      await truncate(logPath(), at)
      const s = await stores()
      assert.deepEqual(values(await s.docs.load('s1/board')), [1])
      assert.deepEqual(values(await s.docs.load('s2/board')), [2])
      assert.equal(await s.docs.load('s3/board'), null, 'the torn record was never acknowledged')
      assert.equal(s.damaged?.('s3'), undefined, 'a torn tail refuses nobody')
      assert.ok(
        lines.some((l) => l.includes('cut a torn record') && l.includes(`"at":${last.line}`)),
        lines.join('\n'),
      )
      assert.deepEqual(await quarantined(), [])
    })
  }

  it('a flipped byte in a snapshot refuses that session and every later one; earlier ones are served; nothing corrupt is checkpointed', async () => {
    // s2 has an older good snapshot in its file; its newer one in the log gets damaged.
    const first = await stores()
    await first.docs.save('s2/board', snap(20))
    await first.docs.flush()
    const s2File = await sessionFile('s2')
    const buf = await logged([
      ['s1/board', snap(1)],
      ['s2/board', snap(21)],
      ['s3/board', snap(3)],
    ])
    const bad = flip(buf, find(buf, 's2/board').snapshot + 4)
    await writeFile(logPath(), bad)
    const s = await stores()
    assert.deepEqual(values(await s.docs.load('s1/board')), [1], 'the session before the damage is served')
    assert.ok(s.damaged?.('s2'), 'the session the record names is refused')
    assert.ok(s.damaged?.('s3'), 'a session with a later record is refused')
    await assert.rejects(s.docs.load('s2/board'), /refused/)
    await assert.rejects(s.docs.save('s3/board', snap(4)), /refused/)
    assert.equal(await sessionFile('s2'), s2File, 'the older good snapshot is left as it was')
    await assert.rejects(sessionFile('s3'), /ENOENT/, 'nothing of s3 was written')
    assert.deepEqual(await quarantined(), [bad], 'the original bytes are kept in quarantine')
    assert.ok(lines.some((l) => l.includes('checksum mismatch')))
    // The refusal outlives the rewritten log; other sessions keep saving.
    await s.docs.save('s4/board', snap(4))
    const again = await stores()
    assert.ok(again.damaged?.('s2') && again.damaged?.('s3'))
    assert.equal(again.damaged?.('s1'), undefined)
    assert.deepEqual(values(await again.docs.load('s4/board')), [4])
  })

  it('a flipped byte in a name is caught by the name hash: no phantom session; its own session (found by its session hash) and the later ones refused', async () => {
    const first = await stores()
    await first.docs.save('s2/board', snap(20))
    await first.docs.flush()
    const buf = await logged([
      ['s1/board', snap(1)],
      ['s2/board', snap(2)],
      ['s5/board', snap(5)],
    ])
    const at = find(buf, 's2/board').name + 1 // "s2" -> "s3"
    const bad = Buffer.from(buf)
    bad[at] = 0x33
    await writeFile(logPath(), bad)
    const s = await stores()
    assert.equal(s.damaged?.('s1'), undefined, 'the session before it is served')
    for (const id of ['s2', 's5']) assert.ok(s.damaged?.(id), `${id} refused`)
    assert.equal(await s.docs.load('s3/board'), null, 'the record did not move into a phantom session')
    await assert.rejects(sessionFile('s3'), /ENOENT/)
    assert.deepEqual(await quarantined(), [bad])
  })

  it('a flipped byte in a superseded record still refuses its session (and the later ones); the good record stays in quarantine', async () => {
    const buf = await logged([
      ['s0/board', snap(0)],
      ['s1/board', snap(1)],
      ['s1/board', snap(11)],
      ['s2/board', snap(2)],
    ])
    const bad = flip(buf, find(buf, 's1/board', 0).snapshot + 4)
    await writeFile(logPath(), bad)
    const s = await stores()
    assert.deepEqual(values(await s.docs.load('s0/board')), [0])
    assert.ok(s.damaged?.('s1'))
    assert.ok(s.damaged?.('s2'))
    const [copy] = await quarantined()
    assert.ok(copy?.includes(buf.subarray(find(buf, 's1/board', 1).line, find(buf, 's2/board').line)))
  })

  it('an unreadable line in the middle (no record at all) refuses every session in the log, before and after it', async () => {
    const before = await logged([['s1/board', snap(1)]])
    const after = await logged([['s2/board', snap(2)]])
    await writeFile(logPath(), Buffer.concat([before, Buffer.from('not a record\n'), after]))
    const s = await stores()
    // Nothing in the line says whose it was: it may have been s1's newest snapshot.
    assert.ok(s.damaged?.('s1') && s.damaged?.('s2'))
    assert.equal(s.damaged?.('s9'), undefined)
    await s.docs.save('s9/board', snap(9))
    await s.docs.flush()
    assert.deepEqual(values(await (await stores()).docs.load('s9/board')), [9])
    assert.ok(lines.some((l) => l.includes('no record header') && l.includes('"line":2')))
  })

  it('a record that passes its checksum but does not decode as Yjs is refused, never written to a session file', async () => {
    const s = await stores()
    await assert.doesNotReject(s.docs.save('s1/board', new Uint8Array([1, 2, 3])))
    open.splice(0)
    const again = await stores()
    assert.ok(again.damaged?.('s1'))
    assert.ok(lines.some((l) => l.includes('snapshot does not decode')))
    await assert.rejects(sessionFile('s1'), /ENOENT/)
    assert.ok((await stat(logPath())).size === 0)
  })
})
