import assert from 'node:assert/strict'
import { randomBytes, scryptSync } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashPassword, PASSWORD_COST, verifyPassword } from '../../companion-server/src/auth/passwords'
import { api, setupMediator } from '../support/server'
import { useServers } from '../support/use-server'

const PASSWORD = 'correct horse battery'
const accounts = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'accounts.json'), 'utf8')) as {
    mediators: { email: string; password?: string; salt?: string; hash?: string }[]
  }

describe('passwords: scrypt N=2^17 r=8 p=1 as a PHC string, upgraded at the next login', function () {
  this.timeout(60_000)
  const servers = useServers()

  it('hashes at the OWASP cost into a PHC string that carries its parameters', async () => {
    assert.deepEqual(PASSWORD_COST, { ln: 17, r: 8, p: 1 })
    const phc = await hashPassword(PASSWORD)
    assert.match(phc, /^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/)
    assert.deepEqual(await verifyPassword(PASSWORD, { password: phc }), { ok: true, rehash: false })
    assert.deepEqual(await verifyPassword(`${PASSWORD}!`, { password: phc }), { ok: false, rehash: false })
    assert.notEqual(await hashPassword(PASSWORD), phc, 'a fresh salt each time')
  })

  it('a cheaper PHC hash still verifies and asks for a rehash; a tampered cost is refused, not computed', async () => {
    const cheap = await hashPassword(PASSWORD, { ln: 12, r: 8, p: 1 })
    assert.deepEqual(await verifyPassword(PASSWORD, { password: cheap }), { ok: true, rehash: true })
    const huge = cheap.replace('ln=12', 'ln=30')
    assert.deepEqual(await verifyPassword(PASSWORD, { password: huge }), { ok: false, rehash: false })
    assert.deepEqual(await verifyPassword(PASSWORD, { password: 'not a hash' }), { ok: false, rehash: false })
  })

  it('the server at its default cost stores the PHC string (no separate salt) at setup', async () => {
    const server = await servers.start({ passwordCost: PASSWORD_COST })
    await setupMediator(server, { password: PASSWORD })
    const [m] = (await accounts(server.dataDir)).mediators
    assert.match(m!.password ?? '', /^\$scrypt\$ln=17,r=8,p=1\$/)
    assert.equal(m!.salt, undefined)
  })

  it('an older record (hex salt/hash at N=2^14) logs in and is rewritten at the current cost; a wrong password changes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mediation-pw-'))
    const salt = randomBytes(16)
    const hash = scryptSync(PASSWORD, salt, 64, { N: 16384, r: 8, p: 1 })
    const legacy = {
      id: 'm1',
      email: 'old@example.org',
      name: 'Old Account',
      salt: salt.toString('hex'),
      hash: hash.toString('hex'),
      createdAt: '2026-01-01T00:00:00.000Z',
    }
    await writeFile(
      join(dir, 'accounts.json'),
      JSON.stringify({ version: 1, mediators: [legacy], loginTokens: [] }),
    )
    const server = await servers.start({ dataDir: dir, passwordCost: PASSWORD_COST })
    const login = (password: string) =>
      api(server, null, 'POST', '/api/login', { email: legacy.email, password })

    assert.equal((await login('wrong password here')).status, 401)
    assert.equal((await accounts(dir)).mediators[0]!.hash, legacy.hash, 'a failed login upgrades nothing')

    assert.equal((await login(PASSWORD)).status, 200)
    const upgraded = (await accounts(dir)).mediators[0]!
    assert.match(upgraded.password ?? '', /^\$scrypt\$ln=17,r=8,p=1\$/)
    assert.equal(upgraded.salt, undefined)
    assert.equal(upgraded.hash, undefined)
    assert.equal((await login(PASSWORD)).status, 200, 'the upgraded hash verifies')
    assert.equal((await accounts(dir)).mediators[0]!.password, upgraded.password, 'no rehash when current')
  })
})
