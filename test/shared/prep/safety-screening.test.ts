import assert from 'node:assert/strict'
import {
  codeWordOf,
  containsCodeWord,
  defaultIntakeQuestions,
  isWorrying,
  mergeSafetyAnswers,
  ownIntake,
  SAFETY_QUESTION_IDS,
  safetyFlags,
  safetyHeld,
  safetyScreeningQuestions,
  validateQuestions,
  withoutSafetyAnswers,
} from '@mediation/core/prep'

const qs = defaultIntakeQuestions()
const q = (id: string) => qs.find((x) => x.id === id)!
const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 9, minute)).toISOString()

describe('prep: safety screening', () => {
  it('SAFETY-1 the default intake carries the screening block, every question marked, optional and in both languages', () => {
    const block = safetyScreeningQuestions()
    assert.deepEqual(
      block.map((x) => x.id),
      [...SAFETY_QUESTION_IDS],
    )
    for (const x of block) {
      assert.ok(
        qs.some((d) => d.id === x.id),
        `${x.id} in the defaults`,
      )
      assert.equal(x.safety, true, x.id)
      assert.equal(x.required, false, x.id)
      assert.ok(x.label.nl && x.label.en && x.label.nl !== x.label.en, x.id)
    }
    // The suitability questions are not screening questions.
    assert.equal(q('privateRoom').safety, undefined)
    assert.deepEqual(validateQuestions(qs), [])
  })

  it('SAFETY-4 what is worrying: yes (no to speaking freely), any open text but no, never a code word', () => {
    assert.equal(isWorrying(q('safetyFear'), 'yes'), true)
    assert.equal(isWorrying(q('safetyFear'), 'no'), false)
    assert.equal(isWorrying(q('safetySpeakFreely'), 'no'), true)
    assert.equal(isWorrying(q('safetySpeakFreely'), 'yes'), false)
    assert.equal(isWorrying(q('safety'), 'He checks my phone'), true)
    assert.equal(isWorrying(q('safety'), ' nee '), false)
    assert.equal(isWorrying(q('safety'), ''), false)
    assert.equal(isWorrying(q('safetyCodeWord'), 'kiwi'), false)
    assert.equal(isWorrying(q('privateRoom'), 'no'), false)
    const intake = {
      a: { participantId: 'a', answers: { safetyFear: 'yes', safetyCodeWord: 'kiwi' }, submittedAt: at(0) },
      b: { participantId: 'b', answers: { safetyFear: 'no', safetySpeakFreely: 'yes' }, submittedAt: at(1) },
    }
    assert.deepEqual(
      safetyFlags(qs, intake).map((f) => [f.participantId, f.questionId]),
      [['a', 'safetyFear']],
    )
    assert.equal(safetyHeld(qs, intake, null), true)
    assert.equal(safetyHeld(qs, intake, { assessed: { at: at(5), by: 'm' }, exits: [] }), false)
    // A worrying answer given after the assessment holds again.
    const later = { ...intake, b: { ...intake.b, answers: { safetyViolence: 'yes' }, submittedAt: at(6) } }
    assert.equal(safetyHeld(qs, later, { assessed: { at: at(5), by: 'm' }, exits: [] }), true)
    assert.equal(safetyHeld(qs, { b: intake.b }, null), false)
  })

  it('SAFETY-2 the author reads back no screening answer; a resubmission without them keeps them', () => {
    const stored = { privateRoom: 'yes', safetyFear: 'yes', safetyCodeWord: 'kiwi' }
    assert.deepEqual(withoutSafetyAnswers(qs, stored), { privateRoom: 'yes' })
    const own = ownIntake(qs, { participantId: 'a', answers: stored, submittedAt: at(0) })
    assert.deepEqual(own.answers, { privateRoom: 'yes' })
    assert.deepEqual(own.safetyAnswered, ['safetyFear', 'safetyCodeWord'])
    assert.deepEqual(mergeSafetyAnswers(qs, stored, { privateRoom: 'no', safetyFear: 'no' }), {
      privateRoom: 'no',
      safetyFear: 'no',
      safetyCodeWord: 'kiwi',
    })
  })

  it('SAFETY-8 the code word is a participant’s own answer, compared as whole words in any case, without accents or punctuation', () => {
    assert.equal(codeWordOf(qs, { safetyCodeWord: '  Blauwe   Vógel ' }), 'blauwe vogel')
    assert.equal(codeWordOf(qs, { safetyCodeWord: 'x' }), null, 'one character never ends a call')
    assert.equal(codeWordOf(qs, { safety: 'kiwi' }), null, 'only the code-word question counts')
    assert.equal(codeWordOf(qs, undefined), null)
    const word = 'blauwe vogel'
    assert.equal(containsCodeWord('Ik zag een BLAUWE vogel!', word), true)
    assert.equal(containsCodeWord('blauwe-vogel', word), true)
    assert.equal(containsCodeWord('een blauwe vogeltje', word), false, 'part of a word')
    assert.equal(containsCodeWord('blauwe\nvogel', word), true, 'across a line break')
    assert.equal(containsCodeWord('vogel blauwe', word), false)
  })
})
