import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { RULE_IDS } from '@mediation/core/domain'

const root = new URL('../../../', import.meta.url).pathname
const testDir = join(root, 'test/shared/domain')

/** Rule ids declared in SPEC.md (`- **ID** text`). */
async function specIds(): Promise<string[]> {
  const spec = await readFile(join(root, 'shared/SPEC.md'), 'utf8')
  return [...spec.matchAll(/^- \*\*([A-Z]+-\d+)\*\* \S/gm)].map((m) => m[1] as string)
}

/** Ids named at the start of an `it(...)` title in the domain test files. */
async function testedIds(): Promise<Set<string>> {
  const found = new Set<string>()
  for (const name of await readdir(testDir)) {
    if (!name.endsWith('.test.ts')) continue
    const text = await readFile(join(testDir, name), 'utf8')
    for (const m of text.matchAll(/\bit\(\s*['`"]((?:[A-Z]+-\d+[ ,/]+)+)/g)) {
      for (const id of (m[1] as string).match(/[A-Z]+-\d+/g) ?? []) found.add(id)
    }
  }
  return found
}

describe('domain SPEC', () => {
  it('every SPEC rule has a test that names it, and every named rule is in the SPEC', async () => {
    const ids = await specIds()
    assert.ok(ids.length >= 40, `expected the SPEC to list its rules, found ${ids.length}`)
    assert.equal(new Set(ids).size, ids.length, 'a rule id appears twice in SPEC.md')
    const tested = await testedIds()
    const untested = ids.filter((id) => !tested.has(id))
    assert.deepEqual(untested, [], `rules without a test: ${untested.join(', ')}`)
    const unknown = [...tested].filter((id) => !ids.includes(id))
    assert.deepEqual(unknown, [], `tests name rules missing from SPEC.md: ${unknown.join(', ')}`)
  })

  it('every rule a command may refuse with (RuleId) is a rule of the SPEC', async () => {
    const ids = await specIds()
    const unknown = RULE_IDS.filter((id) => !ids.includes(id))
    assert.deepEqual(unknown, [], `RULE_IDS names rules missing from SPEC.md: ${unknown.join(', ')}`)
  })
})
