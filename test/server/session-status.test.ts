import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { serverOrigin, setPhase } from '@mediation/core/domain'
import type { SessionStatus } from '@mediation/protocol'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'

describe('GET /api/sessions/:id/status: the phase without the content (ACCESS-1, secretariat)', () => {
  const server = useServer()
  let s: SessionWithParties
  let other: SessionWithParties
  before(async () => {
    s = await createSessionWithParties(server, {
      title: 'Status session',
      sides: ['A', 'B'],
      extra: [{ key: 'sec', role: 'secretariat' }],
    })
    other = await createSessionWithParties(server, { title: 'Another session', sides: ['X'] })
  })

  const status = (credential: string | null, id = s.sessionId) =>
    api<SessionStatus & { error?: string }>(server, credential, 'GET', `/api/sessions/${id}/status`)

  it('ACCESS-1 everyone in the session reads title, kind, phase and language, and nothing else', async () => {
    for (const credential of [s.mediatorToken, s.invites.A!, s.invites.B!, s.invites.sec!]) {
      const res = await status(credential)
      assert.equal(res.status, 200)
      assert.deepEqual(res.body, {
        title: 'Status session',
        kind: 'mediation',
        phase: 'intake',
        language: 'en',
      })
    }
  })

  it('follows the live control document when the mediator changes the phase', async () => {
    const mediator = { participantId: s.mediatorId, role: 'mediator' as const, sideId: null }
    await server.context.rooms.withDocs([`${s.sessionId}/control`], ([control]) =>
      setPhase(
        control!,
        { phase: 'opening' },
        { actor: mediator, now: Date.now(), origin: serverOrigin(s.mediatorId), newId: randomUUID },
      ),
    )
    assert.equal((await status(s.invites.sec!)).body.phase, 'opening')
  })

  it('refuses a missing credential (401) and anyone outside the session (404)', async () => {
    assert.equal((await status(null)).status, 401)
    assert.equal((await status(other.invites.X!)).status, 404)
    assert.equal((await status(s.invites.sec!, other.sessionId)).status, 404)
    assert.equal((await status(s.mediatorToken, 'no-such-session')).status, 404)
  })
})
