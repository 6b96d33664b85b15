import assert from 'node:assert/strict'
import { jitsiConfigFromEnv, jitsiMount } from '@mediation/companion-server/jitsi'
import { caucusSchema, caucusState } from '@mediation/core/domain'
import type { JitsiRoomResponse } from '@mediation/protocol'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { toJointTalks } from '../support/jitsi-session'
import {
  api,
  closedWith,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  synced,
  type TestServer,
} from '../support/server'
import { withServer } from '../support/use-server'
import { download } from './record-harness'

const opts = {
  routers: [jitsiMount(jitsiConfigFromEnv({ JITSI_DOMAIN: 'meet.example.org' }, () => '', '/n'))],
}
const four = (server: TestServer) =>
  createSessionWithParties(server, {
    sides: ['A', 'B', 'C', 'D'],
    extra: [{ key: 'adviserA', role: 'adviser', side: 'A', name: 'Adviser of A' }],
  })
const command = (server: TestServer, s: SessionWithParties, cred: string, body: unknown) =>
  api<{ code?: string }>(server, cred, 'POST', `/api/sessions/${s.sessionId}/commands`, body)
const room = (server: TestServer, s: SessionWithParties, cred: string) =>
  api<JitsiRoomResponse>(server, cred, 'GET', `/api/sessions/${s.sessionId}/jitsi/room`)
const state = (server: TestServer, s: SessionWithParties) =>
  server.context.rooms.withDocs([`${s.sessionId}/control`], ([doc]) => caucusState(doc!, Date.now()))

/** Opens `caucus/<key>` as `cred`; resolves with the close code, or 0 once it synced. */
async function opens(
  server: TestServer,
  s: SessionWithParties,
  cred: string,
  key: string,
  open: WebsocketProvider[],
) {
  const p = await connectDoc(server, cred, s.sessionId, `caucus/${key}`, new Y.Doc())
  open.push(p)
  return Promise.race([synced(p).then(() => 0), closedWith(p)])
}

