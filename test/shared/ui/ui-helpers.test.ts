import assert from 'node:assert/strict'
import { DomainError, RULE_IDS } from '@mediation/core/domain'
import { ApiRequestError } from '@mediation/sidebar/client'
import {
  describeError,
  formatDuration,
  loadDictionary,
  loadTranslator,
  pickLanguage,
  spliceText,
} from '@mediation/sidebar/ui'
import * as Y from 'yjs'

describe('sidebar i18n', () => {
  it('has every key in both languages, none empty, with the same placeholders', async () => {
    const [en, nl] = await Promise.all([loadDictionary('en'), loadDictionary('nl')])
    assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort())
    // A plural message is checked form by form; both languages must use the same shape.
    const forms = (m: string | { one: string; other: string }) =>
      typeof m === 'string' ? [m] : [m.one, m.other]
    for (const [key, message] of Object.entries(en)) {
      const [texts, others] = [forms(message), forms(nl[key as keyof typeof nl])]
      assert.equal(others.length, texts.length, `plural forms of ${key}`)
      texts.forEach((text, i) => {
        const other = others[i] ?? ''
        assert.ok(text.trim() && other.trim(), key)
        const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
        assert.deepEqual(vars(other), vars(text), `placeholders of ${key}`)
      })
    }
  })

  it('counts take their plural form from Intl.PluralRules; no table writes "x/xen" or "(s)" for a count', async () => {
    const [nl, en] = await Promise.all([loadTranslator('nl'), loadTranslator('en')])
    assert.equal(nl('agreement.voided', { n: 1 }), '1 handtekening vervallen door een latere wijziging')
    assert.equal(nl('agreement.voided', { n: 4 }), '4 handtekeningen vervallen door een latere wijziging')
    assert.equal(en('agreement.voided', { n: 1 }), '1 signature void after a later change')
    assert.equal(en('agreement.voided', { n: 4 }), '4 signatures void after a later change')
    for (const lang of ['nl', 'en'] as const) {
      const dict = await loadDictionary(lang)
      for (const [key, message] of Object.entries(dict)) {
        const texts = typeof message === 'string' ? [message] : [message.one, message.other]
        for (const text of texts)
          assert.doesNotMatch(text, /\w\((s|en)\)|\b(\w{4})\w*\/\2\w*/, `${lang} ${key}`)
      }
    }
  })

  it('fills placeholders as plain text and follows the browser or meeting language', async () => {
    const t = await loadTranslator('nl')
    assert.equal(t('turns.myPlace', { n: 2 }), 'U bent nummer 2 in de wachtrij.')
    const tEn = await loadTranslator('en')
    assert.equal(tEn('turns.grant', { name: '<b>x</b>' }), 'Give the floor to <b>x</b>')
    assert.equal(pickLanguage(['nl-BE', 'en']), 'nl')
    assert.equal(pickLanguage(['fr-FR', 'en-US']), 'en')
    assert.equal(pickLanguage([undefined, 'de']), 'en')
    assert.equal(formatDuration(90_500), '1:31')
    assert.equal(formatDuration(3_725_000), '1:02:05')
  })

  it('turns domain rules and HTTP errors into one sentence in the user language', async () => {
    const t = await loadTranslator('nl')
    const nl = await loadDictionary('nl')
    assert.match(describeError(new DomainError('PHASE-3', 'x'), t), /spelregels/)
    const http = new ApiRequestError(409, { error: 'stale', code: 'RULES-3' })
    assert.equal(describeError(http, t), nl['error.rule.RULES-3'])
    assert.equal(describeError(new ApiRequestError(403, { error: 'no' }), t), nl['error.rule.FORBIDDEN'])
    const note = new ApiRequestError(403, { error: 'only the author may', code: 'NOTE-FORBIDDEN' })
    assert.equal(describeError(note, t), nl['error.rule.NOTE-FORBIDDEN'])
    assert.equal(describeError(new ApiRequestError(502, { error: 'Bad Gateway' }), t), nl['error.generic'])
    assert.equal(describeError(new TypeError('Failed to fetch'), t), nl['error.network'])
    assert.equal(describeError(new Error('odd'), t), nl['error.generic'], 'no English reaches the reader')
  })

  it('words every rule a command may refuse with, in both languages, without the domain English', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const t = await loadTranslator(lang)
      const dict = await loadDictionary(lang)
      for (const rule of RULE_IDS) {
        const text = describeError(new DomainError(rule, 'english detail'), t)
        assert.equal(text, dict[`error.rule.${rule}`], `${lang} ${rule}`)
        assert.ok(text.length > 0 && !text.includes('english detail'), `${lang} ${rule}: ${text}`)
      }
    }
  })
})

describe('caucus notes splice', () => {
  it('merges concurrent typing by the mediator and the side character-wise', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    const ta = a.getText('notes')
    const tb = b.getText('notes')
    spliceText(ta, 'split the holidays', 'a')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    spliceText(ta, 'split the summer holidays', 'a')
    spliceText(tb, 'split the holidays evenly', 'b')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    assert.equal(ta.toString(), 'split the summer holidays evenly')
    assert.equal(tb.toString(), ta.toString())
    spliceText(ta, 'the summer', 'a')
    assert.equal(ta.toString(), 'the summer')
  })
})
