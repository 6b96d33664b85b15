/**
 * What fills the agreement to mediate: the parties, the mediator with register number, the matter, the date,
 * the practice's costs and terms, and the video platform this server is configured for. The template's own
 * words for these values go through the translate mechanism (one dictionary per language, a coaching session's
 * words over the mediation ones: the client and the coach fill its coaching agreement).
 */
import type { SessionKind } from '../domain/session/vocabulary'
import type { Language } from '../domain/types'
import { type Dictionary, LOCALES, textIn } from '../i18n/translate'
import { humanDate } from '../record/time-format'
import type { CostSplit, MediatorProfile } from './mediator-profile'

/** A video platform this server is configured for (main.ts derives it from the configuration). */
export type MeetingPlatform =
  | { kind: 'zoom' }
  | { kind: 'jitsi'; service: 'jaas' | 'self-hosted' | 'demo'; domain: string }

export interface AgreementFill {
  parties: string[]
  profile: MediatorProfile
  /** The matter (onderwerp) in the mediator's words. */
  matter: string
  /** When this text was drawn up (ms since the epoch). */
  date: number
  platforms: MeetingPlatform[]
  /** A coaching session fills the coaching agreement (default: mediation). */
  kind?: SessionKind
}

type FillKey =
  | 'title'
  | 'online'
  | `missing.${'parties' | 'mediator' | 'register' | 'matter' | 'practice' | 'rate'}`
  | 'and'
  | 'or'
  | 'perHour'
  | `vat.${'incl' | 'excl'}`
  | 'years'
  | `split.${CostSplit}`
  | 'noCancellation'
  | 'noPlatformTerms'
  | 'platform.none'
  | `platform.${'jaas' | 'self-hosted' | 'demo'}`

const en: Dictionary<FillKey> = {
  title: 'Agreement to mediate',
  online: 'Addendum for online mediation',
  'missing.parties': "[the parties' names]",
  'missing.mediator': "[the mediator's name]",
  'missing.register': '[MfN register number]',
  'missing.matter': '[matter]',
  'missing.practice': "[the practice's name]",
  'missing.rate': '[hourly rate]',
  and: 'and',
  or: 'or',
  perHour: 'per hour',
  'vat.incl': 'including VAT',
  'vat.excl': 'excluding VAT',
  years: { one: '{n} year', other: '{n} years' },
  'split.equal': 'The parties each bear half of the costs.',
  'split.agreed':
    'The parties bear the costs in the proportion they agree in writing before the first meeting.',
  'split.employer': 'The employer bears the costs of the mediation.',
  noCancellation: 'under the cancellation terms the mediator gives in writing beforehand.',
  noPlatformTerms: "the platform provider's terms and privacy statement.",
  'platform.none': 'the video platform the mediator names in writing beforehand',
  'platform.jaas': 'Jitsi Meet through 8x8 (JaaS, 8x8.vc)',
  'platform.self-hosted': 'Jitsi Meet at {domain}',
  'platform.demo': 'Jitsi Meet at {domain} (the public trial service)',
}

/** The Dutch table (exported for the glossary test). */
export const agreementWordsNl: Dictionary<FillKey> = {
  title: 'Mediationovereenkomst',
  online: 'Aanvulling voor online mediation',
  'missing.parties': '[namen van de partijen]',
  'missing.mediator': '[naam van de mediator]',
  'missing.register': '[MfN-registernummer]',
  'missing.matter': '[onderwerp]',
  'missing.practice': '[naam van de praktijk]',
  'missing.rate': '[uurtarief]',
  and: 'en',
  or: 'of',
  perHour: 'per uur',
  'vat.incl': 'inclusief btw',
  'vat.excl': 'exclusief btw',
  years: '{n} jaar',
  'split.equal': 'Partijen dragen de kosten ieder voor de helft.',
  'split.agreed':
    'Partijen dragen de kosten in de verhouding die zij vóór het eerste gesprek schriftelijk met elkaar afspreken.',
  'split.employer': 'De werkgever draagt de kosten van de mediation.',
  noCancellation: 'volgens de annuleringsvoorwaarden die de mediator vooraf schriftelijk geeft.',
  noPlatformTerms: 'de voorwaarden en de privacyverklaring van de aanbieder van het platform.',
  'platform.none': 'het videoplatform dat de mediator vooraf schriftelijk opgeeft',
  'platform.jaas': 'Jitsi Meet via 8x8 (JaaS, 8x8.vc)',
  'platform.self-hosted': 'Jitsi Meet op {domain}',
  'platform.demo': 'Jitsi Meet op {domain} (de openbare proefdienst)',
}

