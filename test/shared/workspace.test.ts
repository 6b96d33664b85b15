import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = new URL('../../', import.meta.url).pathname

/** Every package.json under node_modules whose name is `name`, at any depth. */
async function copiesOf(name: string): Promise<{ path: string; version: string }[]> {
  const found: { path: string; version: string }[] = []
  async function walk(dir: string): Promise<void> {
    let entries: import('node:fs').Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue
      const full = join(dir, e.name)
      if (e.name.startsWith('@')) {
        await walk(full)
        continue
      }
      if (e.name === name) {
        const pkg = JSON.parse(await readFile(join(full, 'package.json'), 'utf8')) as { version: string }
        found.push({ path: full, version: pkg.version })
      }
      await walk(join(full, 'node_modules'))
    }
  }
  for (const base of [
    '',
    'shared/core',
    'shared/protocol',
    'shared/sidebar',
    'shared/pages',
    'companion-server',
    'plugin-jitsi',
    'plugin-zoom',
  ]) {
    await walk(join(root, base, 'node_modules'))
  }
  return found
}

describe('workspace', () => {
  it('has exactly one copy of yjs, a 13.6.x release', async () => {
    const copies = await copiesOf('yjs')
    assert.equal(copies.length, 1, `copies of yjs: ${copies.map((c) => c.path).join(', ')}`)
    assert.match(copies[0]!.version, /^13\.6\.\d+$/)
  })

  it('pins y-protocols 1.0.x and y-websocket 3.1.x, and has no yjs 14 (@y/y) anywhere', async () => {
    const protocols = await copiesOf('y-protocols')
    assert.ok(protocols.length >= 1 && protocols.every((c) => /^1\.0\.\d+$/.test(c.version)))
    const provider = await copiesOf('y-websocket')
    assert.ok(provider.length === 1 && /^3\.1\.\d+$/.test(provider[0]!.version))
    assert.deepEqual(await copiesOf('y'), [], 'the yjs 14 package @y/y must not be installed')
  })

  it('pins @y/websocket-server to exactly 0.1.1 (0.1.5 needs a yjs 14 prerelease), and installs that', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    assert.equal(pkg.devDependencies['@y/websocket-server'], '0.1.1')
    assert.deepEqual(
      (await copiesOf('websocket-server')).map((c) => c.version),
      ['0.1.1'],
    )
  })

  it('lint catches an import cycle (the check the test command relies on can fail)', async () => {
    const fixture = join(root, 'test/fixtures/cycle')
    await assert.rejects(
      run(
        join(root, 'node_modules/.bin/biome'),
        [
          'lint',
          '--config-path',
          join(root, 'test/fixtures/biome-cycle.json'),
          '--vcs-enabled=false',
          fixture,
        ],
        {
          cwd: join(root, 'test/fixtures'),
        },
      ),
      (err: { stdout?: string; stderr?: string }) => /noImportCycles/.test(`${err.stdout}${err.stderr}`),
    )
  })
})
