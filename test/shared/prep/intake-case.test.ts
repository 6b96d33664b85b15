import assert from 'node:assert/strict'
import {
  askedQuestions,
  defaultIntakeQuestions,
  isIntakeComplete,
  isPhoneNumber,
  validateAnswers,
  validateQuestions,
} from '@mediation/core/prep'

const qs = defaultIntakeQuestions()
const byId = (id: string) => qs.find((q) => q.id === id)!

/** A complete answer set for a work case without proceedings. */
const WORK = {
  matterField: 'work',
  matter: 'Een conflict over taken',
  proceedings: 'no',
  referral: 'no',
  forOrganisation: 'no',
  funding: 'self',
  mobile: '+31 6 1234 5678',
  videoComfort: 'new',
  privateRoom: 'yes',
  device: 'laptop',
  helpNeeded: 'no',
  language: 'nl',
}

describe('prep: intake questions that prepare the case', () => {
  it('PREP-INTAKE-1 asks for the matter, proceedings, referral, advisers, authority, funding, mobile number and the family questions, in both languages', () => {
    for (const id of [
      'matterField',
      'matter',
      'proceedings',
      'proceedingsDetails',
      'referral',
      'adviser',
      'forOrganisation',
      'authority',
      'funding',
      'legalAidNumber',
      'insurerFile',
      'mobile',
      'children',
      'livingTogether',
      'parentingPlan',
    ])
      assert.ok(byId(id), id)
    for (const q of qs) assert.ok(q.label.nl && q.label.en && q.label.nl !== q.label.en, q.id)
    const funding = byId('funding').options!.map((o) => o.id)
    assert.deepEqual(funding, ['self', 'legalAid', 'insurer', 'employer', 'unsure'])
    assert.equal(byId('mobile').kind, 'phone')
    assert.deepEqual(validateQuestions(qs), [])
  })

  it('PREP-INTAKE-1 health-related and other sensitive questions say why they are asked and who sees the answer', () => {
    for (const id of ['accessibility', 'safety', 'mobile']) {
      const purpose = byId(id).purpose
      assert.ok(purpose, `${id} has a purpose note`)
      assert.match(purpose.nl, /Waarom we dit vragen/)
      assert.match(purpose.nl, /Alleen de mediator/)
      assert.match(purpose.en, /Why we ask/)
      assert.match(purpose.en, /Only the mediator/)
    }
  })

  it('PREP-INTAKE-2 family questions are asked (and required) only in a family case; living together shows the caucus note', () => {
    const work = askedQuestions(qs, WORK).map((q) => q.id)
    assert.ok(!work.includes('children') && !work.includes('livingTogether'))
    assert.deepEqual(validateAnswers(qs, WORK), [])
    assert.ok(isIntakeComplete(qs, WORK))
    const family = { ...WORK, matterField: 'family' }
    const missing = validateAnswers(qs, family).map((e) => e.path)
    assert.deepEqual(missing, ['answers.children', 'answers.livingTogether', 'answers.parentingPlan'])
    assert.ok(!isIntakeComplete(qs, family))
    const complete = { ...family, children: 'Twee, 6 en 9 jaar', livingTogether: 'yes', parentingPlan: 'yes' }
    assert.deepEqual(validateAnswers(qs, complete), [])
    const note = byId('livingTogether').notice!
    assert.equal(note.answer, 'yes')
    assert.match(note.text.nl, /apart overleg .* niet vertrouwelijk/)
    assert.match(note.text.en, /caucus .* not confidential/)
    // An answer to a question that is not asked (children in a work case) is refused, not kept unseen.
    assert.deepEqual(
      validateAnswers(qs, { ...WORK, children: 'x' }).map((e) => e.path),
      ['answers.children'],
    )
  })

  it('PREP-INTAKE-2 an insurer needs its file number, an organisation the authority to decide', () => {
    assert.deepEqual(
      validateAnswers(qs, { ...WORK, funding: 'insurer' }).map((e) => e.path),
      ['answers.insurerFile'],
    )
    assert.deepEqual(validateAnswers(qs, { ...WORK, funding: 'insurer', insurerFile: 'DAS, 2026-1234' }), [])
    assert.deepEqual(
      validateAnswers(qs, { ...WORK, forOrganisation: 'yes' }).map((e) => e.path),
      ['answers.authority'],
    )
    assert.deepEqual(
      validateAnswers(qs, { ...WORK, funding: 'legalAid' }),
      [],
      'the certificate number may follow',
    )
  })

  it('PREP-INTAKE-3 the mobile number is checked loosely: usual separators, 8 to 15 digits', () => {
    for (const ok of ['06 12345678', '0612345678', '+31 (0)6-1234 5678', '+44 7700 900123', '06.12.34.56.78'])
      assert.ok(isPhoneNumber(ok), ok)
    for (const bad of ['', 'bel mij', '0612', '+31 6 1234 5678 9999 0000', '06-1234567x', 'https://x'])
      assert.ok(!isPhoneNumber(bad), bad)
    assert.deepEqual(
      validateAnswers(qs, { ...WORK, mobile: 'bel mij maar' }).map((e) => e.path),
      ['answers.mobile'],
    )
  })

  it('refuses a condition that names no earlier question', () => {
    const bad = [{ ...byId('children') }, ...qs.filter((q) => q.id !== 'children')]
    assert.ok(validateQuestions(bad).some((e) => e.path === 'questions.0.showIf'))
  })
})