const coachingEn: Partial<Dictionary<FillKey>> = {
  title: 'Coaching agreement',
  online: 'Addendum for online coaching',
  'missing.parties': "[the client's name]",
  'missing.mediator': "[the coach's name]",
  'split.equal': 'The client bears the costs.',
  'split.agreed':
    'The client bears the costs, unless an employer or another sponsor does so as agreed in writing beforehand.',
  'split.employer': "The client's employer bears the costs of the coaching.",
  noCancellation: 'under the cancellation terms the coach gives in writing beforehand.',
  'platform.none': 'the video platform the coach names in writing beforehand',
}

/** The Dutch coaching words (exported for the glossary test). */
export const coachingAgreementWordsNl: Partial<Dictionary<FillKey>> = {
  title: 'Coachingsovereenkomst',
  online: 'Aanvulling voor online coaching',
  'missing.parties': '[naam van de cliënt]',
  'missing.mediator': '[naam van de coach]',
  'split.equal': 'De cliënt draagt de kosten.',
  'split.agreed':
    'De cliënt draagt de kosten, tenzij vooraf schriftelijk is afgesproken dat een werkgever of een andere opdrachtgever dat doet.',
  'split.employer': 'De werkgever van de cliënt draagt de kosten van de coaching.',
  noCancellation: 'volgens de annuleringsvoorwaarden die de coach vooraf schriftelijk geeft.',
  'platform.none': 'het videoplatform dat de coach vooraf schriftelijk opgeeft',
}

const WORDS: Record<SessionKind, Record<Language, Dictionary<FillKey>>> = {
  mediation: { nl: agreementWordsNl, en },
  coaching: { nl: { ...agreementWordsNl, ...coachingAgreementWordsNl }, en: { ...en, ...coachingEn } },
}

/** The template's own words in `lang` (headings, placeholders, the practice's choices) for a session `kind`. */
export const agreementWords = (lang: Language, kind: SessionKind = 'mediation') => textIn(lang, WORDS[kind])

/** "A, B en C" / "A, B and C". */
function list(items: readonly string[], word: string): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`
}

/** A practice's own sentence ends with a full stop, so the clause after it reads on. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`)

/** The placeholder values of the template in `lang` (a missing value shows as "[…]"). */
export function fillValues(fill: AgreementFill, lang: Language): Record<string, string> {
  const t = agreementWords(lang, fill.kind)
  const p = fill.profile
  const names = fill.parties.map((n) => n.trim()).filter(Boolean)
  const euros = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR' })
  const amount = p.hourlyRate > 0 ? euros.format(p.hourlyRate) : t('missing.rate')
  const cancellation = p.cancellationTerms[lang].trim()
  const platformTerms = p.platformTerms[lang].trim()
  const platforms = fill.platforms.map((x) =>
    x.kind === 'zoom' ? 'Zoom (Zoom Video Communications, Inc.)' : t(`platform.${x.service}`, x),
  )
  const parties = names.length ? list(names, t('and')) : t('missing.parties')
  const mediator = p.mediatorName.trim() || t('missing.mediator')
  return {
    parties,
    mediator,
    // The coaching agreement's names for the same two values.
    client: parties,
    coach: mediator,
    register: p.registerNumber.trim() || t('missing.register'),
    practice: p.practiceName.trim() || t('missing.practice'),
    matter: fill.matter.trim() || t('missing.matter'),
    date: humanDate(fill.date, lang),
    rate: `${amount} ${t('perHour')}, ${t(p.rateIncludesVat ? 'vat.incl' : 'vat.excl')}`,
    split: t(`split.${p.costSplit}`),
    cancellation: cancellation ? sentence(cancellation) : t('noCancellation'),
    platform: platforms.length ? list(platforms, t('or')) : t('platform.none'),
    platformTerms: platformTerms ? sentence(platformTerms) : t('noPlatformTerms'),
    retention: t('years', { n: p.retentionYears }),
  }
}
