import assert from 'node:assert/strict'
import type { ApiError, PlannedMeeting, ScheduleResponse } from '@mediation/protocol'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'

const meetings: PlannedMeeting[] = [
  { id: 'm2', startsAt: '2026-03-02T13:00:00+01:00', durationMin: 90, kind: 'joint', note: 'Room 3' },
  { id: 'm1', startsAt: '2026-03-01T09:30:00Z', durationMin: 45, kind: 'intake' },
]

/** The invite token for `key`, failing loudly if the fixture did not create it. */
function tokenOf(session: SessionWithParties, key: string): string {
  const token = session.invites[key]
  assert.ok(token, `no invite for ${key}`)
  return token
}

describe('session schedule (REST)', () => {
  const server = useServer()
  let s: SessionWithParties
  let other: SessionWithParties
  const path = () => `/api/sessions/${s.sessionId}/schedule`

  before(async () => {
    s = await createSessionWithParties(server, { extra: [{ key: 'sec', role: 'secretariat' }] })
    other = await createSessionWithParties(server, {
      mediatorToken: s.mediatorToken,
      extra: [{ key: 'sec', role: 'secretariat' }],
    })
  })

  it('starts empty for every reader', async () => {
    for (const token of [s.mediatorToken, tokenOf(s, 'sec'), tokenOf(s, 'A')]) {
      const res = await api<ScheduleResponse>(server, token, 'GET', path())
      assert.equal(res.status, 200)
      assert.deepEqual(res.body, { schedule: [] })
    }
  })

  it('the mediator replaces it; secretariat and parties read it sorted by start, in UTC', async () => {
    const put = await api<ScheduleResponse>(server, s.mediatorToken, 'PUT', path(), { schedule: meetings })
    assert.equal(put.status, 200)
    const expected = [
      { id: 'm1', startsAt: '2026-03-01T09:30:00.000Z', durationMin: 45, kind: 'intake' },
      { id: 'm2', startsAt: '2026-03-02T12:00:00.000Z', durationMin: 90, kind: 'joint', note: 'Room 3' },
    ]
    assert.deepEqual(put.body.schedule, expected)
    for (const token of [tokenOf(s, 'sec'), tokenOf(s, 'A'), tokenOf(s, 'B')]) {
      const res = await api<ScheduleResponse>(server, token, 'GET', path())
      assert.equal(res.status, 200)
      assert.deepEqual(res.body.schedule, expected)
    }
  })

  it('a party or the secretariat cannot write (403) and the schedule stays', async () => {
    for (const token of [tokenOf(s, 'A'), tokenOf(s, 'sec')]) {
      const res = await api<ApiError>(server, token, 'PUT', path(), { schedule: [] })
      assert.equal(res.status, 403)
    }
    const res = await api<ScheduleResponse>(server, s.mediatorToken, 'GET', path())
    assert.equal(res.body.schedule.length, 2)
  })

  it("another session's participants get 404, anonymous callers 401", async () => {
    for (const token of [tokenOf(other, 'A'), tokenOf(other, 'sec')]) {
      assert.equal((await api(server, token, 'GET', path())).status, 404)
      assert.equal((await api(server, token, 'PUT', path(), { schedule: [] })).status, 404)
    }
    assert.equal((await api(server, null, 'GET', path())).status, 401)
  })

  it('bad input is 400 with details naming each problem', async () => {
    const bad = {
      schedule: [{ id: 'x', startsAt: 'next tuesday', durationMin: 4, kind: 'lunch', note: 'n'.repeat(501) }],
    }
    const res = await api<ApiError>(server, s.mediatorToken, 'PUT', path(), bad)
    assert.equal(res.status, 400)
    const paths = (res.body.details ?? []).map((d) => d.path).sort()
    assert.deepEqual(paths, [
      'schedule.0.durationMin',
      'schedule.0.kind',
      'schedule.0.note',
      'schedule.0.startsAt',
    ])
    const tooMany = {
      schedule: Array.from({ length: 51 }, (_, i) => ({
        id: `m${i}`,
        startsAt: '2026-03-01T09:00:00Z',
        durationMin: 60,
        kind: 'joint',
      })),
    }
    const many = await api<ApiError>(server, s.mediatorToken, 'PUT', path(), tooMany)
    assert.equal(many.status, 400)
    assert.deepEqual(
      many.body.details?.map((d) => d.path),
      ['schedule'],
    )
    const long = await api<ApiError>(server, s.mediatorToken, 'PUT', path(), {
      schedule: [{ id: 'a', startsAt: '2026-03-01T09:00:00Z', durationMin: 601, kind: 'joint' }],
    })
    assert.equal(long.status, 400)
    const after = await api<ScheduleResponse>(server, s.mediatorToken, 'GET', path())
    assert.equal(after.body.schedule.length, 2, 'a rejected write changes nothing')
  })

  it('survives a server restart on the same data folder', async () => {
    await server.restart()
    const res = await api<ScheduleResponse>(server, tokenOf(s, 'sec'), 'GET', path())
    assert.equal(res.status, 200)
    assert.deepEqual(
      res.body.schedule.map((m) => m.id),
      ['m1', 'm2'],
    )
    const cleared = await api<ScheduleResponse>(server, s.mediatorToken, 'PUT', path(), { schedule: [] })
    assert.deepEqual(cleared.body, { schedule: [] })
  })
})
