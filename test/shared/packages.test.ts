import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const root = new URL('../../', import.meta.url).pathname

/** The workspaces, each with its own package.json and tsconfig.json (README's picture). */
const WORKSPACES = [
  'shared/core',
  'shared/protocol',
  'shared/sidebar',
  'shared/pages',
  'companion-server',
  'plugin-jitsi',
  'plugin-zoom',
]

interface Manifest {
  name: string
  dependencies?: Record<string, string>
}

async function manifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest
}

/** Where Node finds package `name` from `from`: the nearest node_modules/<name> up the tree. */
function packageDir(from: string, name: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate)
    if (dir === dirname(dir)) throw new Error(`${name} is not installed (needed by ${from})`)
  }
}

/** Every package reachable from `dir`'s declared dependencies (peer and optional ones are not installed). */
async function dependencyTree(dir: string): Promise<Set<string>> {
  const seen = new Set<string>()
  const visit = async (from: string): Promise<void> => {
    for (const name of Object.keys((await manifest(from)).dependencies ?? {})) {
      if (seen.has(name)) continue
      seen.add(name)
      await visit(packageDir(from, name))
    }
  }
  await visit(dir)
  return seen
}

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.tsx?$/.test(e.name)) out.push(join(e.parentPath, e.name))
  }
  return out
}

describe('packages by audience', () => {
  it('the core compiles against the ES library only: a core file using document or process fails', async () => {
    const fixture = join(root, 'test/fixtures/core-env/tsconfig.json')
    const failure = await run(join(root, 'node_modules/.bin/tsc'), ['-p', fixture], { cwd: root }).then(
      () => null,
      (err: { stdout?: string }) => err.stdout ?? '',
    )
    assert.ok(failure !== null, 'the fixture must fail the type check')
    const errors = failure.split('\n').filter((l) => l.includes('error TS'))
    assert.equal(errors.length, 2, failure)
    assert.match(failure, /uses-dom\.ts\(3,10\): error TS\d+: Cannot find name 'document'/)
    assert.match(failure, /uses-node\.ts\(3,10\): error TS\d+: Cannot find name 'process'/)
    assert.doesNotMatch(failure, /plain\.ts/, 'ES-only code (Intl) compiles under the same options')
  })

  it('the companion server depends on core and protocol, and nothing in its tree is Preact or y-websocket', async () => {
    const tree = await dependencyTree(join(root, 'companion-server'))
    assert.ok(tree.has('@mediation/core') && tree.has('@mediation/protocol'), [...tree].join(', '))
    for (const name of [
      'preact',
      '@preact/signals',
      'y-websocket',
      '@mediation/sidebar',
      '@mediation/pages',
    ]) {
      assert.ok(!tree.has(name), `${name} is in the server's dependency tree`)
    }
    // The walk itself can see Preact: the sidebar's tree has it.
    assert.ok((await dependencyTree(join(root, 'shared/sidebar'))).has('preact'))
  })

  it('each workspace has its own tsconfig.json, referenced from the root', async () => {
    const rootConfig = JSON.parse(await readFile(join(root, 'tsconfig.json'), 'utf8')) as {
      references: { path: string }[]
    }
    const referenced = rootConfig.references.map((r) => r.path)
    for (const ws of WORKSPACES) {
      assert.ok(referenced.includes(ws), `${ws} is not referenced from the root tsconfig.json`)
      await readFile(join(root, ws, 'tsconfig.json'), 'utf8')
    }
  })

  it('packages import each other by name, never by a relative path out of their own folder', async () => {
    const escapes: string[] = []
    for (const ws of WORKSPACES) {
      const base = join(root, ws)
      for (const file of await sourceFiles(join(base, 'src'))) {
        const text = await readFile(file, 'utf8')
        for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)) {
          const target = resolve(dirname(file), m[1]!)
          if (relative(base, target).startsWith('..')) escapes.push(`${relative(root, file)}: ${m[1]}`)
        }
      }
    }
    assert.deepEqual(escapes, [])
  })

  it('every package a workspace imports is one it declares (siblings included)', async () => {
    const missing: string[] = []
    for (const ws of WORKSPACES) {
      const declared = new Set(Object.keys((await manifest(join(root, ws))).dependencies ?? {}))
      declared.add((await manifest(join(root, ws))).name)
      for (const file of await sourceFiles(join(root, ws, 'src'))) {
        const text = await readFile(file, 'utf8')
        for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)) {
          const spec = m[1]!
          if (spec.startsWith('node:')) continue
          const parts = spec.split('/')
          const name = spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
          if (!declared.has(name)) missing.push(`${relative(root, file)}: ${name}`)
        }
      }
    }
    assert.deepEqual(missing, [])
  })
})
