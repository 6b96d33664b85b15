/**
 * Lets `npm start` skip the build when nothing changed: a hash of every source file, the lock file and the
 * build scripts, written next to the built pages. Content, not mtimes, so a fresh checkout builds once.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const INPUTS = ['scripts', 'shared', 'companion-server/src', 'plugin-jitsi/src', 'plugin-zoom/src']
const FILES = ['package-lock.json']
const STAMP = '.build-stamp'

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(e.parentPath, e.name)
    // Type-check outputs (.tsbuild, *.tsbuildinfo) change on every `tsc -b`, not on a source change.
    if (e.isFile() && !/node_modules|\.tsbuild/.test(path)) out.push(path)
  }
  return out
}

/** The hash of everything a build reads. */
export async function sourceHash(root: string): Promise<string> {
  const files = [...FILES.map((f) => join(root, f))]
  for (const dir of INPUTS) files.push(...(await listFiles(join(root, dir))))
  const hash = createHash('sha256')
  for (const f of files.sort())
    hash
      .update(f.slice(root.length))
      .update('\0')
      .update(await readFile(f))
  return hash.digest('hex')
}

/** True when dist/ and build/ were built from exactly the current sources. */
export async function isFresh(root: string, dist: string): Promise<boolean> {
  const stamp = await readFile(join(dist, STAMP), 'utf8').catch(() => '')
  const server = await readFile(join(root, 'build/server.js')).then(
    () => true,
    () => false,
  )
  return server && stamp === (await sourceHash(root))
}

/** Records the sources the build just used. */
export async function writeStamp(root: string, dist: string): Promise<void> {
  await writeFile(join(dist, STAMP), await sourceHash(root))
}
