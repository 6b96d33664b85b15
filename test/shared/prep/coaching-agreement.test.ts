import assert from 'node:assert/strict'
import {
  type AgreementFill,
  COACHING_AGREEMENT_CLAUSE_IDS,
  COACHING_AGREEMENT_CLAUSES,
  defaultAgreementText,
  defaultIntakeQuestions,
  emptyProfile,
  refusalText,
  renderAgreement,
  renderClause,
} from '@mediation/core/prep'
import { pageText } from '@mediation/pages/src/practice/strings'
import { MEDIATION_WORDS } from '../../support/coaching-words'

/** What each clause of the coaching agreement must say, in both languages. */
const MUST_SAY: Record<string, { nl: RegExp[]; en: RegExp[] }> = {
  parties: {
    nl: [/Cliënt: /, /Coach: /, /Onderwerp van de coaching/],
    en: [/Client: /, /Coach: /, /Subject/],
  },
  role: {
    nl: [/begeleidt de cliënt/, /beslist niets/, /geen therapie/, /doorverwijzen/],
    en: [/supports the client/, /decides nothing/, /not therapy/, /refer/],
  },
  voluntary: {
    nl: [/vrijwillig/, /op elk moment beëindigen/],
    en: [/voluntary/, /end the coaching at any time/],
  },
  confidentiality: {
    nl: [/vertrouwelijk/, /intake/, /coachingsplan/, /toestemming/, /blijft gelden nadat/],
    en: [/confidential/, /intake/, /coaching plan/, /consent/, /continues after the coaching has ended/],
  },
  limits: {
    nl: [/de wet/, /veiligheid van de cliënt of een ander/, /intervisie of supervisie/],
    en: [/the law obliges/, /safety of the client or someone else/, /peer review or supervision/],
  },
  sponsor: { nl: [/werkgever/, /schriftelijke toestemming/], en: [/employer/, /written consent/] },
  plan: {
    nl: [/doelen, actiepunten/, /tussen de gesprekken/, /uitnodigingspagina/],
    en: [/goals, action points/, /between sessions/, /invitation page/],
  },
  costs: {
    nl: [/tarief van de coach/, /per uur/, /Afzeggen of verplaatsen/],
    en: [/coach's rate/, /per hour/, /Cancelling or moving/],
  },
  ending: { nl: [/eindigt/, /schriftelijk en gedateerd/], en: [/ends/, /in writing, with its date/] },
  complaints: { nl: [/klachtenregeling/], en: [/complaints procedure/] },
  privacy: {
    nl: [/AVG/, /coachingsplan/, /bewaard en daarna vernietigd/, /inzage/, /Autoriteit Persoonsgegevens/],
    en: [
      /GDPR/,
      /coaching plan/,
      /kept for .* and then destroyed/,
      /see and correct/,
      /Data Protection Authority/,
    ],
  },
  'online-platform': {
    nl: [/via /, /Voorwaarden van het platform/, /volledig veilig/],
    en: [/through /, /Terms of the platform/, /completely secure/],
  },
  'online-recording': {
    nl: [/Niemand maakt opnamen/, /AI-notulisten/],
    en: [/Nobody records/, /AI note-takers/],
  },
  'online-room': { nl: [/rustige ruimte/], en: [/quiet room/] },
  'online-dropout': { nl: [/uitnodigingslink/, /belt de coach/], en: [/invitation link/, /coach phones/] },
  signing: { nl: [/Opgemaakt op/, /verklaart de cliënt/], en: [/Drawn up on/, /the client declares/] },
}

const BLANK_CLIENT = { nl: '[naam van de cliënt]', en: "[the client's name]" } as const

const FILL: AgreementFill = {
  parties: ['Kees Bakker'],
  profile: { ...emptyProfile('Carla de Wit'), practiceName: 'Praktijk Carla', hourlyRate: 120 },
  matter: 'Loopbaan',
  date: Date.UTC(2026, 11, 3, 10),
  platforms: [{ kind: 'jitsi', service: 'self-hosted', domain: 'meet.example.org' }],
  kind: 'coaching',
}

describe('prep: the coaching agreement (coachingovereenkomst)', () => {
  it('COACH-5 every clause is present in the Dutch and the English text, saying what it must', () => {
    assert.deepEqual([...COACHING_AGREEMENT_CLAUSE_IDS].sort(), Object.keys(MUST_SAY).sort())
    assert.equal(new Set(COACHING_AGREEMENT_CLAUSE_IDS).size, COACHING_AGREEMENT_CLAUSE_IDS.length)
    for (const lang of ['nl', 'en'] as const) {
      const text = renderAgreement(lang, FILL)
      for (const clause of COACHING_AGREEMENT_CLAUSES) {
        const own = renderClause(clause, lang, FILL)
        assert.ok(text.includes(own), `${lang}: clause ${clause.id} is in the text`)
        for (const words of MUST_SAY[clause.id]![lang])
          assert.match(own, words, `${lang}: clause ${clause.id} says ${words}`)
      }
      assert.doesNotMatch(text, /\{\w+\}/, `${lang}: every placeholder is filled`)
    }
  })

  it('COACH-5 filled with the client, the coach, the practice and the date, under its own title', () => {
    const nl = renderAgreement('nl', FILL)
    const en = renderAgreement('en', FILL)
    assert.ok(nl.startsWith('Coachingsovereenkomst\n'))
    assert.ok(en.startsWith('Coaching agreement\n'))
    for (const part of [
      'Cliënt: Kees Bakker. Coach: Carla de Wit, Praktijk Carla. Onderwerp van de coaching: Loopbaan.',
      'Opgemaakt op 3 december 2026.',
      'Aanvulling voor online coaching',
      'De cliënt draagt de kosten.',
    ])
      assert.ok(nl.includes(part), part)
    for (const part of [
      'Client: Kees Bakker. Coach: Carla de Wit, Praktijk Carla. Subject of the coaching: Loopbaan.',
      'Drawn up on 3 December 2026.',
      'Addendum for online coaching',
    ])
      assert.ok(en.includes(part), part)
    assert.match(nl, /€\s120,00 per uur/)
    const employer = renderAgreement('nl', { ...FILL, profile: { ...FILL.profile, costSplit: 'employer' } })
    assert.ok(employer.includes('De werkgever van de cliënt draagt de kosten van de coaching.'))
  })

  it('COACH-5 no mediation term in the coaching agreement, its blank template, its intake or its page words', () => {
    for (const lang of ['nl', 'en'] as const) {
      const blank = defaultAgreementText(lang, 0, 'coaching')
      assert.ok(blank.includes(BLANK_CLIENT[lang]))
      for (const split of ['equal', 'agreed', 'employer'] as const) {
        const text = renderAgreement(lang, { ...FILL, profile: { ...FILL.profile, costSplit: split } })
        assert.doesNotMatch(text, MEDIATION_WORDS[lang], `${lang} ${split}`)
      }
      assert.doesNotMatch(blank, MEDIATION_WORDS[lang])
      const questions = defaultIntakeQuestions('coaching')
      assert.ok(questions.some((q) => q.id === 'coachingTopic' && q.required))
      assert.ok(!questions.some((q) => q.safety), 'no screening about another side')
      for (const q of questions)
        for (const text of [q.label, q.purpose, q.notice?.text, ...(q.options ?? []).map((o) => o.label)])
          if (text) assert.doesNotMatch(text[lang], MEDIATION_WORDS[lang], `${lang} ${q.id}`)
      const t = pageText(lang, 'coaching')
      for (const key of ['hello', 'intakeIntro', 'notForRole', 'agreementHeading', 'textHeading'] as const)
        assert.doesNotMatch(t(key), MEDIATION_WORDS[lang], `${lang} ${key}`)
      for (const r of ['hash-outdated', 'credential', 'forbidden'] as const)
        assert.doesNotMatch(refusalText(r, lang, 'coaching'), MEDIATION_WORDS[lang], `${lang} ${r}`)
    }
  })

  it('a mediation keeps its agreement to mediate and its own intake', () => {
    assert.ok(renderAgreement('nl', { ...FILL, kind: 'mediation' }).startsWith('Mediationovereenkomst\n'))
    assert.ok(defaultIntakeQuestions().some((q) => q.id === 'matterField'))
  })
})
