import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumPath, programPackages, runProgram } from '../support/programs'

const root = new URL('../../', import.meta.url).pathname

/** Every test and support file, for the scan below. */
async function testSources(dir = join(root, 'test')): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, e.name)
    if (e.isDirectory() && e.name !== 'fixtures') out.push(...(await testSources(full)))
    else if (/\.tsx?$/.test(e.name)) out.push(full)
  }
  return out
}

describe('outside programs the tests start (.ci/programs)', () => {
  it('a missing program fails with a sentence naming it and its Debian package, not a bare ENOENT', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-programs-'))
    try {
      await assert.rejects(runProgram('pdfinfo', ['-v'], { env: { PATH: empty } }), (err: Error) => {
        assert.match(
          err.message,
          /"pdfinfo", which is not installed: install the Debian package "poppler-utils"/,
        )
        assert.doesNotMatch(err.message, /ENOENT/)
        return true
      })
    } finally {
      await rm(empty, { recursive: true })
    }
  })

  it('a missing Chromium names the path and the package chromium', () => {
    assert.throws(
      () => chromiumPath({ CHROMIUM_PATH: '/nonexistent/chromium' }),
      /CHROMIUM_PATH is \/nonexistent\/chromium\).*"chromium"/,
    )
  })

  it('refuses a program that .ci/run would not install', async () => {
    await assert.rejects(runProgram('convert', []), /"convert" is not listed in \.ci\/programs/)
  })

  it('the list names poppler-utils for every poppler program and fonts for Chromium', () => {
    const list = programPackages()
    for (const p of ['pdfinfo', 'pdftoppm', 'pdftotext']) assert.equal(list.get(p), 'poppler-utils')
    assert.equal(list.get('chromium'), 'chromium')
    assert.equal(list.get('font:DejaVuSans.ttf'), 'fonts-dejavu-core')
  })

  it('no test starts an outside program except through the helper (so .ci/run knows them all)', async () => {
    const offenders: string[] = []
    for (const file of await testSources()) {
      if (/support\/programs\.ts$|shared\/programs\.test\.ts$/.test(file)) continue
      const text = await readFile(file, 'utf8')
      // Starting node itself (process.execPath, fork) or npm (shipped with node) needs no Debian package.
      // `const run = promisify(execFile)` makes `run(...)` a start too.
      const starters = ['execFile', 'spawn', 'execFileSync', 'spawnSync', 'exec']
      const alias = text.match(/const (\w+) = promisify\(execFile\)/)?.[1]
      if (alias) starters.push(alias)
      const calls = new RegExp(`(?<![.\\w])(?:${starters.join('|')})\\(\\s*([^\\n]*)`, 'g')
      for (const m of text.matchAll(calls)) {
        const what = m[1]!.trim()
        if (/^(process\.execPath\b|'npm'|join\(root, 'node_modules\/\.bin\/)/.test(what)) continue
        offenders.push(`${file.slice(root.length)}: ${what}`)
      }
    }
    assert.deepEqual(offenders, [])
  })
})
