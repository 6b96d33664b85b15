import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { api } from '../support/server'
import { withServer } from '../support/use-server'

/** Runs the create-mediator CLI with `stdin` as its input; resolves with exit code and output. */
function runCli(
  dataDir: string,
  args: string[],
  stdin: string,
): Promise<{ code: number | null; out: string }> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'companion-server/src/cli/create-mediator.ts', ...args],
    {
      env: { ...process.env, DATA_DIR: dataDir, MEDIATOR_PASSWORD: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  )
  const chunks: Buffer[] = []
  proc.stdout.on('data', (c: Buffer) => chunks.push(c))
  proc.stderr.on('data', (c: Buffer) => chunks.push(c))
  proc.stdin.end(stdin)
  return new Promise((resolve) =>
    proc.once('exit', (code) => resolve({ code, out: Buffer.concat(chunks).toString() })),
  )
}

describe('create-mediator CLI', function () {
  this.timeout(30_000)

  it('creates an account from a password on stdin (scrypt-hashed); the server then accepts the login', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mediation-cli-'))
    const ok = await runCli(
      dataDir,
      ['--email', 'cli@example.org', '--name', 'Cli User'],
      'a long password here\n',
    )
    assert.equal(ok.code, 0, ok.out)
    const weak = await runCli(dataDir, ['--email', 'weak@example.org', '--name', 'W'], 'short\n')
    assert.equal(weak.code, 2)
    const dup = await runCli(
      dataDir,
      ['--email', 'cli@example.org', '--name', 'Again'],
      'a long password here\n',
    )
    assert.equal(dup.code, 1)
    assert.ok(!(await readFile(join(dataDir, 'accounts.json'), 'utf8')).includes('a long password here'))
    await withServer({ dataDir }, async (server) => {
      const login = await api(server, null, 'POST', '/api/login', {
        email: 'cli@example.org',
        password: 'a long password here',
      })
      assert.equal(login.status, 200)
      const setup = await api(server, null, 'POST', '/api/setup', {
        email: 'x@example.org',
        name: 'X',
        password: 'abcdefghijk',
      })
      assert.equal(setup.status, 409, 'setup is closed once an account exists')
    })
  })
})
