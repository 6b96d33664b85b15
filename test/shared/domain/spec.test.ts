import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { RULE_IDS } from '@mediation/core/domain'

const root = new URL('../../../', import.meta.url).pathname
const testRoot = join(root, 'test')
/** A rule id: upper-case words joined by dashes, then a number (`TURN-1`, `JITSI-JWT-4`, `PREP-STORE-6`). */
const ID = '[A-Z]+(?:-[A-Z]+)*-\\d+'

/** Rule ids declared in SPEC.md (`- **ID** text`). */
async function specIds(): Promise<string[]> {
  const spec = await readFile(join(root, 'shared/SPEC.md'), 'utf8')
  return [...spec.matchAll(new RegExp(`^- \\*\\*(${ID})\\*\\* \\S`, 'gm'))].map((m) => m[1] as string)
}

/** Every test source under test/ (fixtures are inputs to other checks, not tests). */
async function testSources(): Promise<string[]> {
  const entries = await readdir(testRoot, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.startsWith(join(testRoot, 'fixtures')))
}

/**
 * Ids a test title cites: the ids it starts with (`'TURN-1, TURN-2 …'`, `'PREP-2/3 …'`) and ids in parentheses
 * (`'… again when asked (RULES-6) …'`). Other capitals in a title (`SHA-256`) are words, not citations.
 */
function citedIds(title: string): string[] {
  const lead = title.match(new RegExp(`^(?:${ID}[ ,/]*)+`))?.[0] ?? ''
  const inParens = [...title.matchAll(new RegExp(`\\((${ID}(?:, ${ID})*)\\)`, 'g'))].map((m) => m[1])
  return [lead, ...inParens].flatMap((s) => s?.match(new RegExp(ID, 'g')) ?? [])
}

/** Ids cited by `it(...)` titles anywhere under test/, with the files that cite them. */
async function testedIds(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>()
  for (const file of await testSources()) {
    const text = await readFile(file, 'utf8')
    for (const m of text.matchAll(/\bit\(\s*(['`"])(.*?)\1/gs)) {
      for (const id of citedIds(m[2] as string))
        found.set(id, [...(found.get(id) ?? []), relative(root, file)])
    }
  }
  return found
}

describe('SPEC rules and the tests that cite them', () => {
  it('every SPEC rule has a test that names it, and every named rule is in the SPEC', async () => {
    const ids = await specIds()
    assert.ok(ids.length >= 40, `expected the SPEC to list its rules, found ${ids.length}`)
    assert.equal(new Set(ids).size, ids.length, 'a rule id appears twice in SPEC.md')
    const tested = await testedIds()
    const untested = ids.filter((id) => !tested.has(id))
    assert.deepEqual(untested, [], `rules without a test: ${untested.join(', ')}`)
    const unknown = [...tested]
      .filter(([id]) => !ids.includes(id))
      .map(([id, files]) => `${id} (${files[0]})`)
    assert.deepEqual(unknown, [], `tests name rules missing from SPEC.md: ${unknown.join(', ')}`)
  })

  it('a title cites the ids it starts with and ids in parentheses, not other capitals', () => {
    assert.deepEqual(citedIds('TURN-1, TURN-2 one holder'), ['TURN-1', 'TURN-2'])
    assert.deepEqual(citedIds('PREP-2/3 signing'), ['PREP-2'])
    assert.deepEqual(citedIds('JITSI-JWT-4 refuses half a configuration'), ['JITSI-JWT-4'])
    assert.deepEqual(citedIds('accept again when asked (RULES-6), then (CAUCUS-1, CAUCUS-2)'), [
      'RULES-6',
      'CAUCUS-1',
      'CAUCUS-2',
    ])
    assert.deepEqual(citedIds('only the SHA-256 is stored (TLS 1.3)'), [])
  })

  it('every rule a command may refuse with (RuleId) is a rule of the SPEC', async () => {
    const ids = await specIds()
    const unknown = RULE_IDS.filter((id) => !ids.includes(id))
    assert.deepEqual(unknown, [], `RULE_IDS names rules missing from SPEC.md: ${unknown.join(', ')}`)
  })
})
