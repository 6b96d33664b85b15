import assert from 'node:assert/strict'
import { jitsiConfigFromEnv, jitsiMount } from '@mediation/companion-server/jitsi'
import * as Y from 'yjs'
import {
  api,
  connectDoc,
  createSessionWithParties,
  startServer,
  synced,
  type TestServer,
  waitFor,
} from '../support/server'

describe('HTTP API: party commands and the OpenAPI document', () => {
  let server: TestServer
  const clock = { t: Date.now() }
  before(async () => {
    // The Jitsi routes are mounted too: a platform's API routes are registered and documented like the others.
    const jitsi = jitsiConfigFromEnv({ JITSI_DOMAIN: 'meet.example.org' }, () => '', '/nonexistent')
    server = await startServer({ now: () => clock.t, routers: [jitsiMount(jitsi)] })
  })
  after(() => server.stop())

  it('commands: applied with the server clock and origin; a rule conflict is 409 with its code; bad shape 400', async () => {
    const s = await createSessionWithParties(server, { sides: ['A'] })
    const control = new Y.Doc()
    const p = await connectDoc(server, s.invites.A!, s.sessionId, 'control', control)
    try {
      await synced(p)
      const ok = await api(server, s.invites.A!, 'POST', `/api/sessions/${s.sessionId}/commands`, {
        type: 'raiseHand',
      })
      assert.equal(ok.status, 200)
      await waitFor(() => control.getMap('hands').has(s.participants.A!.id), 'hand raised at the party')
      const hand = control.getMap<{ raisedAt: number }>('hands').get(s.participants.A!.id)
      assert.equal(hand?.raisedAt, clock.t, 'the server clock, not the client one')
      const bad = await api<{ code: string }>(
        server,
        s.invites.A!,
        'POST',
        `/api/sessions/${s.sessionId}/commands`,
        { type: 'fly' },
      )
      assert.deepEqual([bad.status, bad.body.code], [400, 'CMD-1'])
      const conflict = await api<{ code: string; error: string }>(
        server,
        s.invites.A!,
        'POST',
        `/api/sessions/${s.sessionId}/commands`,
        {
          type: 'signAgreement',
          versionId: 'nope',
          hash: 'abc',
          typedName: s.participants.A!.name,
          consent: true,
        },
      )
      assert.equal(conflict.status, 409)
      assert.equal(typeof conflict.body.code, 'string')
    } finally {
      p.destroy()
    }
  })

  it('every registered route appears in /api/openapi.json (OpenAPI 3.1)', async () => {
    const doc = await api<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      server,
      null,
      'GET',
      '/api/openapi.json',
    )
    assert.equal(doc.body.openapi, '3.1.0')
    const registered: string[] = []
    const stack = (
      server.app as unknown as {
        router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] }
      }
    ).router.stack
    for (const layer of stack) {
      if (!layer.route || (!layer.route.path.startsWith('/api') && layer.route.path !== '/healthz')) continue
      for (const m of Object.keys(layer.route.methods))
        registered.push(`${m} ${layer.route.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`)
    }
    assert.ok(registered.length >= 15, `found ${registered.length} routes`)
    for (const r of ['get room', 'get practice', 'post knock', 'post endpoint', 'get endpoints'])
      assert.ok(
        registered.includes(r.replace(' ', ' /api/sessions/{id}/jitsi/')),
        `${r}: a Jitsi route is registered like the others`,
      )
    for (const r of registered) {
      const [method, path] = r.split(' ') as [string, string]
      assert.ok(doc.body.paths[path]?.[method], `${r} is documented`)
    }
  })
})
