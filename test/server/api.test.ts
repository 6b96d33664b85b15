import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createMediator } from '@mediation/companion-server'
import { type ApiError, type DeletionReport, type InviteResponse, isErrorCode } from '@mediation/protocol'
import { api, exportDossier, setupMediator } from '../support/server'
import { useServer } from '../support/use-server'

describe('HTTP API: accounts, sessions, invites, validation', () => {
  // No retention period here: archiving then deleting is this test's path (retention.test.ts holds the period).
  const server = useServer({
    now: () => clock.t,
    publicUrl: 'https://mediation.example.org',
    retentionYears: 0,
  })
  const clock = { t: Date.now() }

  it('setup works only while no account exists; login issues expiring tokens', async () => {
    const first = await setupMediator(server)
    assert.ok(first.token.length >= 40)
    const again = await api(server, null, 'POST', '/api/setup', {
      email: 'x@example.org',
      name: 'X',
      password: '0123456789ab',
    })
    assert.equal(again.status, 409)
    const login = await api<{ token: string }>(server, null, 'POST', '/api/login', {
      email: 'MEDIATOR@example.org',
      password: 'correct horse battery',
    })
    assert.equal(login.status, 200)
    const me = await api<{ kind: string; mediator: { email: string } }>(
      server,
      login.body.token,
      'GET',
      '/api/me',
    )
    assert.equal(me.body.kind, 'mediator')
    clock.t += 13 * 3600_000
    assert.equal((await api(server, login.body.token, 'GET', '/api/me')).status, 401, 'expired login token')
    const accounts = await readFile(join(server.dataDir, 'accounts.json'), 'utf8')
    assert.ok(
      !accounts.includes(login.body.token) && !accounts.includes('correct horse'),
      'no token or password on disk',
    )
  })

  it('login is rate-limited per IP and email (429 even for the right password)', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await api(
        server,
        null,
        'POST',
        '/api/login',
        { email: 'mediator@example.org', password: `wrong-${i}` },
        { 'x-forwarded-for': '198.51.100.50' },
      )
      assert.equal(r.status, 401)
    }
    const blocked = await api(
      server,
      null,
      'POST',
      '/api/login',
      { email: 'mediator@example.org', password: 'correct horse battery' },
      { 'x-forwarded-for': '198.51.100.50' },
    )
    assert.equal(blocked.status, 429)
    // The lockout is per account and address: the mediator elsewhere is not locked out by it.
    const ok = await api(
      server,
      null,
      'POST',
      '/api/login',
      { email: 'mediator@example.org', password: 'correct horse battery' },
      { 'x-forwarded-for': '203.0.113.7' },
    )
    assert.equal(ok.status, 200)
  })

  it("sessions: create, list, archive, delete — another mediator's session is 404", async () => {
    const { token } = await setupMediator(server)
    // A second account, as the create-mediator CLI makes it.
    await createMediator(
      server.context.directory,
      { email: 'other@example.org', name: 'Otto', password: 'another password' },
      clock.t,
    )
    const otto = await api<{ token: string }>(server, null, 'POST', '/api/login', {
      email: 'other@example.org',
      password: 'another password',
    })
    const created = await api<{ id: string; status: string }>(server, token, 'POST', '/api/sessions', {
      title: 'Buren',
    })
    assert.equal(created.status, 201)
    const id = created.body.id
    assert.equal((await api<unknown[]>(server, otto.body.token, 'GET', '/api/sessions')).body.length, 0)
    for (const [method, path, body] of [
      ['GET', `/api/sessions/${id}`, undefined],
      ['PUT', `/api/sessions/${id}`, { status: 'archived' }],
      ['DELETE', `/api/sessions/${id}`, undefined],
      ['POST', `/api/sessions/${id}/invites`, { name: 'P', role: 'secretariat' }],
      ['POST', '/api/tickets', { sessionId: id }],
    ] as const) {
      assert.equal((await api(server, otto.body.token, method, path, body)).status, 404, `${method} ${path}`)
    }
    const archived = await api<{ status: string }>(server, token, 'PUT', `/api/sessions/${id}`, {
      status: 'archived',
    })
    assert.equal(archived.body.status, 'archived')
    const list = await api<{ id: string; status: string }[]>(server, token, 'GET', '/api/sessions')
    assert.equal(list.body.find((x) => x.id === id)?.status, 'archived')
    assert.equal(
      (await api(server, token, 'DELETE', `/api/sessions/${id}`)).status,
      409,
      'not without the export',
    )
    await exportDossier(server, token, id)
    const del = await api<DeletionReport>(server, token, 'DELETE', `/api/sessions/${id}`)
    assert.equal(del.status, 200)
    assert.equal(del.body.sessionId, id)
    assert.deepEqual(del.body.removed.documents.slice(0, 3), ['control', 'board', 'agreement'])
    assert.match(del.body.message, /erased/)
    assert.equal((await api(server, token, 'GET', `/api/sessions/${id}`)).status, 404)
  })

  it('invites: a link with a 128-bit token of which only the SHA-256 is stored; roles and sides checked', async () => {
    const { token } = await setupMediator(server)
    const { body: session } = await api<{ id: string }>(server, token, 'POST', '/api/sessions', {
      title: 'Erfenis',
    })
    const inv = await api<InviteResponse>(server, token, 'POST', `/api/sessions/${session.id}/invites`, {
      name: 'Anna',
      role: 'party',
      newSideName: 'Verhuurder',
    })
    assert.equal(inv.status, 201)
    const t = inv.body.invite.token
    assert.equal(Buffer.from(t, 'base64url').length, 16)
    assert.equal(inv.body.invite.url, `https://mediation.example.org/join/${t}`)
    const index = await readFile(join(server.dataDir, 'sessions-index.log'), 'utf8')
    assert.ok(!index.includes(t), 'the token is not stored')
    assert.ok(index.includes(createHash('sha256').update(t).digest('hex')), 'its hash is')
    const bad = [
      [{ name: 'B', role: 'party' }, 400],
      [{ name: 'B', role: 'adviser', sideId: 'nope' }, 400],
      [{ name: 'S', role: 'secretariat', sideId: inv.body.participant.sideId }, 400],
      [{ name: 'M', role: 'mediator' }, 400],
      [{ name: '', role: 'secretariat' }, 400],
    ] as const
    for (const [body, status] of bad) {
      const r = await api<{ error: string; details?: unknown[] }>(
        server,
        token,
        'POST',
        `/api/sessions/${session.id}/invites`,
        body,
      )
      assert.equal(r.status, status, JSON.stringify(body))
      assert.equal(typeof r.body.error, 'string')
    }
    const adviser = await api<InviteResponse>(server, token, 'POST', `/api/sessions/${session.id}/invites`, {
      name: 'Adv',
      role: 'adviser',
      sideId: inv.body.participant.sideId,
    })
    assert.equal(adviser.body.participant.sideId, inv.body.participant.sideId)
    const me = await api<{ kind: string; participant: { name: string }; session: { id: string } }>(
      server,
      t,
      'GET',
      '/api/me',
    )
    assert.deepEqual(
      [me.body.kind, me.body.participant.name, me.body.session.id],
      ['participant', 'Anna', session.id],
    )
    assert.equal((await api(server, t, 'GET', '/api/sessions')).status, 403, 'a party is not a mediator')
    assert.equal(
      (
        await api(server, t, 'POST', `/api/sessions/${session.id}/invites`, {
          name: 'x',
          role: 'secretariat',
        })
      ).status,
      403,
    )
  })

  it('ERR-1: bad input 400 BAD-INPUT with worded-able details, malformed JSON, oversized 413, no credential 401, unknown route and session 404 — each with its code', async () => {
    const { token } = await setupMediator(server)
    const r = await api<ApiError>(server, token, 'POST', '/api/sessions', { title: 7, extra: true })
    assert.equal(r.status, 400)
    assert.equal(r.body.code, 'BAD-INPUT')
    const title = r.body.details?.find((d) => d.path === 'title')
    assert.equal(title?.issue, 'invalid_type', 'a page words the issue, not the English message')
    assert.equal(typeof title?.message, 'string', 'the English message stays for API users')
    const short = await api<ApiError>(server, token, 'POST', '/api/sessions', { title: '' })
    assert.deepEqual(
      short.body.details?.map((d) => [d.path, d.issue, d.minimum]),
      [['title', 'too_small', 1]],
    )
    const malformed = await api<ApiError>(server, token, 'POST', '/api/sessions', '{"title": ')
    assert.deepEqual([malformed.status, malformed.body.code], [400, 'BAD-JSON'])
    assert.match(malformed.body.error, /JSON/)
    const big = await api<ApiError>(server, token, 'POST', '/api/sessions', { title: 'x'.repeat(300 * 1024) })
    assert.deepEqual([big.status, big.body.code], [413, 'TOO-LARGE'])
    const none = await api<ApiError>(server, null, 'GET', '/api/sessions')
    assert.deepEqual([none.status, none.body.code], [401, 'AUTH-REQUIRED'])
    const nonsense = await api<ApiError>(server, 'nonsense', 'GET', '/api/me')
    assert.deepEqual([nonsense.status, nonsense.body.code], [401, 'AUTH-REQUIRED'])
    const route = await api<ApiError>(server, token, 'GET', '/api/nothing-here')
    assert.deepEqual([route.status, route.body.code], [404, 'NOT-FOUND'])
    const unknown = await api<ApiError>(server, token, 'GET', '/api/sessions/unknown-id')
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'SESSION-NOT-FOUND'])
    for (const body of [r.body, malformed.body, big.body, none.body, route.body, unknown.body])
      assert.ok(isErrorCode(body.code), `${body.code} is in the protocol's list, so pages word it`)
  })
})
