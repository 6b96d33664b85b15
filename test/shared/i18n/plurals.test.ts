/**
 * Counts in every string table take their form from Intl.PluralRules through the translator's `{one, other}`
 * messages (issue 16, item 7): never "4 afspraak/afspraken", "1 handtekeningen" or "1 signatures".
 */
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pageText } from '@mediation/pages/src/agreement/strings'
import { consoleText } from '@mediation/pages/src/console/strings'
import { loadTranslator } from '@mediation/sidebar/ui'

const root = new URL('../../../', import.meta.url).pathname
/** Folders whose files are string tables, and single table files. */
const TABLE_DIRS = ['shared/sidebar/src/ui/i18n']
const TABLE_FILES = ['shared/core/src/record/labels.ts']
const TABLE_NAME = /^strings(-\w+)?\.ts$/

/** "handtekening(en)", "signature(s)", "afspraak/afspraken": a count written for both forms at once. */
const BOTH_FORMS = /\w\((s|en)\)|\b(\w{4})\w*\/\2\w*/
/** String literals in a source file (quotes of each kind, escapes kept). */
const LITERAL = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g

async function tableFiles(): Promise<string[]> {
  const pages = join(root, 'shared/pages/src')
  const inPages = (await readdir(pages, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && TABLE_NAME.test(e.name))
    .map((e) => join(e.parentPath, e.name))
  const inDirs = await Promise.all(
    TABLE_DIRS.map(async (d) => (await readdir(join(root, d))).map((f) => join(root, d, f))),
  )
  return [...inPages, ...inDirs.flat(), ...TABLE_FILES.map((f) => join(root, f))]
}

describe('plural forms in every string table', () => {
  it('1 and 4 read as singular and plural in nl and en (sidebar, console, agreement page)', async () => {
    const [sNl, sEn] = await Promise.all([loadTranslator('nl'), loadTranslator('en')])
    const [cNl, cEn] = [consoleText('nl'), consoleText('en')]
    const [aNl, aEn] = [pageText('nl'), pageText('en')]
    const cases: [string, (n: number) => string, string, string][] = [
      [
        'nl voided',
        (n) => sNl('agreement.voided', { n }),
        '1 handtekening vervallen',
        '4 handtekeningen vervallen',
      ],
      ['en voided', (n) => sEn('agreement.voided', { n }), '1 signature void', '4 signatures void'],
      ['nl pending', (n) => sNl('rules.pending', { n }), 'nog 1 akkoord nodig', 'nog 4 akkoorden nodig'],
      ['en pending', (n) => sEn('rules.pending', { n }), '1 still to accept', '4 still to accept'],
      ['nl changes', (n) => aNl('changes', { n }), '1 afspraak gewijzigd', '4 afspraken gewijzigd'],
      ['en changes', (n) => aEn('changes', { n }), '1 clause changed', '4 clauses changed'],
      ['nl documents', (n) => cNl('deletedDocuments', { n }), '1 document', '4 documenten'],
      ['en documents', (n) => cEn('deletedDocuments', { n }), '1 document', '4 documents'],
      ['nl notes', (n) => cNl('deletedNotes', { n }), '1 notitie', '4 notities'],
      ['en notes', (n) => cEn('deletedNotes', { n }), '1 note', '4 notes'],
      ['nl participants', (n) => cNl('deletedParticipants', { n }), '1 deelnemer', '4 deelnemers'],
      ['en participants', (n) => cEn('deletedParticipants', { n }), '1 participant', '4 participants'],
    ]
    for (const [what, t, one, four] of cases) {
      assert.ok(t(1).startsWith(one), `${what}: ${t(1)}`)
      assert.ok(t(4).startsWith(four), `${what}: ${t(4)}`)
    }
    assert.equal(cNl('deletedNotes', { n: 0 }), '0 notities', 'zero is plural in Dutch')
    assert.equal(cEn('deletedNotes', { n: 0 }), '0 notes', 'and in English')
  })

  it('no string table writes a count for both forms at once ("x/xen", "x(s)")', async () => {
    const files = await tableFiles()
    assert.ok(files.length >= 8, `found the tables: ${files.length}`)
    for (const file of files) {
      const source = await readFile(file, 'utf8')
      for (const m of source.matchAll(LITERAL)) {
        const text = m[1] ?? m[2] ?? m[3] ?? ''
        assert.doesNotMatch(text, BOTH_FORMS, `${file}: ${text}`)
      }
    }
  })

  it('the check finds what it looks for', () => {
    for (const bad of ['4 afspraak/afspraken', '1 handtekening(en)', '2 signature(s)', 'notitie/notities'])
      assert.match(bad, BOTH_FORMS, bad)
    for (const ok of ['Afspraak {n}', 'pagina {n} van {of}', '{n} of {total} ready', 'e-mail/sms'])
      assert.doesNotMatch(ok, BOTH_FORMS, ok)
  })
})
