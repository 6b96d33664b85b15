/**
 * The ending panel's words (PHASE-5/7/9), in the lazily loaded chunk with the panel: a phone opening the sidebar
 * does not download them (the sidebar dictionary counts against its opening budget).
 */
import type { Dictionary } from '@mediation/core/i18n'

export const en = {
  open: 'End the session…',
  outcome: 'Outcome',
  choose: 'Choose the outcome',
  'outcome.full-agreement': 'Full agreement',
  'outcome.partial-agreement': 'Partial agreement',
  'outcome.no-agreement': 'No agreement',
  'outcome.referral': 'Referral (to other help or proceedings)',
  'outcome.ended-by-party': 'Ended early by a party',
  'outcome.ended-by-mediator': 'Ended early by the mediator',
  'outcome.not-suitable': 'Not suitable / not started',
  note: 'Short note (optional)',
  noteHint:
    'Everyone in the session reads this note and it is printed on the ending statement: write nothing confidential.',
  confirm: 'End the session',
  cancel: 'Cancel',
  busy: 'Working…',
  ended: 'This session ended on {date}.',
  aftercare: 'Aftercare: this session was reopened after it ended on {date}.',
  endedOutcome: 'Outcome: {outcome}.',
  download: 'Ending statement (PDF)',
  reopen: 'Reopen for aftercare',
  endedShort: 'This session has ended.',
  aftercareShort: 'This session is in aftercare.',
} satisfies Dictionary<string>

export type EndingKey = keyof typeof en

/** The Dutch table (exported for the glossary test). */
export const nl: Dictionary<EndingKey> = {
  open: 'Sessie beëindigen…',
  outcome: 'Uitkomst',
  choose: 'Kies de uitkomst',
  'outcome.full-agreement': 'Volledige overeenstemming',
  'outcome.partial-agreement': 'Gedeeltelijke overeenstemming',
  'outcome.no-agreement': 'Geen overeenstemming',
  'outcome.referral': 'Verwijzing (naar andere hulp of een procedure)',
  'outcome.ended-by-party': 'Voortijdig beëindigd door een partij',
  'outcome.ended-by-mediator': 'Voortijdig beëindigd door de mediator',
  'outcome.not-suitable': 'Niet geschikt / niet gestart',
  note: 'Korte toelichting (optioneel)',
  noteHint:
    'Iedereen in de sessie leest deze toelichting en zij staat op de verklaring van beëindiging: schrijf niets vertrouwelijks.',
  confirm: 'Sessie beëindigen',
  cancel: 'Annuleren',
  busy: 'Bezig…',
  ended: 'Deze sessie is beëindigd op {date}.',
  aftercare: 'Nazorg: deze sessie is heropend na de beëindiging op {date}.',
  endedOutcome: 'Uitkomst: {outcome}.',
  download: 'Verklaring van beëindiging (pdf)',
  reopen: 'Heropenen voor nazorg',
  endedShort: 'Deze sessie is beëindigd.',
  aftercareShort: 'Deze sessie is in nazorg.',
}
