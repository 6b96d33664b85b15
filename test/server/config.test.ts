import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { ConfigError, loadConfig, VARIABLES } from '../../companion-server/src/config'
import { configTable, envExample } from '../../companion-server/src/config/docs'

const root = new URL('../../', import.meta.url).pathname

const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env)
  } catch (e) {
    assert.ok(e instanceof ConfigError, String(e))
    return e
  }
  assert.fail(`accepted ${JSON.stringify(env)}`)
}

/** Starts the real entry with `env` and collects its exit code and stderr. */
function startMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'companion-server/src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/nonexistent-never-used',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  proc.stderr.on('data', (c: Buffer) => {
    stderr += c.toString()
  })
  return new Promise((resolve) => proc.once('exit', (code) => resolve({ code, stderr })))
}

describe('configuration: one schema for every environment variable', () => {
  it('defaults when nothing is set', () => {
    const c = loadConfig({})
    assert.deepEqual(
      { port: c.port, host: c.host, dataDir: c.dataDir, staticDir: c.staticDir, tls: c.tls, log: c.logLevel },
      { port: 8080, host: '0.0.0.0', dataDir: './data', staticDir: './dist', tls: null, log: 'info' },
    )
    assert.equal(c.publicUrl, undefined)
    assert.deepEqual(c.iceServers, [])
  })

  it('takes valid values; an empty value counts as unset; a trailing slash on PUBLIC_URL is dropped', () => {
    const c = loadConfig({
      PORT: '0',
      PUBLIC_URL: 'https://mediation.example.org/',
      TLS_CERT: 'c.pem',
      TLS_KEY: 'k.pem',
      HOST: '',
    })
    assert.equal(c.port, 0)
    assert.equal(c.host, '0.0.0.0')
    assert.equal(c.publicUrl, 'https://mediation.example.org')
    assert.deepEqual(c.tls, { certFile: 'c.pem', keyFile: 'k.pem' })
  })

  it('a PUBLIC_URL without scheme, or with a path, is refused naming the variable and what it expects', () => {
    for (const PUBLIC_URL of ['mediation.example.org', 'ftp://x.example', 'https://x.example/app']) {
      const e = refusal({ PUBLIC_URL })
      assert.equal(e.variable, 'PUBLIC_URL')
      assert.equal(
        e.message,
        `PUBLIC_URL must be an origin with its scheme and no path, such as https://mediation.example.org (it is "${PUBLIC_URL}")`,
      )
    }
  })

  it('only one of a pair is refused: TLS_CERT/TLS_KEY, the Zoom pair, the Jitsi token pair, the JaaS trio', () => {
    assert.match(
      refusal({ TLS_CERT: 'c.pem' }).message,
      /^TLS_CERT is set but TLS_KEY is not: TLS_CERT, TLS_KEY go together/,
    )
    assert.match(refusal({ TLS_KEY: 'k.pem' }).message, /^TLS_KEY is set but TLS_CERT is not/)
    assert.match(
      refusal({ ZOOM_CLIENT_ID: 'id' }).message,
      /^ZOOM_CLIENT_ID is set but ZOOM_CLIENT_SECRET is not/,
    )
    assert.match(
      refusal({ JITSI_APP_SECRET: 's' }).message,
      /^JITSI_APP_SECRET is set but JITSI_APP_ID is not/,
    )
    assert.match(
      refusal({ JAAS_APP_ID: 'a' }).message,
      /^JAAS_APP_ID is set but JAAS_KEY_ID and JAAS_PRIVATE_KEY_FILE are not/,
    )
  })

  it('numbers, levels, JSON and domains are checked; a secret is never echoed', () => {
    assert.equal(
      refusal({ PORT: '80a' }).message,
      'PORT must be a whole number from 0 to 65535 (0 picks a free port) (it is "80a")',
    )
    assert.match(refusal({ PORT: '70000' }).message, /^PORT must be a whole number/)
    assert.match(refusal({ LOG_LEVEL: 'loud' }).message, /^LOG_LEVEL must be one of fatal, error, warn, info/)
    assert.match(refusal({ ICE_SERVERS: '{nope' }).message, /^ICE_SERVERS is not JSON/)
    assert.match(
      refusal({ JITSI_DOMAIN: 'https://meet.example.org' }).message,
      /^JITSI_DOMAIN must be a host name/,
    )
    assert.match(
      refusal({ JITSI_TOKEN_TTL_SEC: '5' }).message,
      /^JITSI_TOKEN_TTL_SEC must be a whole number of seconds/,
    )
    const secret = refusal({ ZOOM_CLIENT_ID: 'id', ZOOM_CLIENT_SECRET: '   ' })
    assert.match(secret.message, /^ZOOM_CLIENT_ID is set but ZOOM_CLIENT_SECRET is not/)
  })

  it('the server process stops at start with that one sentence (exit 1, no stack trace)', async function () {
    this.timeout(30_000)
    const bad = await startMain({ PUBLIC_URL: 'mediation.example.org' })
    assert.equal(bad.code, 1)
    assert.equal(
      bad.stderr,
      'configuration: PUBLIC_URL must be an origin with its scheme and no path, such as https://mediation.example.org (it is "mediation.example.org")\n',
    )
    const missing = await startMain({ TLS_CERT: '/nonexistent/cert.pem', TLS_KEY: '/nonexistent/key.pem' })
    assert.equal(missing.code, 1)
    assert.equal(
      missing.stderr,
      'configuration: TLS_CERT names /nonexistent/cert.pem, which cannot be read (ENOENT)\n',
    )
  })

  it('.env.example and the README table list every variable with its default and meaning (scripts/config-docs.ts)', async () => {
    const hint = 'out of date: run node --import tsx scripts/config-docs.ts'
    assert.equal(await readFile(join(root, '.env.example'), 'utf8'), envExample(), `.env.example ${hint}`)
    assert.ok(
      (await readFile(join(root, 'README.md'), 'utf8')).includes(configTable()),
      `README table ${hint}`,
    )
    for (const v of VARIABLES) assert.ok(envExample().includes(`\n# ${v.name}=`), v.name)
  })

  it('only main.ts reads process.env in the server (the CLI entries aside)', async () => {
    const src = join(root, 'companion-server/src')
    const readers: string[] = []
    for (const e of await readdir(src, { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !/\.tsx?$/.test(e.name)) continue
      const file = join(e.parentPath, e.name)
      if ((await readFile(file, 'utf8')).includes('process.env')) readers.push(relative(src, file))
    }
    assert.deepEqual(readers.sort(), ['cli/backup.ts', 'cli/create-mediator.ts', 'main.ts'])
  })
})
