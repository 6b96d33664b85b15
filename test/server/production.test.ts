/**
 * The production path, as the Dockerfile runs it: build once, copy the tree, `npm ci --omit=dev` (no tsx, no
 * esbuild), start with plain `node build/server.js`; /healthz and a page answer.
 */
import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, buildServer } from '../../scripts/build'
import { runProgram } from '../support/programs'

const root = new URL('../../', import.meta.url).pathname

/** The runtime stage's install and start commands, read from the Dockerfile so the test runs exactly those. */
async function dockerfileCommands(): Promise<{ install: string[]; start: string[] }> {
  const text = await readFile(join(root, 'Dockerfile'), 'utf8')
  const runtime = text.slice(text.lastIndexOf('\nFROM '))
  const install = runtime.match(/^RUN (npm ci --omit=dev[^&\n]*)/m)?.[1]
  const cmd = runtime.match(/^CMD (\[.*\])$/m)?.[1]
  assert.ok(install && cmd, 'the Dockerfile runtime stage has RUN npm ci --omit=dev … and CMD [...]')
  return { install: install.trim().split(/\s+/), start: JSON.parse(cmd) as string[] }
}

function readyPort(proc: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString()
      const line = out.split('\n').find((l) => l.includes('"ready"'))
      if (line) resolve((JSON.parse(line) as { port: number }).port)
    })
    proc.stderr!.on('data', (c: Buffer) => {
      err += c.toString()
    })
    proc.once('exit', (code) => reject(new Error(`server exited (${code}) before ready: ${err}`)))
  })
}

describe('production path: build, copy, npm ci --omit=dev, plain node', function () {
  this.timeout(300_000)
  let dir: string
  let proc: ChildProcess | undefined

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mediation-prod-'))
    // The tracked and new (not ignored) files: what a checkout of this commit holds.
    const { stdout } = await runProgram('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root })
    for (const f of stdout.split('\0').filter(Boolean)) {
      if (existsSync(join(root, f))) await cp(join(root, f), join(dir, f), { recursive: true })
    }
    await Promise.all([build(undefined, join(dir, 'dist')), buildServer(join(dir, 'build'))])
  })
  after(async () => {
    if (proc && proc.exitCode === null) {
      const exited = new Promise((r) => proc!.once('exit', r))
      proc.kill('SIGTERM')
      await exited
    }
    await rm(dir, { recursive: true, force: true })
  })

  it('installs runtime dependencies only and serves /healthz and the console page', async () => {
    const { install, start } = await dockerfileCommands()
    // Under the team's npm lock, as the Jitsi build does, so two npm runs never share the cache at once.
    await runProgram('flock', ['/tmp/npm.lock', ...install, '--no-audit', '--no-fund'], { cwd: dir })
    for (const dev of ['tsx', 'esbuild', 'typescript', 'mocha'])
      assert.ok(!existsSync(join(dir, 'node_modules', dev)), `${dev} (a dev tool) is installed`)
    assert.deepEqual(start, ['node', 'build/server.js'])
    proc = spawn(process.execPath, start.slice(1), {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: join(dir, 'data'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const base = `http://127.0.0.1:${await readyPort(proc)}`
    const health = await fetch(`${base}/healthz`)
    assert.equal(health.status, 200)
    assert.deepEqual(await health.json(), { ok: true })
    const page = await fetch(`${base}/console/`)
    assert.equal(page.status, 200)
    assert.match(page.headers.get('content-type') ?? '', /text\/html/)
    const html = await page.text()
    assert.equal(
      page.headers.get('cache-control'),
      'no-cache',
      'a page is revalidated: a release is seen at once',
    )
    assert.match(page.headers.get('content-encoding') ?? '', /^(br|gzip)$/, "the build's compressed copy")
    const script = html.match(/src="(\/console\/app-[A-Z0-9]{8}\.js)"/)?.[1]
    assert.ok(script, html)
    const js = await fetch(`${base}${script}`)
    assert.equal(js.status, 200)
    assert.equal(js.headers.get('cache-control'), 'public, max-age=31536000, immutable')
    assert.match(js.headers.get('content-encoding') ?? '', /^(br|gzip)$/)
    // The bundled backup command works on runtime dependencies too (it asks the running server for the copy).
    const backup = spawn(process.execPath, ['build/backup.js', join(dir, 'backup')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        DATA_DIR: join(dir, 'data'),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    assert.equal(await new Promise((r) => backup.once('exit', r)), 0, 'node build/backup.js exits 0')
    assert.ok(existsSync(join(dir, 'backup', 'MANIFEST.json')), 'the backup is complete (MANIFEST.json)')
  })
})
