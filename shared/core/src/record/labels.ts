/** Words the session record prints (PDF, CSV, Markdown), in the session's language. */
import type { Language } from '../domain/types'

export interface RecordLabels {
  agreementTitle: string
  draftBanner: string
  session: string
  date: string
  version: string
  parties: string
  advisers: string
  mediator: string
  side: string
  clauses: string
  signatures: string
  countersignature: string
  notSigned: string
  signedAt: string
  hash: string
  verification: string
  verificationHelp: (url: string) => string
  page: (n: number, of: number) => string
  roles: { mediator: string; party: string; adviser: string; secretariat: string }
  timeLog: {
    header: readonly string[]
    interval: string
    dayTotal: string
    total: string
    joint: string
    caucus: string
    allCaucus: string
    mainRoom: string
    all: string
  }
  notes: {
    title: string
    exportedFor: string
    visibility: { mediator: string; joint: string; side: (name: string) => string }
    updated: string
    none: string
  }
}

const en: RecordLabels = {
  agreementTitle: 'Mediation agreement',
  draftBanner: 'DRAFT — subject to contract, not signed by everyone',
  session: 'Session',
  date: 'Date',
  version: 'Version',
  parties: 'Parties',
  advisers: 'Advisers',
  mediator: 'Mediator',
  side: 'Side',
  clauses: 'Agreed terms',
  signatures: 'Signatures',
  countersignature: 'Countersigned by the mediator',
  notSigned: 'not signed',
  signedAt: 'signed',
  hash: 'Version hash (SHA-256)',
  verification: 'Verification code',
  verificationHelp: (url) => `Check that a copy matches what was signed: ${url}`,
  page: (n, of) => `page ${n} of ${of}`,
  roles: { mediator: 'mediator', party: 'party', adviser: 'adviser', secretariat: 'secretariat' },
  timeLog: {
    header: ['record', 'date', 'kind', 'side', 'start', 'end', 'seconds', 'hours'],
    interval: 'interval',
    dayTotal: 'day total',
    total: 'total',
    joint: 'joint',
    caucus: 'caucus',
    allCaucus: 'caucus (all sides)',
    mainRoom: 'main room',
    all: 'all',
  },
  notes: {
    title: 'Session notes',
    exportedFor: 'Exported for',
    visibility: { mediator: 'mediator only', joint: 'everyone', side: (name) => `side ${name} and mediator` },
    updated: 'updated',
    none: 'There are no notes you may read.',
  },
}

const nl: RecordLabels = {
  agreementTitle: 'Vaststellingsovereenkomst',
  draftBanner: 'CONCEPT — onder voorbehoud, nog niet door iedereen ondertekend',
  session: 'Sessie',
  date: 'Datum',
  version: 'Versie',
  parties: 'Partijen',
  advisers: 'Adviseurs',
  mediator: 'Mediator',
  side: 'Zijde',
  clauses: 'Afspraken',
  signatures: 'Handtekeningen',
  countersignature: 'Medeondertekend door de mediator',
  notSigned: 'niet ondertekend',
  signedAt: 'ondertekend',
  hash: 'Versiehash (SHA-256)',
  verification: 'Verificatiecode',
  verificationHelp: (url) => `Controleer of een exemplaar overeenkomt met wat is ondertekend: ${url}`,
  page: (n, of) => `pagina ${n} van ${of}`,
  roles: { mediator: 'mediator', party: 'partij', adviser: 'adviseur', secretariat: 'secretariaat' },
  timeLog: {
    header: ['regel', 'datum', 'soort', 'zijde', 'begin', 'einde', 'seconden', 'uren'],
    interval: 'interval',
    dayTotal: 'dagtotaal',
    total: 'totaal',
    joint: 'gezamenlijk',
    caucus: 'caucus',
    allCaucus: 'caucus (alle zijden)',
    mainRoom: 'hoofdruimte',
    all: 'alles',
  },
  notes: {
    title: 'Sessienotities',
    exportedFor: 'Geëxporteerd voor',
    visibility: {
      mediator: 'alleen mediator',
      joint: 'iedereen',
      side: (name) => `zijde ${name} en mediator`,
    },
    updated: 'bijgewerkt',
    none: 'Er zijn geen notities die u mag lezen.',
  },
}

/** The record's words in `language`. */
export function recordLabels(language: Language): RecordLabels {
  return language === 'nl' ? nl : en
}