describe('caucus rooms with several sides (server)', () => {
  it('CAUCUS-11 CAUCUS-12 the mediator plans and changes rooms through the server; a party is refused; bodies are checked', () =>
    withServer(opts, async (server) => {
      const s = await four(server)
      const [A, B, C, D] = ['A', 'B', 'C', 'D'].map((k) => s.sides[k]!)
      await toJointTalks(server, s)
      assert.equal(
        (await command(server, s, s.invites.A!, { type: 'planCaucus', groups: [[A, B]] })).body.code,
        'ACCESS-2',
      )
      assert.equal(
        (await command(server, s, s.mediatorToken, { type: 'planCaucus', groups: [[]] })).status,
        400,
      )
      assert.equal(
        (await command(server, s, s.mediatorToken, { type: 'planCaucus', groups: [[A, B], [B]] })).body.code,
        'CAUCUS-1',
      )
      const planned = await command(server, s, s.mediatorToken, { type: 'planCaucus', groups: [[A, B], [C]] })
      assert.equal(planned.status, 200)
      assert.deepEqual((await state(server, s)).groups, [
        { id: `${A}+${B}`, sides: [A, B] },
        { id: C, sides: [C] },
      ])
      // Not running yet: no change.
      const early = await command(server, s, s.mediatorToken, {
        type: 'changeCaucus',
        groups: [{ sides: [A] }],
      })
      assert.equal(early.body.code, 'CAUCUS-12')
      assert.equal(
        (await command(server, s, s.mediatorToken, { type: 'setPhase', phase: 'caucus' })).status,
        200,
      )
      const change = { type: 'changeCaucus', groups: [{ room: `${A}+${B}`, sides: [A, B, D] }] }
      assert.equal((await command(server, s, s.invites.B!, change)).body.code, 'ACCESS-2')
      assert.equal((await command(server, s, s.mediatorToken, { ...change, extra: 1 })).status, 400)
      assert.equal((await command(server, s, s.mediatorToken, change)).status, 200)
      const st = await state(server, s)
      assert.deepEqual(st.groups, [{ id: `${A}+${B}`, sides: [A, B, D] }])
      assert.equal(st.rooms[s.participants.C!.id], 'main', 'C left out: back in the joint room')
      assert.equal(st.rooms[s.participants.D!.id], `${A}+${B}`, 'D joined the shared room')
    }))

  it('CAUCUS-11 on Jitsi a shared room goes to its sides’ members and the mediator only', () =>
    withServer(opts, async (server) => {
      const s = await four(server)
      const [A, B, C] = ['A', 'B', 'C'].map((k) => s.sides[k]!)
      await toJointTalks(server, s)
      await command(server, s, s.mediatorToken, { type: 'planCaucus', groups: [[A, B], [C]] })
      const main = (await room(server, s, s.invites.D!)).body.room
      await command(server, s, s.mediatorToken, { type: 'setPhase', phase: 'caucus' })
      const [m, a, adv, b, c, d] = await Promise.all(
        [s.mediatorToken, s.invites.A!, s.invites.adviserA!, s.invites.B!, s.invites.C!, s.invites.D!].map(
          (x) => room(server, s, x),
        ),
      )
      const shared = a!.body.room
      assert.deepEqual(a!.body.where, { kind: 'caucus', sideId: `${A}+${B}` })
      for (const x of [m, adv, b]) assert.equal(x!.body.room, shared)
      assert.notEqual(c!.body.room, shared)
      assert.deepEqual(c!.body.where, { kind: 'caucus', sideId: C })
      assert.equal(d!.body.room, main, 'a side in no room stays in the joint meeting')
      for (const x of [c, d])
        assert.ok(!JSON.stringify(x!.body).includes(shared), 'others never see its name')
    }))

  it('CAUCUS-13 a shared room’s document opens only for its sides, only once such a room existed; its notes reach their exports only', () =>
    withServer(opts, async (server) => {
      const s = await four(server)
      const [A, B, C, D] = ['A', 'B', 'C', 'D'].map((k) => s.sides[k]!)
      const key = [A, B].sort().join('+')
      const open: WebsocketProvider[] = []
      try {
        await toJointTalks(server, s)
        assert.equal(await opens(server, s, s.invites.A!, key, open), 4403, 'no such room yet')
        await command(server, s, s.mediatorToken, { type: 'planCaucus', groups: [[B, A], [C]] })
        await command(server, s, s.mediatorToken, { type: 'setPhase', phase: 'caucus' })
        for (const who of ['A', 'adviserA', 'B'])
          assert.equal(await opens(server, s, s.invites[who]!, key, open), 0, who)
        assert.equal(await opens(server, s, s.mediatorToken, key, open), 0)
        assert.equal(await opens(server, s, s.invites.C!, key, open), 4403, 'C is not in that room')
        const unsorted = key.split('+').reverse().join('+')
        assert.equal(await opens(server, s, s.invites.A!, unsorted, open), 4403, 'one spelling per room')
        assert.equal(
          await opens(server, s, s.invites.A!, [A, D].sort().join('+'), open),
          4403,
          'A and D never met',
        )
        // D joins: the room's notes start anew for A, B and D; what A and B noted stays theirs.
        const change = {
          type: 'changeCaucus',
          groups: [
            { room: `${B}+${A}`, sides: [B, A, D] },
            { room: C, sides: [C] },
          ],
        }
        assert.equal((await command(server, s, s.mediatorToken, change)).status, 200)
        const withD = [A, B, D].sort().join('+')
        assert.equal(await opens(server, s, s.invites.D!, withD, open), 0)
        assert.equal(
          await opens(server, s, s.invites.D!, key, open),
          4403,
          'D never reads what A and B noted',
        )
        await server.context.rooms.withDocs([`${s.sessionId}/caucus/${key}`], ([doc]) => {
          caucusSchema(doc!).notes.insert(0, 'SHARED-AB-NOTES-5f1')
        })
        await server.context.rooms.withDocs([`${s.sessionId}/caucus/${withD}`], ([doc]) => {
          caucusSchema(doc!).notes.insert(0, 'SHARED-ABD-NOTES-9c4')
        })
        const sees: Record<string, string[]> = {
          mediator: ['AB', 'ABD'],
          A: ['AB', 'ABD'],
          adviserA: ['AB', 'ABD'],
          B: ['AB', 'ABD'],
          C: [],
          D: ['ABD'],
        }
        for (const [who, wanted] of Object.entries(sees)) {
          const cred = who === 'mediator' ? s.mediatorToken : s.invites[who]!
          const res = await download(server, cred, `/api/sessions/${s.sessionId}/record/notes.md`)
          const md = new TextDecoder().decode(res.bytes)
          for (const marker of ['AB', 'ABD'])
            assert.equal(md.includes(`SHARED-${marker}-NOTES`), wanted.includes(marker), `${who} ${marker}`)
          // Under the names of its sides (the sides are called A, B, C and D), in the key's order.
          const names = key.split('+').map((id) => Object.keys(s.sides).find((n) => s.sides[n] === id))
          if (wanted.includes('AB')) assert.ok(md.includes(`Caucus — side ${names.join(' + ')}`), md)
        }
      } finally {
        for (const p of open) p.destroy()
      }
    }))
})
