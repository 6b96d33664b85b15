/**
 * The access matrix grown to commands × roles: every party command sent by every kind of caller through the real
 * HTTP route, with the status and rule code each must get. A refusal also leaves every document it could write
 * (control, board, ledger, the sides' caucus documents) unchanged.
 */
import assert from 'node:assert/strict'
import { getRules } from '@mediation/core/domain'
import * as Y from 'yjs'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'

type Who = 'mediator' | 'A' | 'adviserA' | 'sec' | 'revoked' | 'stranger' | 'nobody'
const WHO: Who[] = ['mediator', 'A', 'adviserA', 'sec', 'revoked', 'stranger', 'nobody']
/** `200`, or the refusal: status and rule code. */
type Outcome = 200 | [number, string?]

describe('ACCESS commands × roles: every party command from every caller', () => {
  const server = useServer({ limits: { commandBurst: 10_000 } })
  let s: SessionWithParties
  let other: SessionWithParties
  before(async () => {
    // Commands are budgeted; this test is about who may send them, not how many.
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
    ideaA = await idea('A')
    ideaB = await idea('B')
    const point = await api<{ id: string }>(
      server,
      s.invites.A!,
      'POST',
      `/api/sessions/${s.sessionId}/commands`,
      {
        type: 'addPoint',
        title: 'Weekends',
      },
    )
    pointA = point.body.id
  })

  const cred = (who: Who): string | null =>
    who === 'mediator'
      ? s.mediatorToken
      : who === 'stranger'
        ? other.invites.X!
        : who === 'nobody'
          ? null
          : s.invites[who]!
  /** The state vectors of the documents a command may write: a refusal changes none of them. */
  const controlState = async () => {
    const names = ['control', 'board', 'ledger', 'caucus/A', 'caucus/B']
    const rooms = await Promise.all(names.map((n) => server.context.rooms.get(`${s.sessionId}/${n}`)))
    return rooms.map((room) => Y.encodeStateVector(room.doc).join(',')).join(' | ')
  }
  /** A fresh idea by `key` through the command route (the board names no author; the server knows). */
  const idea = async (key: string): Promise<string> => {
    const res = await api<{ id: string }>(
      server,
      s.invites[key]!,
      'POST',
      `/api/sessions/${s.sessionId}/commands`,
      {
        type: 'addIdea',
        title: `Idea of ${key}`,
      },
    )
    assert.equal(res.status, 200)
    return res.body.id
  }
  let ideaA = ''
  let ideaB = ''
  let pointA = ''
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
      name: 'signAgreement (a name not on the invitation, no such version)',
      body: async () => ({
        type: 'signAgreement',
        versionId: 'v-none',
        hash: 'f'.repeat(64),
        typedName: 'Somebody Else',
        consent: true,
      }),
      expect: out({
        mediator: [409, 'SIGN-16'],
        A: [409, 'SIGN-16'],
        adviserA: [409, 'SIGN-16'],
        sec: [409, 'SIGN-1'],
      }),
    },
    {
      name: 'reportSpeaking',
      body: async () => ({ type: 'reportSpeaking', speaking: true }),
      expect: out({ sec: [409, 'TALK-6'] }),
    },
    {
      name: 'reportMuted',
      body: async () => ({ type: 'reportMuted', muted: true }),
      expect: out({ sec: [409, 'TALK-6'] }),
    },
    // The board (BOARD-13): the secretariat has no business there; a side changes only its own (BOARD-8).
    {
      name: 'addIdea',
      body: async () => ({ type: 'addIdea', title: 'Alternate weekends' }),
      expect: out({ sec: [409, 'ACCESS-3'] }),
    },
    {
      name: 'addPoint',
      body: async () => ({ type: 'addPoint', title: 'Holidays' }),
      expect: out({ sec: [409, 'ACCESS-3'] }),
    },
    {
      name: "editIdea (side A's own idea)",
      body: async () => ({ type: 'editIdea', id: ideaA, description: 'every other weekend' }),
      expect: out({ sec: [409, 'ACCESS-3'] }),
    },
    {
      name: "editIdea (side B's idea)",
      body: async () => ({ type: 'editIdea', id: ideaB, title: 'taken over' }),
      expect: out({ A: [409, 'BOARD-8'], adviserA: [409, 'BOARD-8'], sec: [409, 'ACCESS-3'] }),
    },
    {
      name: "withdrawIdea (a fresh idea of side A's)",
      body: async () => ({ type: 'withdrawIdea', id: await idea('A') }),
      expect: out({ sec: [409, 'ACCESS-3'] }),
    },
    {
      name: "withdrawIdea (a fresh idea of side B's)",
      body: async () => ({ type: 'withdrawIdea', id: await idea('B') }),
      expect: out({ A: [409, 'BOARD-8'], adviserA: [409, 'BOARD-8'], sec: [409, 'ACCESS-3'] }),
    },
    {
      name: "setInterests (own side's, on B's idea)",
      body: async () => ({ type: 'setInterests', id: ideaB, text: 'time with the children' }),
      expect: out({ mediator: [409, 'BOARD-6'], sec: [409, 'ACCESS-3'] }),
    },
    {
      name: "editPoint (side A's point)",
      body: async () => ({ type: 'editPoint', id: pointA, description: 'school holidays' }),
      expect: out({ sec: [409, 'ACCESS-3'] }),
    },
  ]

  for (const row of matrix) {
    it(`${row.name}: allowed or refused per role, and a refusal changes nothing`, async () => {
      const got: Partial<Record<Who, Outcome>> = {}
      for (const who of WHO) {
        const body = await row.body()
        const before = await controlState()
        const res = await api<{ code?: string }>(
          server,
          cred(who),
          'POST',
          `/api/sessions/${s.sessionId}/commands`,
          body,
        )
        const expected = row.expect[who]
        got[who] =
          res.status === 200
            ? 200
            : expected !== 200 && expected[1]
              ? [res.status, res.body.code ?? '']
              : [res.status]
        if (res.status !== 200)
          assert.equal(await controlState(), before, `${who}: a refused command wrote nothing anywhere`)
      }
      assert.deepEqual(got, row.expect)
    })
  }
})
