import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { type Dictionary, textIn, translator } from '@mediation/core/i18n'

const run = promisify(execFile)
const root = new URL('../../../', import.meta.url).pathname

const en = {
  hello: 'Hello {name}',
  changed: { one: '{n} clause changed', other: '{n} clauses changed' },
} satisfies Dictionary<'hello' | 'changed'>
const nl: Dictionary<keyof typeof en> = {
  hello: 'Hallo {name}',
  changed: { one: '{n} afspraak gewijzigd', other: '{n} afspraken gewijzigd' },
}

describe('one translate mechanism (@mediation/core/i18n)', () => {
  it('fills placeholders as plain text and leaves unknown ones as they are', () => {
    const t = translator('en', en)
    assert.equal(t('hello', { name: '<b>Anna</b>' }), 'Hello <b>Anna</b>')
    assert.equal(t('hello'), 'Hello {name}')
    assert.equal(t('hello', { other: 1 }), 'Hello {name}')
  })

  it('chooses plural forms with Intl.PluralRules in each language', () => {
    for (const [lang, one, other] of [
      ['en', '1 clause changed', '3 clauses changed'],
      ['nl', '1 afspraak gewijzigd', '3 afspraken gewijzigd'],
    ] as const) {
      const t = textIn(lang, { nl, en })
      assert.equal(t('changed', { n: 1 }), one)
      assert.equal(t('changed', { n: 3 }), other)
      assert.match(t('changed', { n: 0 }), /^0 (clauses|afspraken)/)
    }
  })

  it('a key missing in one language fails the type check', async () => {
    const fixture = join(root, 'test/fixtures/i18n-missing/tsconfig.json')
    const out = await run(join(root, 'node_modules/.bin/tsc'), ['-p', fixture], { cwd: root }).then(
      () => null,
      (err: { stdout?: string }) => err.stdout ?? '',
    )
    assert.ok(out !== null, 'the fixture must fail the type check')
    assert.match(out, /missing\.ts\(\d+,\d+\): error TS2741: Property 'bye' is missing/)
    assert.doesNotMatch(out, /complete\.ts/, 'the complete dictionary compiles')
  })
})
