import assert from 'node:assert/strict'
import { api, createSessionWithParties, startServer, type TestServer } from '../support/server'

describe('server: a coaching session', () => {
  let server: TestServer
  before(async () => {
    server = await startServer()
  })
  after(() => server.stop())

  it('COACH-1 the client’s board commands and sign-off are refused 409 with the rule as code', async () => {
    const s = await createSessionWithParties(server, { kind: 'coaching', sides: ['Client'] })
    const send = (body: object) =>
      api<{ code: string }>(server, s.invites.Client!, 'POST', `/api/sessions/${s.sessionId}/commands`, body)
    for (const body of [
      { type: 'signAgreement', versionId: 'v1', hash: 'abc' },
      { type: 'addIdea', title: 'An idea' },
      { type: 'addPoint', title: 'A point' },
    ]) {
      const r = await send(body)
      assert.deepEqual([r.status, r.body.code], [409, 'COACH-1'], body.type)
    }
    const hand = await send({ type: 'raiseHand' })
    assert.equal(hand.status, 200, 'the client still raises a hand')
  })

  it('COACH-4 COACH-1 a tick names an action point of a coaching plan; a mediation has no plan', async () => {
    const k = await createSessionWithParties(server, { kind: 'coaching', sides: ['Client'] })
    const none = await api<{ code: string }>(
      server,
      k.invites.Client!,
      'POST',
      `/api/sessions/${k.sessionId}/commands`,
      {
        type: 'tickAction',
        id: 'no-such-item',
        done: true,
      },
    )
    assert.deepEqual([none.status, none.body.code], [409, 'COACH-4'])
    const m = await createSessionWithParties(server, { sides: ['A'] })
    const mediation = await api<{ code: string }>(
      server,
      m.invites.A!,
      'POST',
      `/api/sessions/${m.sessionId}/commands`,
      {
        type: 'tickAction',
        id: 'x',
        done: true,
      },
    )
    assert.deepEqual([mediation.status, mediation.body.code], [409, 'COACH-1'])
  })
})
