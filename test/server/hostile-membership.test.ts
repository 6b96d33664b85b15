/**
 * Hostile party, item 6 of issue 13: membership is checked on every message, not only at the door; a malformed
 * request is the client's problem (a code, never a stack trace); secrets stay out of the log in any spelling.
 */
import assert from 'node:assert/strict'
import { connect as netConnect } from 'node:net'
import { createLogger, redactUrl } from '@mediation/companion-server'
import { PREP_PING_PATH } from '@mediation/core/prep'
import WS from 'ws'
import * as Y from 'yjs'
import {
  api,
  closedWith,
  connectDoc,
  createSessionWithParties,
  fetchTicket,
  openProvider,
  rawClosed,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'

describe('hostile party: membership on every message, clean refusals, redacted logs', () => {
  const clock = { t: Date.now() }
  const lines: string[] = []
  const logger = createLogger({ level: 'debug', destination: { write: (l: string) => void lines.push(l) } })
  const server = useServer({ now: () => clock.t, logger, membershipSweepMs: 50 })

  it('an invite that expires closes its open socket (4401) and a ticket issued before the expiry opens nothing', async () => {
    const s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    const inv = await api<{ invite: { token: string } }>(
      server,
      s.mediatorToken,
      'POST',
      `/api/sessions/${s.sessionId}/invites`,
      {
        name: 'Short',
        role: 'party',
        sideId: s.sides.B,
        validDays: 1,
      },
    )
    const token = inv.body.invite.token
    const doc = new Y.Doc()
    const p = await connectDoc(server, token, s.sessionId, 'control', doc)
    await synced(p)
    const early = await fetchTicket(server, token, s.sessionId)
    const victim = new Y.Doc()
    const a = await connectDoc(server, s.invites.A!, s.sessionId, 'control', victim)
    await synced(a)
    const closed = closedWith(p)
    clock.t += 2 * 86_400_000 // the link has run out; the socket stays open until the server notices
    assert.equal(await closed, 4401, 'the sweep closes a socket that only reads')
    const late = openProvider(server, s.sessionId, 'control', new Y.Doc(), early)
    assert.equal(await closedWith(late), 4401, 'the ticket issued before the expiry is refused')
    late.destroy()
    p.destroy()
    assert.equal(a.wsconnected, true, 'the other party stays connected')
    a.destroy()
  })

  it('revoking a participant closes their practice ping socket too', async () => {
    const s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    const ticket = await fetchTicket(server, s.invites.B!, s.sessionId)
    const ws = new WS(
      `${server.wsUrl.replace(/\/sync$/, '')}${PREP_PING_PATH}?ticket=${encodeURIComponent(ticket)}`,
    )
    ws.on('error', () => undefined)
    await new Promise((resolve, reject) => ws.once('open', resolve).once('close', reject))
    const closed = rawClosed(ws)
    const res = await api(
      server,
      s.mediatorToken,
      'DELETE',
      `/api/sessions/${s.sessionId}/invites/${s.inviteIds.B}`,
    )
    assert.equal(res.status, 204)
    assert.equal(await closed, 4401)
  })

  it('a malformed sync path closes 4400 and logs no stack trace; an unknown upgrade path gets HTTP 404', async () => {
    lines.length = 0
    const bad = new WS(`${server.wsUrl}/%E0%A4%A/board?ticket=x`)
    bad.on('error', () => undefined)
    assert.equal(await rawClosed(bad), 4400)
    const noDoc = new WS(`${server.wsUrl}/onlysession`)
    noDoc.on('error', () => undefined)
    assert.equal(await rawClosed(noDoc), 4400)
    assert.ok(!lines.join('').includes('"stack"'), 'no stack trace in the log')
    const reply = await new Promise<string>((resolve) => {
      const sock = netConnect(server.port, '127.0.0.1', () =>
        sock.write(
          'GET /elsewhere HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
        ),
      )
      let text = ''
      sock.on('data', (d) => {
        text += String(d)
      })
      sock.on('end', () => resolve(text))
    })
    assert.match(reply, /^HTTP\/1\.1 404 /)
    await waitFor(async () => (await api(server, null, 'GET', '/healthz')).status === 200, 'server up')
  })

  it('log redaction ignores case and encoding and covers OAuth code and state', () => {
    const cases: [string, string][] = [
      ['/JOIN/SeCrEt123', '/JOIN/[redacted]'],
      ['/Join/abc?x=1', '/join/[redacted]?x=1'],
      ['/zoom/auth?code=oauthcode&state=st4te', '/zoom/auth?code=[redacted]&state=[redacted]'],
      ['/sync/s/board?TICKET=tk&Token=tt', '/sync/s/board?TICKET=[redacted]&Token=[redacted]'],
      ['/sync/s/board?tic%6Bet=enc', '/sync/s/board?tic%6Bet=[redacted]'],
      ['/api/me?page=2', '/api/me?page=2'],
    ]
    for (const [raw, want] of cases) {
      const got = redactUrl(raw)
      assert.equal(got.toLowerCase(), want.toLowerCase(), raw)
      for (const secret of ['SeCrEt123', 'abc', 'oauthcode', 'st4te', 'tk', 'tt', 'enc'])
        if (raw.includes(secret)) assert.ok(!got.includes(`=${secret}`) && !got.includes(`/${secret}`), got)
    }
  })
})
