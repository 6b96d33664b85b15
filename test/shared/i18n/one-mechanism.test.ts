/**
 * One i18n mechanism (issue 12, item 6): product wording in every package goes through @mediation/core/i18n's
 * typed dictionaries; no page, plugin or server file picks words with a language ternary or keeps its own
 * per-language string table. Bilingual *content* (texts the mediator edits in both languages) is data, not
 * wording, and is named below with the reason.
 */
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

const root = new URL('../../../', import.meta.url).pathname
const PACKAGES = [
  'shared/core/src',
  'shared/protocol/src',
  'shared/sidebar/src',
  'shared/pages/src',
  'plugin-jitsi/src',
  'plugin-zoom/src',
  'companion-server/src',
]

/** Files allowed a match, and why. */
const CONTENT: Record<string, string> = {
  'shared/core/src/prep/intake.ts': 'a question label falls back to its other language (content)',
  'shared/core/src/prep/intake-defaults.ts': 'the default intake questions (content the mediator edits)',
  'shared/core/src/prep/intake-case-questions.ts': 'the default case questions (content the mediator edits)',
  'shared/core/src/prep/agreement-clauses.ts':
    'the agreement-to-mediate template, both languages side by side per clause (content the mediator edits)',
  'shared/core/src/prep/coaching-agreement-clauses.ts':
    'the coaching agreement template, both languages side by side per clause (content the coach edits)',
  'shared/core/src/prep/intake-coaching-questions.ts':
    'the default coaching intake questions (content the coach edits)',
  'shared/core/src/prep/safety-screening.ts':
    'the default safety-screening questions (content the mediator edits)',
  'shared/core/src/domain/ground-rules/default-rules.ts':
    'the default ground rules (content the mediator edits)',
  'shared/core/src/i18n/translate.ts': 'the mechanism itself (LOCALES)',
  'companion-server/src/prep/routes.ts': 'parses the ?lang= query, picks no words',
  'shared/core/src/record/csv.ts':
    'the spreadsheet convention per language (separator, decimal mark), no words',
}

const TERNARY = /\b(lang|language)\w*\s*===\s*'(nl|en)'\s*\?/
const TABLE = /\bnl:\s*['"`][^'"`\n]*[A-Za-z]{2}|Record<string,\s*Record<Language|Record<Language,\s*Record</

async function sources(): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = []
  for (const pkg of PACKAGES) {
    for (const e of await readdir(join(root, pkg), { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !/\.tsx?$/.test(e.name) || e.name.endsWith('.d.ts')) continue
      const path = join(e.parentPath, e.name)
      out.push({ file: relative(root, path), text: await readFile(path, 'utf8') })
    }
  }
  return out
}

describe('one i18n mechanism', () => {
  it('no package picks words with a language ternary or keeps its own per-language string table', async () => {
    const files = await sources()
    assert.ok(files.length > 100, `read ${files.length} files`)
    const offenders = files
      .filter((f) => !(f.file in CONTENT))
      .flatMap((f) =>
        f.text
          .split('\n')
          .map((line, i) => ({ line, at: `${f.file}:${i + 1}` }))
          .filter(({ line }) => TERNARY.test(line) || TABLE.test(line))
          .map(({ line, at }) => `${at}: ${line.trim()}`),
      )
    assert.deepEqual(offenders, [])
  })

  it('the check finds what it looks for', () => {
    assert.ok(TERNARY.test("const w = lang === 'nl' ? 'Hallo' : 'Hello'"))
    assert.ok(TABLE.test("  setHand: { nl: 'Hand opsteken', en: 'Raise hand' },"))
    assert.ok(TABLE.test('const A: Record<string, Record<Language, string>> = {}'))
    assert.ok(!TABLE.test("{ nl: '', en: '' }"), 'an empty bilingual content field is no string table')
  })
})
