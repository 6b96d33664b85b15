import assert from 'node:assert/strict'
import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createZoomRouter, s256Challenge, type ZoomConfig } from '@mediation/companion-server/zoom'
import express from 'express'
import { type FakeZoomApi, startFakeZoomApi } from '../support/zoom-emulator-api'

const clientId = 'client-abc'
const clientSecret = 'secret-of-the-app'
const OWASP = [
  'strict-transport-security',
  'x-content-type-options',
  'content-security-policy',
  'referrer-policy',
]

describe('Zoom routes: headers, install with PKCE, OAuth redirect', () => {
  let api: FakeZoomApi
  let server: Server
  let base: string
  let appDir: string

  before(async () => {
    api = await startFakeZoomApi(clientId, clientSecret)
    appDir = await mkdtemp(join(tmpdir(), 'zoom-app-'))
    await writeFile(
      join(appDir, 'index.html'),
      '<!doctype html><title>app</title><script src="/zoom/app.js"></script>',
    )
    await writeFile(join(appDir, 'app.js'), 'console.log(1)')
    const app = express()
    server = app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const cfg: ZoomConfig = {
      clientId,
      clientSecret,
      publicOrigin: 'https://mediation.example.org',
      oauthBase: api.url,
      apiBase: api.url,
      appDir,
    }
    app.use('/zoom', createZoomRouter(cfg))
  })
  after(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    await api.close()
    await rm(appDir, { recursive: true, force: true })
  })

  it('sends the four OWASP headers on every HTML route (home, assets, 404, install errors)', async () => {
    for (const path of [
      '/zoom/',
      '/zoom',
      '/zoom/nothing-here',
      '/zoom/app.js',
      '/zoom/auth?code=x&state=y',
    ]) {
      const res = await fetch(base + path, { redirect: 'manual' })
      for (const h of OWASP) assert.ok(res.headers.get(h), `${h} on ${path}`)
    }
    const home = await fetch(`${base}/zoom/`)
    assert.equal(home.status, 200)
    assert.match(home.headers.get('content-type') ?? '', /text\/html/)
    assert.equal(home.headers.get('x-content-type-options'), 'nosniff')
  })

  it('CSP allows our own wss: host, no CDN and no inline script', async () => {
    const csp = (await fetch(`${base}/zoom/`)).headers.get('content-security-policy') ?? ''
    assert.match(csp, /connect-src 'self' wss:\/\/mediation\.example\.org(;|$)/)
    assert.match(csp, /script-src 'self'(;|$)/)
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|appssdk\.zoom\.us|\*(?!\.zoom\.us)/)
  })

  /** Starts an install: our redirect, then the fake Zoom's consent redirect back to our /zoom/auth. */
  async function startInstall() {
    const res = await fetch(`${base}/zoom/install`, { redirect: 'manual' })
    assert.equal(res.status, 302)
    const authorize = new URL(res.headers.get('location') ?? '')
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const consent = await fetch(authorize, { redirect: 'manual' })
    const back = new URL(consent.headers.get('location') ?? '')
    return { res, authorize, cookie, callback: `${base}/zoom/auth${back.search}` }
  }

  it('install redirects to Zoom with an S256 PKCE challenge and state', async () => {
    const { res, authorize } = await startInstall()
    assert.equal(authorize.origin + authorize.pathname, `${api.url}/oauth/authorize`)
    const q = authorize.searchParams
    assert.equal(q.get('response_type'), 'code')
    assert.equal(q.get('client_id'), clientId)
    assert.equal(q.get('redirect_uri'), 'https://mediation.example.org/zoom/auth')
    assert.equal(q.get('code_challenge_method'), 'S256')
    assert.match(q.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/)
    assert.ok((q.get('state') ?? '').length >= 22)
    assert.match(res.headers.get('set-cookie') ?? '', /^zoom_install_state=[^;]+;.*HttpOnly.*Secure/)
  })

  it('the callback exchanges the code with the verifier (challenge = base64url(sha256(verifier))) and deep links', async () => {
    const { authorize, cookie, callback } = await startInstall()
    api.calls.length = 0
    const back = await fetch(callback, { redirect: 'manual', headers: { cookie } })
    assert.equal(back.status, 302)
    assert.equal(back.headers.get('location'), api.deeplink)
    assert.deepEqual(
      api.calls.map((c) => c.path),
      ['/oauth/token', '/v2/zoomapp/deeplink'],
    )
    const form = new URLSearchParams(api.calls[0]?.body ?? '')
    assert.equal(s256Challenge(form.get('code_verifier') ?? ''), authorize.searchParams.get('code_challenge'))
    assert.equal(form.get('redirect_uri'), 'https://mediation.example.org/zoom/auth')
    assert.equal(api.calls[1]?.authorization, 'Bearer zoom-access-token')
    assert.equal(JSON.parse(JSON.parse(api.calls[1]?.body ?? '{}').action).url, '/zoom/')
  })

  it('a state is single use: replaying the callback is refused without calling Zoom', async () => {
    const { cookie, callback } = await startInstall()
    assert.equal((await fetch(callback, { redirect: 'manual', headers: { cookie } })).status, 302)
    api.calls.length = 0
    const replay = await fetch(callback, { redirect: 'manual', headers: { cookie } })
    assert.equal(replay.status, 403)
    assert.deepEqual(api.calls, [])
  })

  it('reports a refused token exchange as 502 without leaking what Zoom said', async () => {
    const { cookie, callback } = await startInstall()
    api.codes.clear() // Zoom no longer knows the code (expired)
    const back = await fetch(callback, { redirect: 'manual', headers: { cookie } })
    assert.equal(back.status, 502)
    const body = await back.text()
    assert.doesNotMatch(body, /invalid_grant|secret|token-/)
  })

  it('refuses a state mismatch and a missing cookie (403), and a missing code (400)', async () => {
    const { authorize, cookie } = await startInstall()
    const state = authorize.searchParams.get('state') ?? ''
    api.calls.length = 0
    const wrong = await fetch(`${base}/zoom/auth?code=c&state=${state}x`, {
      redirect: 'manual',
      headers: { cookie },
    })
    assert.equal(wrong.status, 403)
    assert.match((await wrong.json()).error, /state/)
    const noCookie = await fetch(`${base}/zoom/auth?code=c&state=${state}`, { redirect: 'manual' })
    assert.equal(noCookie.status, 403)
    const missing = await fetch(`${base}/zoom/auth?state=${state}`, {
      redirect: 'manual',
      headers: { cookie },
    })
    assert.equal(missing.status, 400)
    assert.deepEqual(api.calls, [], 'nothing reached Zoom')
  })
})
