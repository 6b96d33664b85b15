/**
 * Hostile party, item 5 of issue 13: password guessing. The limiter counts before the hash (so parallel guesses
 * are counted), locks out per account AND address (a shared address cannot lock the mediator out), and slows
 * distributed guessing with a growing delay instead of a lockout; logout revokes the token.
 */
import assert from 'node:assert/strict'
import { api, setupMediator, type TestServer } from '../support/server'
import { useServer, withServer } from '../support/use-server'

const EMAIL = 'mediator@example.org'
const login = (server: TestServer, password: string, ip: string) =>
  api<{ token?: string; code?: string }>(
    server,
    null,
    'POST',
    '/api/login',
    { email: EMAIL, password },
    {
      'x-forwarded-for': ip,
    },
  )

describe('hostile party: accounts', () => {
  const server = useServer({ limits: { loginFreeFailures: 8, loginMaxDelayMs: 8_000 } })
  before(async () => {
    await setupMediator(server)
  })

  it('40 parallel wrong logins for one account from one address: only 5 are tried, 35 get 429 LIMIT-LOGIN', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(server, `wrong ${i}`, '198.51.100.1')),
    )
    const tried = answers.filter((a) => a.status === 401).length
    const refused = answers.filter((a) => a.status === 429)
    assert.equal(tried, 5, 'counted before hashing: exactly the budget reached the password check')
    assert.equal(refused.length, 35)
    assert.ok(refused.every((r) => r.body.code === 'LIMIT-LOGIN' && Number(r.headers.get('retry-after')) > 0))
  })

  it('a shared address full of wrong tries does not lock the real mediator out from their own address', async () => {
    assert.equal((await login(server, 'correct horse battery', '192.0.2.10')).status, 200, 'an earlier login')
    for (let i = 0; i < 6; i++) await login(server, `guess ${i}`, '198.51.100.2')
    assert.equal((await login(server, 'correct horse battery', '198.51.100.2')).status, 429)
    const mine = await login(server, 'correct horse battery', '192.0.2.10')
    assert.equal(mine.status, 200)
    assert.ok(mine.body.token)
  })

  it('guesses from ever new addresses meet a growing delay (no lockout); the mediator’s known address is not delayed', async () => {
    const delays: number[] = []
    for (let i = 0; i < 14; i++) {
      const r = await login(server, `spread ${i}`, `10.1.0.${i}`)
      if (r.status === 429) delays.push(Number(r.headers.get('retry-after')))
    }
    // 8 free failures; after that every failure blocks the account for 1, 2, 4, 8 (max) seconds.
    assert.ok(delays.length >= 1, 'the account is slowed after the free failures')
    assert.ok(
      delays.every((d) => d >= 1 && d <= 8),
      `delays ${delays.join(',')}`,
    )
  })

  it('logout revokes the login token: it opens nothing afterwards', async () => {
    await withServer({}, async (fresh) => {
      const { token } = await setupMediator(fresh)
      assert.equal((await api(fresh, token, 'GET', '/api/me')).status, 200)
      assert.equal((await api(fresh, token, 'POST', '/api/logout')).status, 204)
      assert.equal((await api(fresh, token, 'GET', '/api/me')).status, 401)
      assert.equal((await api(fresh, token, 'GET', '/api/sessions')).status, 401)
    })
  })

  it('setup and verification have a per-address budget (429 LIMIT-SETUP / LIMIT-VERIFY)', async () => {
    const codes: string[] = []
    for (let i = 0; i < 12; i++) {
      const r = await api<{ code?: string }>(
        server,
        null,
        'POST',
        '/api/setup',
        {
          email: `x${i}@example.org`,
          name: 'X',
          password: 'a long enough password',
        },
        { 'x-forwarded-for': '198.51.100.3' },
      )
      if (r.status === 429 && r.body.code) codes.push(r.body.code)
    }
    assert.ok(codes.includes('LIMIT-SETUP'), 'setup is budgeted per address')
    let verify429 = ''
    for (let i = 0; i < 35 && !verify429; i++) {
      const r = await api<{ code?: string }>(
        server,
        null,
        'POST',
        '/api/verify',
        { code: 'ABCD-EFGH-JKMN-PQRS-TVWX-Y', text: 'x' },
        {
          'x-forwarded-for': '198.51.100.4',
        },
      )
      if (r.status === 429) verify429 = r.body.code ?? ''
    }
    assert.equal(verify429, 'LIMIT-VERIFY')
  })
})
