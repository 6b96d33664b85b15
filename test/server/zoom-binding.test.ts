import assert from 'node:assert/strict'
import { type ZoomConfig, zoomConfigFrom, zoomMount } from '@mediation/companion-server/zoom'
import type { ZoomClaimResponse, ZoomMeetingResponse } from '@mediation/protocol'
import {
  api,
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  type TestServer,
} from '../support/server'
import { contextClaims, encryptAppContext } from '../support/zoom-emulator-context'

const clientId = 'zoom-client-id'
const clientSecret = 'zoom-client-secret'
const MEETING = 'MEETING-UUID-1=='

describe('Zoom session binding: link, assign (server decrypts the app context)', () => {
  let server: TestServer
  let s: SessionWithParties

  before(async () => {
    const cfg: ZoomConfig = {
      clientId,
      clientSecret,
      publicOrigin: 'https://mediation.example.org',
      oauthBase: 'http://127.0.0.1:9',
      apiBase: 'http://127.0.0.1:9',
      appDir: '/nonexistent',
    }
    server = await startServer({ routers: [zoomMount(cfg)] })
    s = await createSessionWithParties(server, { sides: ['A', 'B'] })
  })
  after(async () => {
    await server?.stop()
  })

  const ctx = (o: { uid?: string; role?: string; room?: string; secret?: string; now?: number } = {}) =>
    encryptAppContext(
      contextClaims({ clientId, meeting: MEETING, uid: o.uid, role: o.role, room: o.room, now: o.now }),
      o.secret ?? clientSecret,
    )
  const zoomApi = <T>(
    credential: string | null,
    method: string,
    path: string,
    appContext: string | null,
    body?: unknown,
  ) =>
    api<T>(
      server,
      credential,
      method,
      `/zoom/api${path}`,
      body,
      appContext ? { 'x-zoom-app-context': appContext } : {},
    )

  it('refuses missing, expired, tampered and wrong-secret contexts with 401', async () => {
    const claim = { participantUUID: 'P-1' }
    assert.equal((await zoomApi(null, 'POST', '/claim', null, claim)).status, 401)
    const expired = await zoomApi<{ code: string }>(
      null,
      'POST',
      '/claim',
      ctx({ now: Date.now() - 10 * 60_000 }),
      claim,
    )
    assert.equal(expired.status, 401)
    assert.equal(expired.body.code, 'ZOOM-CONTEXT-expired')
    const wrong = await zoomApi<{ code: string }>(null, 'POST', '/claim', ctx({ secret: 'not-ours' }), claim)
    assert.equal(wrong.body.code, 'ZOOM-CONTEXT-unauthentic')
    const bytes = Buffer.from(ctx(), 'base64')
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0xff
    assert.equal((await zoomApi(null, 'POST', '/claim', bytes.toString('base64'), claim)).status, 401)
  })

  it('only the session owner, as Zoom host or co-host, links the meeting', async () => {
    const asParty = await zoomApi(s.invites.A ?? '', 'POST', '/link', ctx({ role: 'host' }), {
      sessionId: s.sessionId,
    })
    assert.equal(asParty.status, 403)
    const asAttendee = await zoomApi(s.mediatorToken, 'POST', '/link', ctx({ role: 'participant' }), {
      sessionId: s.sessionId,
    })
    assert.equal(asAttendee.status, 403)
    const bad = await zoomApi<{ details: unknown[] }>(
      s.mediatorToken,
      'POST',
      '/link',
      ctx({ role: 'host' }),
      {},
    )
    assert.equal(bad.status, 400)
    assert.ok(bad.body.details.length > 0)
    const ok = await zoomApi(s.mediatorToken, 'POST', '/link', ctx({ role: 'co-host' }), {
      sessionId: s.sessionId,
    })
    assert.equal(ok.status, 204)
    const m = await zoomApi<ZoomMeetingResponse>(s.mediatorToken, 'GET', '/meeting', ctx({ role: 'host' }))
    assert.equal(m.body.sessionId, s.sessionId)
  })

  it('the mediator’s assignment only says whose speech a Zoom participant is; it never hands out a credential', async () => {
    const party = s.participants.A
    assert.ok(party)
    const put = await zoomApi(s.mediatorToken, 'PUT', '/assignments/UUID-A', ctx({ role: 'host' }), {
      participantId: party.id,
    })
    assert.equal(put.status, 204)
    const claimed = await zoomApi<ZoomClaimResponse & { code: string }>(
      null,
      'POST',
      '/claim',
      ctx({ uid: 'zoom-user-a', room: 'ROOM-1' }),
      { participantUUID: 'UUID-A' },
    )
    assert.equal(claimed.status, 409)
    assert.equal(claimed.body.code, 'ZOOM-PAIR-NEEDED')
    assert.equal(claimed.body.credential, undefined)
    const list = await zoomApi<ZoomMeetingResponse>(s.mediatorToken, 'GET', '/meeting', ctx({ role: 'host' }))
    assert.deepEqual(list.body.assignments, [
      { participantUUID: 'UUID-A', participantId: party.id, claimed: false },
    ])
    const removed = await zoomApi(s.mediatorToken, 'DELETE', '/assignments/UUID-A', ctx({ role: 'host' }))
    assert.equal(removed.status, 204)
  })

  it('assignments: the mediator cannot be assigned, unknown participants are 404, parties cannot assign', async () => {
    const mediator = await zoomApi(s.mediatorToken, 'PUT', '/assignments/UUID-M', ctx({ role: 'host' }), {
      participantId: s.mediatorId,
    })
    assert.equal(mediator.status, 400)
    const unknown = await zoomApi(s.mediatorToken, 'PUT', '/assignments/UUID-X', ctx({ role: 'host' }), {
      participantId: 'nobody',
    })
    assert.equal(unknown.status, 404)
    const byParty = await zoomApi(s.invites.B ?? '', 'PUT', '/assignments/UUID-B', ctx({ role: 'host' }), {
      participantId: s.participants.B?.id,
    })
    assert.equal(byParty.status, 403)
  })

  it('a meeting the mediator never linked gives a party 409 ZOOM-UNLINKED, never a credential', async () => {
    const other = encryptAppContext(
      contextClaims({ clientId, meeting: 'OTHER-MEETING', uid: 'u' }),
      clientSecret,
    )
    const res = await zoomApi<{ code: string }>(null, 'POST', '/claim', other, { participantUUID: 'UUID-A' })
    assert.equal(res.status, 409)
    assert.equal(res.body.code, 'ZOOM-UNLINKED')
  })
})

