import assert from 'node:assert/strict'
import {
  AGREEMENT_CLAUSE_IDS,
  AGREEMENT_CLAUSES,
  type AgreementFill,
  defaultAgreementText,
  emptyProfile,
  renderAgreement,
  renderClause,
} from '@mediation/core/prep'

/**
 * What each clause must say, in both languages: the words a Dutch MfN mediator looks for. A clause added without
 * an entry here, or an entry without its clause, fails the first test.
 */
const MUST_SAY: Record<string, { nl: RegExp[]; en: RegExp[] }> = {
  parties: {
    nl: [/Partijen: /, /MfN-registermediator, registernummer/, /Onderwerp/],
    en: [/Parties: /, /register number/, /Matter/],
  },
  'mfn-rules': {
    nl: [/MfN-Mediationreglement/, /MfN-Gedragsregels/, /van toepassing/, /hebben ontvangen/],
    en: [/MfN Mediation Rules/, /MfN Code of Conduct/, /apply to this mediation/, /received both documents/],
  },
  independence: { nl: [/onafhankelijk en onpartijdig/], en: [/independent and impartial/] },
  voluntary: {
    nl: [/vrijwillig/, /op elk moment beëindigen/],
    en: [/voluntary/, /end the mediation at any time/],
  },
  confidentiality: {
    nl: [/vertrouwelijk/, /intake/, /ieder ander die bij de mediation aanwezig is/, /blijft gelden nadat/],
    en: [/confidential/, /intake/, /everyone else present/, /continues after the mediation has ended/],
  },
  caucus: { nl: [/apart overleg/, /toestemming/], en: [/caucus/, /explicitly allows/] },
  'third-parties': {
    nl: [/Adviseurs en anderen/, /geheimhoudingsverklaring/],
    en: [/Advisers and others/, /confidentiality statement/],
  },
  'no-witness': {
    nl: [/niet als getuige/, /niet als bewijs/, /bewijsovereenkomst/],
    en: [/not call the mediator as a witness/, /as evidence/, /bewijsovereenkomst/],
  },
  exceptions: { nl: [/de wet/, /veiligheid van een persoon/], en: [/the law obliges/, /safety/] },
  inform: { nl: [/informatieplicht/, /naar waarheid/], en: [/duty to inform/, /truthfully/] },
  advisers: { nl: [/eigen adviseur/, /advocaat/], en: [/adviser of its own/, /lawyer/] },
  settlement: { nl: [/vaststellingsovereenkomst/], en: [/settlement agreement/] },
  costs: {
    nl: [/tarief/, /per uur/, /Afzeggen of verplaatsen/],
    en: [/rate/, /per hour/, /Cancelling or moving/],
  },
  'legal-aid': {
    nl: [/toevoeging/, /Raad voor Rechtsbijstand/, /eigen bijdrage/],
    en: [
      /legal aid certificate \(toevoeging\)/,
      /Legal Aid Board/,
      /personal contribution \(eigen bijdrage\)/,
    ],
  },
  ending: { nl: [/schriftelijk en gedateerd/], en: [/in writing, with its date/] },
  complaints: {
    nl: [/MfN-Klachtenregeling/, /tuchtrecht/, /binnen twaalf maanden na het einde/],
    en: [/MfN Complaints Procedure/, /disciplinary/, /within twelve months after the mediation has ended/],
  },
  privacy: {
    nl: [/AVG/, /bewaard en daarna vernietigd/, /inzage/, /Autoriteit Persoonsgegevens/],
    en: [/GDPR/, /kept for .* and then destroyed/, /right to see and correct/, /Data Protection Authority/],
  },
  'online-platform': {
    nl: [/via /, /Voorwaarden van het platform/, /volledig veilig/],
    en: [/through /, /Terms of the platform/, /completely secure/],
  },
  'online-identity': {
    nl: [/identiteitsbewijs/, /burgerservicenummer \(BSN\) afgedekt/],
    en: [/identity document/, /\(BSN\) covered/],
  },
  'online-recording': {
    nl: [/Niemand maakt opnamen/, /tweede apparaat/, /AI-notulisten/, /transcriptie/],
    en: [/Nobody records/, /second device/, /AI note-takers/, /transcription/],
  },
  'online-room': {
    nl: [/rustige, afgesloten ruimte/, /zegt de deelnemer dat/],
    en: [/quiet, closed room/, /says so/],
  },
  'online-dropout': {
    nl: [/verbinding/, /uitnodigingslink/, /belt de mediator/, /onderbreken/],
    en: [/connection drops/, /invitation link/, /phones the mobile number/, /pause a meeting/],
  },
  signing: { nl: [/Opgemaakt op/], en: [/Drawn up on/] },
}

const FILL: AgreementFill = {
  parties: ['Peter Bakker', 'Sanne de Vries'],
  profile: {
    ...emptyProfile('Mira Mediator'),
    practiceName: 'Praktijk Mira',
    registerNumber: '104729',
    hourlyRate: 150,
  },
  matter: 'Omgangsregeling',
  date: Date.UTC(2026, 10, 27, 10),
  platforms: [{ kind: 'jitsi', service: 'self-hosted', domain: 'meet.example.org' }],
}

