/**
 * BOARD-UI-2: the party's board outbox on its own, with a send function that records what reached "the server":
 * kept in order while down, kept across a reload (sessionStorage), sent once each with its own key, the same key
 * again after an unknown outcome, a refusal kept with its text, bounded.
 */
import assert from 'node:assert/strict'
import type { BoardCommand } from '@mediation/core/domain'
import { ApiRequestError } from '../../../shared/sidebar/src/client/api-error'
import { createOutbox, OUTBOX_LIMITS, type Outbox } from '../../../shared/sidebar/src/client/outbox'
import { memoryStorage } from '../../support/memory-storage'

type Answer = 'ok' | 'network' | { status: number; code: string }

/** A server stand-in: records each (command, key) it got and answers from a script (default ok). */
function fakeServer() {
  const got: { command: BoardCommand; key: string }[] = []
  const script: Answer[] = []
  return {
    got,
    script,
    send: async (command: BoardCommand, key: string) => {
      const answer = script.shift() ?? 'ok'
      if (answer === 'network') throw new TypeError('Failed to fetch')
      got.push({ command, key })
      if (answer !== 'ok') throw new ApiRequestError(answer.status, { error: 'refused', code: answer.code })
      return { ok: true as const }
    },
  }
}

describe('sidebar: the board outbox (BOARD-UI-2)', () => {
  let up = false
  let n = 0
  let storage: Storage
  let server: ReturnType<typeof fakeServer>
  const boxes: Outbox[] = []
  const make = (limits?: { count: number; chars: number }) => {
    const box = createOutbox({
      send: server.send,
      isUp: () => up,
      storage,
      storageKey: 'outbox.s1.p1',
      newKey: () => `k${++n}`,
      // Retries are driven by the tests (flush), never by a timer.
      retryDelay: () => 3_600_000,
      ...(limits ? { limits } : {}),
    })
    boxes.push(box)
    return box
  }
  const idea = (title: string): BoardCommand => ({ type: 'addIdea', title })
  beforeEach(() => {
    up = false
    n = 0
    storage = memoryStorage()
    server = fakeServer()
  })
  afterEach(() => {
    for (const b of boxes.splice(0)) b.destroy()
  })

  it('BOARD-UI-2 kept in order while down, also across a reload, then sent once each with its own key', async () => {
    const box = make()
    assert.equal(await box.submit(idea('First')), 'queued')
    assert.equal(await box.submit({ type: 'addPoint', title: 'Holidays' }), 'queued')
    assert.deepEqual(server.got, [], 'nothing is sent while down')
    assert.deepEqual(
      box.list().map((q) => q.command),
      [idea('First'), { type: 'addPoint', title: 'Holidays' }],
    )
    // A reload: a new outbox over the same tab storage finds both, in order, with their keys.
    box.destroy()
    const again = make()
    assert.deepEqual(
      again.list().map((q) => q.key),
      ['k1', 'k2'],
    )
    up = true
    await again.flush()
    assert.deepEqual(server.got, [
      { command: idea('First'), key: 'k1' },
      { command: { type: 'addPoint', title: 'Holidays' }, key: 'k2' },
    ])
    assert.deepEqual(again.list(), [])
    assert.equal(storage.getItem('outbox.s1.p1'), null, 'nothing is left in the tab')
    await again.flush()
    assert.equal(server.got.length, 2, 'a second flush sends nothing again')
  })

  it('BOARD-UI-2 an answer that never came: kept with the same key, sent again with it', async () => {
    up = true
    const box = make()
    server.script.push('network')
    assert.equal(await box.submit(idea('In the tunnel')), 'queued')
    assert.equal(box.list()[0]?.key, 'k1')
    // The next command goes out behind it: the kept one first, with its first key.
    assert.equal(await box.submit(idea('After it')), 'sent')
    assert.deepEqual(
      server.got.map((g) => [g.command, g.key]),
      [
        [idea('In the tunnel'), 'k1'],
        [idea('After it'), 'k2'],
      ],
    )
  })

  it('BOARD-UI-2 a refusal after the reconnect is kept with its code and text; resend or discard', async () => {
    const box = make()
    await box.submit(idea('Too late'))
    await box.submit(idea('Fine'))
    up = true
    server.script.push({ status: 409, code: 'BOARD-13' })
    await box.flush()
    assert.deepEqual(
      server.got.map((g) => g.command),
      [idea('Too late'), idea('Fine')],
      'the refusal does not hold up the next',
    )
    const [refused] = box.list()
    assert.deepEqual(refused?.refused, { status: 409, code: 'BOARD-13' })
    assert.deepEqual(refused?.command, idea('Too late'))
    assert.ok(box.resend(refused!.key, idea('Too late, edited')))
    await box.flush()
    assert.deepEqual(server.got.at(-1), { command: idea('Too late, edited'), key: 'k3' }, 'a new key')
    assert.deepEqual(box.list(), [])
    await box.submit(idea('Again'))
    server.script.push({ status: 409, code: 'BOARD-13' })
    up = false
    await box.submit(idea('Queued'))
    up = true
    await box.flush()
    box.discard(box.list()[0]!.key)
    assert.deepEqual(box.list(), [])
  })

  it('BOARD-UI-2 refused while up: the submit rejects and nothing is kept (the form keeps the text)', async () => {
    up = true
    const box = make()
    server.script.push({ status: 409, code: 'BOARD-13' })
    await assert.rejects(box.submit(idea('Refused now')), (e: unknown) => e instanceof ApiRequestError)
    assert.deepEqual(box.list(), [])
    assert.equal(await box.submit(idea('Sent now')), 'sent')
    assert.deepEqual(box.list(), [])
  })

  it('BOARD-UI-2 bounded in count and size; what the tab stored is checked again on loading', async () => {
    const box = make()
    for (let i = 0; i < OUTBOX_LIMITS.count; i++) assert.equal(await box.submit(idea(`Idea ${i}`)), 'queued')
    assert.equal(await box.submit(idea('One too many')), 'full')
    assert.ok(box.full())
    assert.equal(box.list().length, OUTBOX_LIMITS.count)
    box.discard(box.list()[0]!.key)
    assert.ok(!box.full())
    storage.removeItem('outbox.s1.p1')
    const small = make({ count: 20, chars: 300 })
    assert.equal(await small.submit(idea('x'.repeat(200))), 'queued')
    assert.equal(await small.submit(idea('y'.repeat(200))), 'full')
    storage.setItem(
      'outbox.s1.p1',
      JSON.stringify([
        { key: 'ok-1', command: idea('Kept') },
        { key: 'bad key', command: idea('Bad key') },
        { key: 'ok-2', command: { type: 'raiseHand' } },
        { key: 'ok-3', command: { type: 'addIdea', title: { evil: true } } },
        { key: 'ok-4', command: idea('Refused'), refused: { status: 409, code: 'BOARD-13' } },
      ]),
    )
    assert.deepEqual(
      make()
        .list()
        .map((q) => q.key),
      ['ok-1', 'ok-4'],
    )
    storage.setItem('outbox.s1.p1', '{not json')
    assert.deepEqual(make().list(), [])
  })
})
