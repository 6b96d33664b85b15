/**
 * Builds the REAL Jitsi `external_api.js` at test time from the jitsi-meet sources that the npm package
 * `@jitsi/react-native-sdk` ships (no npm package ships the built file, and jitsi-meet itself is not on npm).
 *
 * Everything is fetched from the registry into a cache folder inside node_modules, never into the project's own
 * dependency tree (exactly one yjs etc. must stay), and never committed. A warm cache costs one stat.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { runProgram } from './programs'

const run = promisify(execFile)

/** The jitsi-meet version we target, and the exact dependency versions that SDK release pins. */
export const RN_SDK_VERSION = '13.2.0'
const BUILD_DEPS = [
  '@jitsi/js-utils@6.3.2',
  '@jitsi/logger@2.1.1',
  '@braintree/sanitize-url@7.0.0',
  'events@3.3.0',
]

/** The cache folder; one sub-folder per SDK version so a version bump rebuilds from scratch. */
export const CACHE_ROOT = new URL('../../node_modules/.cache/jitsi-external-api/', import.meta.url).pathname
const cacheDir = join(CACHE_ROOT, RN_SDK_VERSION)

/** Where the build's npm dependencies live (also used to bundle the fake meeting's js-utils Transport). */
export const CACHE_NODE_MODULES = join(cacheDir, 'node_modules')

/** Runs npm, under the team's npm lock when `flock` exists, so it never races another npm in this tree. */
async function npm(args: string[], cwd: string): Promise<void> {
  const hasFlock = existsSync('/usr/bin/flock') || existsSync('/bin/flock')
  // npm comes with Node; flock is an outside program (util-linux), started through the helper that names it.
  if (hasFlock) await runProgram('flock', ['/tmp/npm.lock', 'npm', ...args], { cwd })
  else await run('npm', args, { cwd, maxBuffer: 16 * 1024 * 1024 })
}

/** Downloads the SDK tarball (registry only, no dependencies) and extracts the two source folders we need. */
async function fetchSources(): Promise<void> {
  if (existsSync(join(cacheDir, 'modules/API/external/index.js'))) return
  const tmp = join(cacheDir, 'tmp')
  await rm(tmp, { recursive: true, force: true })
  await mkdir(tmp, { recursive: true })
  await npm(['pack', `@jitsi/react-native-sdk@${RN_SDK_VERSION}`, '--pack-destination', tmp, '--silent'], tmp)
  const tgz = (await readdir(tmp)).find((f) => f.endsWith('.tgz'))
  if (!tgz)
    throw new Error(`npm pack @jitsi/react-native-sdk@${RN_SDK_VERSION} produced no tarball in ${tmp}`)
  await runProgram('tar', ['-xzf', join(tmp, tgz), '-C', tmp, 'package/modules', 'package/react'])
  await rm(join(cacheDir, 'modules'), { recursive: true, force: true })
  await rm(join(cacheDir, 'react'), { recursive: true, force: true })
  await rename(join(tmp, 'package/react'), join(cacheDir, 'react'))
  // `modules` last: its presence marks the extraction as complete.
  await rename(join(tmp, 'package/modules'), join(cacheDir, 'modules'))
  await rm(tmp, { recursive: true, force: true })
}

/** Installs the build's npm dependencies into the cache folder (its own package.json, so npm stays there). */
async function installDeps(): Promise<void> {
  if (existsSync(join(CACHE_NODE_MODULES, '.deps-complete'))) return
  await writeFile(join(cacheDir, 'package.json'), '{"name":"jitsi-external-api-cache","private":true}\n')
  await npm(
    [
      'install',
      '--prefix',
      cacheDir,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      ...BUILD_DEPS,
    ],
    cacheDir,
  )
  await writeFile(join(CACHE_NODE_MODULES, '.deps-complete'), BUILD_DEPS.join('\n'))
}

/** Sources and npm dependencies in the cache, fetched on first use. */
export async function ensureJitsiSources(): Promise<void> {
  await mkdir(cacheDir, { recursive: true })
  await fetchSources()
  await installDeps()
}

let building: Promise<string> | undefined
/** Returns the path of the built `external_api.js` (an IIFE defining `window.JitsiMeetExternalAPI`). */
export function buildExternalApi(): Promise<string> {
  building ??= buildOnce()
  building.catch(() => {
    building = undefined
  })
  return building
}

async function buildOnce(): Promise<string> {
  const out = join(cacheDir, 'external_api.js')
  if (existsSync(out)) return out
  await ensureJitsiSources()
  const tmpOut = `${out}.tmp`
  await build({
    entryPoints: [join(cacheDir, 'modules/API/external/index.js')],
    bundle: true,
    format: 'iife',
    globalName: 'JitsiMeetExternalAPI',
    platform: 'browser',
    target: 'es2020',
    resolveExtensions: ['.web.ts', '.web.js', '.ts', '.tsx', '.js', '.json'],
    nodePaths: [CACHE_NODE_MODULES],
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: tmpOut,
    logLevel: 'error',
  })
  await rename(tmpOut, out)
  return out
}