describe('prep: the agreement to mediate (mediationovereenkomst)', () => {
  it('PREP-ATM-1 every clause is present in the Dutch and the English text, saying what it must', () => {
    assert.deepEqual(
      [...AGREEMENT_CLAUSE_IDS].sort(),
      Object.keys(MUST_SAY).sort(),
      'each clause has its words',
    )
    assert.equal(new Set(AGREEMENT_CLAUSE_IDS).size, AGREEMENT_CLAUSE_IDS.length, 'clause ids are unique')
    for (const lang of ['nl', 'en'] as const) {
      const text = renderAgreement(lang, FILL)
      for (const clause of AGREEMENT_CLAUSES) {
        const own = renderClause(clause, lang, FILL)
        assert.ok(text.includes(own), `${lang}: clause ${clause.id} is in the text`)
        for (const words of MUST_SAY[clause.id]![lang])
          assert.match(own, words, `${lang}: clause ${clause.id} says ${words}`)
      }
      assert.doesNotMatch(text, /\{\w+\}/, `${lang}: every placeholder is filled`)
    }
  })

  it('PREP-ATM-1 the filled text names the parties, the mediator, the register number, the matter and the date', () => {
    const nl = renderAgreement('nl', FILL)
    const en = renderAgreement('en', FILL)
    for (const part of [
      'Partijen: Peter Bakker en Sanne de Vries.',
      'Mediator: Mira Mediator, MfN-registermediator, registernummer 104729, Praktijk Mira.',
      'Onderwerp van de mediation: Omgangsregeling.',
      'Opgemaakt op 27 november 2026.',
      'via Jitsi Meet op meet.example.org.',
    ])
      assert.ok(nl.includes(part), part)
    for (const part of [
      'Parties: Peter Bakker and Sanne de Vries.',
      'Mediator: Mira Mediator, MfN registered mediator, register number 104729, Praktijk Mira.',
      'Matter of the mediation: Omgangsregeling.',
      'Drawn up on 27 November 2026.',
      'through Jitsi Meet at meet.example.org.',
    ])
      assert.ok(en.includes(part), part)
    assert.match(nl, /€\s150,00 per uur, exclusief btw/)
    assert.match(en, /€150\.00 per hour, excluding VAT/)
  })

  it('PREP-ATM-1 never "neutraal", and no promise that only the mediator and the parties can reach it', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const text of [renderAgreement(lang, FILL), defaultAgreementText(lang)]) {
        assert.doesNotMatch(text, /neutra/i)
        assert.doesNotMatch(text, /toegankelijk|alleen voor de mediator en de partijen|beveiligde omgeving/i)
        assert.doesNotMatch(text, /only the mediator and the parties can|protected environment/i)
      }
    }
  })

  it('PREP-ATM-1 a value not entered yet shows what is missing, in the reader’s language', () => {
    const nl = defaultAgreementText('nl')
    const en = defaultAgreementText('en')
    for (const gap of [
      '[namen van de partijen]',
      '[naam van de mediator]',
      '[MfN-registernummer]',
      '[onderwerp]',
      '[uurtarief]',
    ])
      assert.ok(nl.includes(gap), gap)
    for (const gap of [
      "[the parties' names]",
      "[the mediator's name]",
      '[MfN register number]',
      '[matter]',
      '[hourly rate]',
    ])
      assert.ok(en.includes(gap), gap)
    assert.ok(
      nl.includes('het videoplatform dat de mediator vooraf schriftelijk opgeeft'),
      'no platform configured',
    )
  })

  it('names every configured platform, and the practice’s own terms per language', () => {
    const fill: AgreementFill = {
      ...FILL,
      platforms: [{ kind: 'zoom' }, { kind: 'jitsi', service: 'jaas', domain: '8x8.vc' }],
      profile: {
        ...FILL.profile,
        retentionYears: 1,
        platformTerms: { nl: 'Zoom verwerkt gegevens in de EU', en: 'Zoom processes data in the EU.' },
        cancellationTerms: { nl: 'Afzeggen kan kosteloos tot 48 uur vooraf.', en: '' },
      },
    }
    const nl = renderAgreement('nl', fill)
    const en = renderAgreement('en', fill)
    assert.ok(nl.includes('via Zoom (Zoom Video Communications, Inc.) of Jitsi Meet via 8x8 (JaaS, 8x8.vc).'))
    assert.ok(
      nl.includes('Voorwaarden van het platform: Zoom verwerkt gegevens in de EU.'),
      'a full stop is added',
    )
    assert.ok(
      nl.includes('Afzeggen of verplaatsen van een gesprek: Afzeggen kan kosteloos tot 48 uur vooraf.'),
    )
    assert.ok(
      en.includes('Cancelling or moving a meeting: under the cancellation terms the mediator gives'),
      'no English terms entered',
    )
    assert.ok(en.includes('kept for 1 year after'), 'one year, singular')
    assert.ok(nl.includes('wordt 1 jaar na het einde'))
  })
})
