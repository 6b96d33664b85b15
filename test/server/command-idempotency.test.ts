/**
 * CMD-4 on a real server: a command sent twice with the same Idempotency-Key (the sidebar outbox's retry after an
 * answer it never got) is applied once and both answers are the same; the keys are per participant, a refused
 * command is not remembered, and the remembered keys stay within their bound and their time.
 */
import assert from 'node:assert/strict'
import { getBoard } from '@mediation/core/domain'
import type { PartyCommand } from '@mediation/protocol'
import {
  api,
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  type TestServer,
} from '../support/server'

describe('commands: an Idempotency-Key is applied once (CMD-4)', () => {
  let server: TestServer
  let s: SessionWithParties
  const clock = { t: Date.now() }
  const KEYS = 4
  const TTL = 60_000

  before(async () => {
    server = await startServer({
      now: () => clock.t,
      limits: { commandBurst: 1000, idempotencyKeysPerParticipant: KEYS, idempotencyTtlMs: TTL },
    })
    s = await createSessionWithParties(server, { sides: ['A', 'B'] })
  })
  after(() => server.stop())

  const send = (who: string, command: PartyCommand, key?: string) =>
    api<{ ok: boolean; id?: string; code?: string }>(
      server,
      s.invites[who]!,
      'POST',
      `/api/sessions/${s.sessionId}/commands`,
      command,
      key === undefined ? {} : { 'idempotency-key': key },
    )
  const board = async () => getBoard((await server.context.rooms.get(`${s.sessionId}/board`)).doc)
  const titled = async (title: string) => (await board()).options.filter((o) => o.title === title)

  it('CMD-4 the same key twice, one after the other and at once, applies the command once with one answer', async () => {
    const first = await send('A', { type: 'addIdea', title: 'Alternate weekends' }, 'key-1')
    const again = await send('A', { type: 'addIdea', title: 'Alternate weekends' }, 'key-1')
    assert.deepEqual([first.status, again.status], [200, 200])
    assert.ok(first.body.id)
    assert.equal(again.body.id, first.body.id, 'the repeat gets the first answer')
    assert.equal((await titled('Alternate weekends')).length, 1)
    // Both at once: the second waits for the first one's answer instead of applying the command again.
    const both = await Promise.all([
      send('A', { type: 'addPoint', title: 'Holidays' }, 'key-2'),
      send('A', { type: 'addPoint', title: 'Holidays' }, 'key-2'),
    ])
    assert.deepEqual(
      both.map((r) => r.status),
      [200, 200],
    )
    assert.equal(both[0].body.id, both[1].body.id)
    assert.equal((await board()).points.filter((p) => p.title === 'Holidays').length, 1)
    // Without a key nothing is remembered: two sends are two ideas.
    await send('A', { type: 'addIdea', title: 'Unkeyed' })
    await send('A', { type: 'addIdea', title: 'Unkeyed' })
    assert.equal((await titled('Unkeyed')).length, 2)
  })

  it("CMD-4 keys are per participant: another party's same key is its own command", async () => {
    const b = await send('B', { type: 'addIdea', title: 'Alternate weekends' }, 'key-1')
    assert.equal(b.status, 200)
    assert.equal(
      (await titled('Alternate weekends')).length,
      2,
      "B's command is applied, not answered with A's",
    )
  })

  it('CMD-4 a refused command is not remembered: the same key applies once the rule allows it', async () => {
    const rooms = server.context.rooms
    const setPhase = async (phase: 'brainstorm' | 'evaluate') =>
      rooms.withDocs([`${s.sessionId}/board`], ([doc]) => doc!.getMap('boardMeta').set('phase', phase))
    await setPhase('evaluate')
    const refused = await send('A', { type: 'addIdea', title: 'Late idea' }, 'key-late')
    assert.deepEqual([refused.status, refused.body.code], [409, 'BOARD-13'])
    await setPhase('brainstorm')
    const later = await send('A', { type: 'addIdea', title: 'Late idea' }, 'key-late')
    assert.equal(later.status, 200)
    assert.equal((await titled('Late idea')).length, 1)
  })

  it('CMD-4 bounded: at most the per-participant count, for the TTL; a malformed key is refused', async () => {
    for (let i = 0; i < KEYS + 3; i++) await send('A', { type: 'addIdea', title: `Flood ${i}` }, `flood-${i}`)
    assert.ok(server.context.commands.rememberedKeys <= KEYS * 2, 'A and B keep at most their share each')
    // The oldest of A's keys was forgotten first: its repeat is a new command.
    await send('A', { type: 'addIdea', title: 'Flood 0' }, 'flood-0')
    assert.equal((await titled('Flood 0')).length, 2)
    // The newest is still remembered, until its time is up.
    const last = `flood-${KEYS + 2}`
    await send('A', { type: 'addIdea', title: `Flood ${KEYS + 2}` }, last)
    assert.equal((await titled(`Flood ${KEYS + 2}`)).length, 1)
    clock.t += TTL
    await send('A', { type: 'addIdea', title: `Flood ${KEYS + 2}` }, last)
    assert.equal((await titled(`Flood ${KEYS + 2}`)).length, 2, 'after the TTL the key is forgotten')
    for (const bad of ['', 'x'.repeat(101), 'a b', 'key/1']) {
      const r = await send('A', { type: 'addIdea', title: 'Bad key' }, bad)
      assert.deepEqual([r.status, r.body.code], [400, 'BAD-INPUT'], JSON.stringify(bad))
    }
    assert.equal((await titled('Bad key')).length, 0)
  })

  it('CMD-4 the OpenAPI document lists Idempotency-Key as an optional header of the commands route', async () => {
    const doc = await api<{
      paths: Record<string, Record<string, { parameters: { name: string; in: string; required: boolean }[] }>>
    }>(server, null, 'GET', '/api/openapi.json')
    const params = doc.body.paths['/api/sessions/{id}/commands']!.post!.parameters
    assert.deepEqual(
      params.find((x) => x.name === 'Idempotency-Key'),
      { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } },
    )
  })
})
