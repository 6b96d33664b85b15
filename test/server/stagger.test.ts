import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { jitsiConfigFromEnv, jitsiMount } from '@mediation/companion-server/jitsi'
import { serverOrigin, startMeeting } from '@mediation/core/domain'
import type { JitsiRoomResponse } from '@mediation/protocol'
import { api, createSessionWithParties, type SessionWithParties, type TestServer } from '../support/server'
import { withServer } from '../support/use-server'

const MIN = 60_000

/** SAFETY-9: the mediator staggers the start; the server refuses a participant's meeting link before its time. */
describe('staggered start on the server (real server, Jitsi mount)', () => {
  let clock = Date.parse('2026-12-03T13:00:00Z')
  const opts = {
    now: () => clock,
    routers: [jitsiMount(jitsiConfigFromEnv({ JITSI_DOMAIN: 'meet.example.org' }, () => '', '/nonexistent'))],
  }
  const room = (server: TestServer, s: SessionWithParties, cred: string) =>
    api<JitsiRoomResponse & { code?: string; opensAt?: string }>(
      server,
      cred,
      'GET',
      `/api/sessions/${s.sessionId}/jitsi/room`,
    )
  const stagger = (server: TestServer, s: SessionWithParties, cred: string, delays: unknown) =>
    api<{ delays?: Record<string, number>; code?: string }>(
      server,
      cred,
      'PUT',
      `/api/sessions/${s.sessionId}/prep/safety/stagger`,
      { delays },
    )

  it('SAFETY-9 party B’s link opens 15 minutes after the meeting starts: before, a worded 409 STAGGER-EARLY naming when; A and the mediator join at once', () =>
    withServer(opts, async (server) => {
      const s = await createSessionWithParties(server, {
        sides: ['A', 'B'],
        extra: [{ key: 'advB', role: 'adviser', side: 'B' }],
      })
      const b = s.participants.B!.id
      // Only the mediator sets it; only parties and advisers, 0–120 whole minutes (400 otherwise).
      assert.equal((await stagger(server, s, s.invites.A!, { [b]: 15 })).status, 403)
      for (const bad of [{ [b]: 121 }, { [b]: 2.5 }, { [b]: -1 }, { [s.mediatorId]: 5 }, { nobody: 5 }]) {
        const r = await stagger(server, s, s.mediatorToken, bad)
        assert.deepEqual([r.status, r.body.code], [400, 'BAD-INPUT'], JSON.stringify(bad))
      }
      const set = await stagger(server, s, s.mediatorToken, {
        [b]: 15,
        [s.participants.advB!.id]: 15,
        [s.participants.A!.id]: 0,
      })
      assert.equal(set.status, 200)
      assert.deepEqual(set.body.delays, { [b]: 15, [s.participants.advB!.id]: 15 })
      const read = await api<{ delays: Record<string, number> }>(
        server,
        s.mediatorToken,
        'GET',
        `/api/sessions/${s.sessionId}/prep/safety/stagger`,
      )
      assert.deepEqual(read.body.delays, set.body.delays)
      assert.equal(
        (await api(server, s.invites.B!, 'GET', `/api/sessions/${s.sessionId}/prep/safety/stagger`)).status,
        403,
      )

      // No meeting yet: B is refused without a time (it is not known), A and the mediator are not.
      const none = await room(server, s, s.invites.B!)
      assert.deepEqual([none.status, none.body.code, none.body.opensAt], [409, 'STAGGER-EARLY', undefined])
      assert.equal(none.body.jwt, undefined, 'no room and no token')
      assert.equal((await room(server, s, s.invites.A!)).status, 200)
      assert.equal((await room(server, s, s.mediatorToken)).status, 200)

      // The mediator starts the meeting at 13:00: B's link opens at 13:15.
      const start = clock
      await server.context.rooms.withDocs([`${s.sessionId}/control`], ([doc]) => {
        const actor = { participantId: s.mediatorId, role: 'mediator' as const, sideId: null }
        startMeeting(doc!, {}, { actor, now: start, origin: serverOrigin(s.mediatorId), newId: randomUUID })
      })
      clock = start + 14 * MIN
      const early = await room(server, s, s.invites.B!)
      assert.deepEqual([early.status, early.body.code], [409, 'STAGGER-EARLY'])
      assert.equal(early.body.opensAt, new Date(start + 15 * MIN).toISOString())
      assert.equal((await room(server, s, s.invites.advB!)).body.code, 'STAGGER-EARLY', 'B’s adviser too')
      clock = start + 15 * MIN
      const open = await room(server, s, s.invites.B!)
      assert.equal(open.status, 200)
      assert.equal(open.body.room, (await room(server, s, s.invites.A!)).body.room, 'the same meeting as A')
    }))
})