describe('Zoom mount without credentials', () => {
  let server: TestServer
  before(async () => {
    server = await startServer({
      routers: [zoomMount(zoomConfigFrom({ PUBLIC_URL: 'https://x.example' }, '/nowhere'))],
    })
  })
  after(async () => {
    await server?.stop()
  })

  it('answers 503 with a hint (and still the OWASP headers) instead of serving an app that cannot verify anyone', async () => {
    const res = await fetch(`${server.url}/zoom/`)
    assert.equal(res.status, 503)
    assert.match((await res.json()).error, /ZOOM_CLIENT_ID/)
    for (const h of [
      'strict-transport-security',
      'x-content-type-options',
      'content-security-policy',
      'referrer-policy',
    ]) {
      assert.ok(res.headers.get(h), h)
    }
  })

  it('reads ZOOM_* from an environment object; Zoom hosts default to zoom.us and are overridable', () => {
    const cfg = zoomConfigFrom(
      { ZOOM_CLIENT_ID: 'id', ZOOM_CLIENT_SECRET: 's', ZOOM_API_BASE: 'http://127.0.0.1:1' },
      '/d',
    )
    assert.deepEqual(cfg, {
      clientId: 'id',
      clientSecret: 's',
      publicOrigin: '',
      oauthBase: 'https://zoom.us',
      apiBase: 'http://127.0.0.1:1',
      appDir: '/d',
    })
  })
})
