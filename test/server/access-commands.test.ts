/**
 * The access matrix grown to commands × roles: every party command sent by every kind of caller through the real
 * HTTP route, with the status and rule code each must get. A refusal also leaves the control document unchanged.
 */
import assert from 'node:assert/strict'
import { getRules } from '@mediation/core/domain'
import * as Y from 'yjs'
import {
  api,
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  type TestServer,
} from '../support/server'

type Who = 'mediator' | 'A' | 'adviserA' | 'sec' | 'revoked' | 'stranger' | 'nobody'
const WHO: Who[] = ['mediator', 'A', 'adviserA', 'sec', 'revoked', 'stranger', 'nobody']
/** `200`, or the refusal: status and rule code. */
type Outcome = 200 | [number, string?]

describe('ACCESS commands × roles: every party command from every caller', () => {
  let server: TestServer
  let s: SessionWithParties
  let other: SessionWithParties
  before(async () => {
    // Commands are budgeted; this test is about who may send them, not how many.
    server = await startServer({ limits: { commandBurst: 10_000 } })
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      extra: [
        { key: 'adviserA', role: 'adviser', side: 'A' },
        { key: 'sec', role: 'secretariat' },
        { key: 'revoked', role: 'party', side: 'B' },
      ],
    })
    other = await createSessionWithParties(server, { sides: ['X'], mediatorToken: s.mediatorToken })
    await api(
      server,
      s.mediatorToken,
      'DELETE',
      `/api/sessions/${s.sessionId}/invites/${s.inviteIds.revoked}`,
    )
  })
  after(() => server.stop())

  const cred = (who: Who): string | null =>
    who === 'mediator'
      ? s.mediatorToken
      : who === 'stranger'
        ? other.invites.X!
        : who === 'nobody'
          ? null
          : s.invites[who]!
  const controlState = async () => {
    const room = await server.context.rooms.get(`${s.sessionId}/control`)
    return Y.encodeStateVector(room.doc).join(',')
  }
  const rules = async () => {
    const room = await server.context.rooms.get(`${s.sessionId}/control`)
    return getRules(room.doc)
  }

  // Who gets what (SPEC: TURN-5 hands, RULES-5 acceptances, SIGN-2 a version must exist, TALK-5 reports).
  const out = (x: Partial<Record<Who, Outcome>>): Record<Who, Outcome> => ({
    mediator: 200,
    A: 200,
    adviserA: 200,
    sec: 200,
    revoked: [401],
    stranger: [404],
    nobody: [401],
    ...x,
  })
  const matrix: { name: string; body: () => Promise<unknown>; expect: Record<Who, Outcome> }[] = [
    {
      name: 'raiseHand',
      body: async () => ({ type: 'raiseHand' }),
      expect: out({ mediator: [409, 'TURN-5'], sec: [409, 'TURN-5'] }),
    },
    {
      name: 'lowerHand (own, raised above)',
      body: async () => ({ type: 'lowerHand' }),
      expect: out({ mediator: [409, 'TURN-5'], sec: [409, 'TURN-5'] }),
    },
    {
      name: 'acceptRules (current version and hash)',
      body: async () => {
        const r = await rules()
        return { type: 'acceptRules', version: r.version, hash: r.hash }
      },
      expect: out({ mediator: [409, 'RULES-5'], sec: [409, 'RULES-5'] }),
    },
    {
      name: 'signAgreement (no such version)',
      body: async () => ({ type: 'signAgreement', versionId: 'v-none', hash: 'f'.repeat(64) }),
      expect: out({
        mediator: [409, 'SIGN-2'],
        A: [409, 'SIGN-2'],
        adviserA: [409, 'SIGN-2'],
        sec: [409, 'SIGN-1'],
      }),
    },
    {
      name: 'reportSpeaking',
      body: async () => ({ type: 'reportSpeaking', speaking: true }),
      expect: out({}),
    },
    { name: 'reportMuted', body: async () => ({ type: 'reportMuted', muted: true }), expect: out({}) },
  ]

  for (const row of matrix) {
    it(`${row.name}: allowed or refused per role, and a refusal changes nothing`, async () => {
      const got: Partial<Record<Who, Outcome>> = {}
      for (const who of WHO) {
        const before = await controlState()
        const res = await api<{ code?: string }>(
          server,
          cred(who),
          'POST',
          `/api/sessions/${s.sessionId}/commands`,
          await row.body(),
        )
        const expected = row.expect[who]
        got[who] =
          res.status === 200
            ? 200
            : expected !== 200 && expected[1]
              ? [res.status, res.body.code ?? '']
              : [res.status]
        if (res.status !== 200)
          assert.equal(await controlState(), before, `${who}: a refused command wrote nothing`)
      }
      assert.deepEqual(got, row.expect)
    })
  }
})
