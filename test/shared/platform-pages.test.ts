/** Platform pages hold no session state: the sidebar's models do (issue 12, item 5). */
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

const root = new URL('../../', import.meta.url).pathname

async function sources(dir: string): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = []
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.tsx?$/.test(e.name)) {
      const file = join(e.parentPath, e.name)
      out.push({ file, text: await readFile(file, 'utf8') })
    }
  }
  return out
}

describe('platform pages', () => {
  it('plugin-jitsi imports no domain code and opens no session client of its own (the sidebar’s is the one)', async () => {
    const files = await sources(join(root, 'plugin-jitsi/src'))
    assert.ok(files.length > 10, 'found the plugin sources')
    const offenders = files
      .filter((f) => /from '@mediation\/core|createSessionClient|\.open\('control'\)/.test(f.text))
      .map((f) => f.file.slice(root.length))
    assert.deepEqual(offenders, [])
    const pkg = JSON.parse(await readFile(join(root, 'plugin-jitsi/package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    assert.equal(pkg.dependencies['@mediation/core'], undefined, 'no dependency on the core')
  })
})
