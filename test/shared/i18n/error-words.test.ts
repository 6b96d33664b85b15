/**
 * No server English on pages (issue 16, item 7): every error code the server may answer has a sentence in both
 * languages, and no page's string table fills a sentence with the server's own text (`{error}`).
 */
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { RULE_IDS } from '@mediation/core/domain'
import { plainError } from '@mediation/pages/src/console/plain-error'
import { consoleText } from '@mediation/pages/src/console/strings'
import { describeError as practiceError } from '@mediation/pages/src/practice/errors'
import { ERROR_CODES } from '@mediation/protocol'
import { ApiRequestError } from '@mediation/sidebar/client'
import { describeError, loadDictionary, loadTranslator } from '@mediation/sidebar/ui'
import { SIDEBAR_CODES } from '@mediation/sidebar/ui/i18n/error-keys'
import { enErrorWords, nlErrorWords, refusalSentence } from '@mediation/sidebar/ui/i18n/error-words'

const root = new URL('../../../', import.meta.url).pathname
const PAGES = ['shared/sidebar/src', 'shared/pages/src', 'plugin-jitsi/src', 'plugin-zoom/src']

describe('server error codes in the readers’ words', () => {
  it('ERR-2 every code of ERROR_CODES and every rule id is worded in Dutch and English on the pages; the sidebar words those it can meet', async () => {
    assert.ok(ERROR_CODES.length > 40, `${ERROR_CODES.length} codes`)
    const english = 'the english sentence of the server'
    const words = { nl: nlErrorWords as Record<string, unknown>, en: enErrorWords as Record<string, unknown> }
    for (const lang of ['nl', 'en'] as const) {
      const t = await loadTranslator(lang)
      const dict = (await loadDictionary(lang)) as Record<string, unknown>
      const console = consoleText(lang)
      for (const code of [...ERROR_CODES, ...RULE_IDS]) {
        const key = `error.rule.${code}`
        const said = words[lang][key]
        assert.ok(typeof said === 'string' && said.trim(), `pages ${lang} ${code}`)
        assert.equal(refusalSentence(400, code, lang), said, `pages ${lang} ${code}`)
        assert.equal(console(key as Parameters<typeof console>[0]), said, `console ${lang} ${code}`)
        // The sidebar's own dictionary (a phone downloads it on opening) holds the codes the sidebar can meet.
        const sidebar = describeError(new ApiRequestError(400, { error: english, code }), t)
        const meets =
          (SIDEBAR_CODES as readonly string[]).includes(code) ||
          (RULE_IDS as readonly string[]).includes(code)
        assert.equal(sidebar, meets ? said : dict['error.rule.BAD-INPUT'], `sidebar ${lang} ${code}`)
        if (meets) assert.equal(dict[key], said, `sidebar ${lang} ${code}: the same sentence`)
      }
    }
    for (const code of ERROR_CODES)
      assert.notEqual(
        nlErrorWords[`error.rule.${code}`],
        enErrorWords[`error.rule.${code}`],
        `${code} translated`,
      )
  })

  it('ERR-3 the console words an unknown code by its status and each refused field by label and issue, never in English', () => {
    const nl = consoleText('nl')
    const english = 'something the server said in English'
    const shown = (status: number, code?: string) =>
      plainError(new ApiRequestError(status, { error: english, ...(code ? { code } : {}) }), nl).message
    assert.equal(shown(409, 'NEW-CODE-1'), nl('errConflict'))
    assert.equal(shown(404), nl('error.rule.NOT-FOUND'))
    assert.equal(shown(502), nl('errServer', { status: 502 }))
    assert.equal(
      shown(403, 'NOTE-FORBIDDEN'),
      'Alleen de schrijver of de mediator mag deze notitie wijzigen.',
    )
    const bad = new ApiRequestError(400, {
      error: english,
      code: 'BAD-INPUT',
      details: [
        {
          path: 'name',
          message: 'Too small: expected string',
          issue: 'too_small',
          origin: 'string',
          minimum: 1,
        },
        {
          path: 'schedule.1.durationMin',
          message: 'at least 5 minutes',
          issue: 'too_small',
          origin: 'number',
          minimum: 5,
        },
        { path: 'title', message: 'Too big', issue: 'too_big', origin: 'string', maximum: 200 },
        { path: 'mystery', message: 'Invalid input', issue: 'invalid_value' },
      ],
    })
    assert.deepEqual(plainError(bad, nl).details, [
      'Naam van de deelnemer: moet ingevuld zijn',
      'Bijeenkomst 2 — Duur (minuten): is te klein (minstens 5)',
      'Titel: is te lang (hoogstens 200 tekens)',
      'Een veld: is geen van de mogelijke keuzes',
    ])
    for (const lang of ['nl', 'en'] as const) {
      const err = new ApiRequestError(418, { error: english })
      assert.ok(!plainError(err, consoleText(lang)).message.includes(english), lang)
      assert.ok(!practiceError(err, lang).text.includes(english), lang)
      assert.ok(!practiceError(new Error(english), lang).text.includes(english), lang)
    }
  })

  it('ERR-2 no page string table fills in the server’s English text ({error})', async () => {
    const offenders: string[] = []
    let tables = 0
    for (const pkg of PAGES) {
      for (const e of await readdir(join(root, pkg), { withFileTypes: true, recursive: true })) {
        if (!e.isFile() || !/\.tsx?$/.test(e.name)) continue
        const path = join(e.parentPath, e.name)
        const text = await readFile(path, 'utf8')
        if (/strings|i18n|-rules|-codes/.test(relative(root, path))) tables++
        text.split('\n').forEach((line, i) => {
          if (/['"`][^'"`]*\{error\}/.test(line))
            offenders.push(`${relative(root, path)}:${i + 1}: ${line.trim()}`)
        })
      }
    }
    assert.ok(tables >= 8, `walked ${tables} string tables`)
    assert.deepEqual(offenders, [])
  })
})
