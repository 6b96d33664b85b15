/**
 * The console's words for an open coaching session (issue 19, COACH-1): the coach and the client over the
 * mediation ones, so a coaching session's page shows no party, side, caucus or agreement to mediate.
 */
import type { Message } from '@mediation/core/i18n'
import type { ConsoleKey } from './strings-en'

type Overlay = Partial<Record<ConsoleKey, Message>>

export const coachingEn: Overlay = {
  title: 'Coaching — console',
  roleMediator: 'Coach',
  openIntro: 'Each opens in a new tab, as you (the coach).',
  openAgreement: 'Agreed actions',
  openAgreementHint: 'The agreed actions and their versions; print or download.',
  openReadinessHint: 'Whether the client practised, filled in the intake and signed the coaching agreement.',
  timeIntro:
    'Only time inside a session counts (start, pause and end it in the sidebar). Add preparation, writing up and calls by hand. The client never sees this.',
  timeJoint: 'Coaching sessions',
  timeIsContact: 'Contact with the client (a call is)',
  scheduleIntro:
    'Planned sessions. The client and the secretariat see the times and kinds, and the notes; write nothing confidential here.',
  meetingJoint: 'Coaching session',
  meetingClosing: 'Closing session',
  deleteRetention:
    'A coach keeps the file after the coaching for the retention period the practice keeps to (for the accounts that is seven years; check what applies to your practice). An archived file can be erased only after that period, so archiving is usually the right choice.',
  deleteBody:
    'Deletion erases every document, note and file of this session: ground rules, the coaching plan, the agreed actions and their versions, notes, preparation data and verification codes. The client is disconnected and the link stops working. This cannot be undone.',
  'error.rule.COACH-1': 'That is not part of coaching: no separate rooms, no option board and no signing.',
  'error.rule.MEDIATOR-ONLY': 'Only the coach may do that.',
}

/** The Dutch overlay (exported for the glossary test). */
export const coachingNl: Overlay = {
  title: 'Coaching — console',
  roleMediator: 'Coach',
  openIntro: 'Elk opent in een nieuw tabblad, als u (de coach).',
  openAgreement: 'Afsprakenlijst',
  openAgreementHint: 'De afgesproken acties en hun versies; afdrukken of downloaden.',
  openReadinessHint: 'Of de cliënt geoefend heeft, de intake invulde en de coachingsovereenkomst tekende.',
  timeIntro:
    'Alleen tijd binnen een gesprek telt (starten, pauzeren en beëindigen doet u in de zijbalk). Voorbereiding, verslaglegging en telefoongesprekken voegt u hier toe. De cliënt ziet dit nooit.',
  timeJoint: 'Coachingsgesprekken',
  timeIsContact: 'Contact met de cliënt (een telefoongesprek is dat)',
  scheduleIntro:
    'Geplande gesprekken. De cliënt en het secretariaat zien de tijden, soorten en notities; schrijf hier niets vertrouwelijks.',
  meetingJoint: 'Coachingsgesprek',
  meetingClosing: 'Afsluitend gesprek',
  deleteRetention:
    'Een coach bewaart het dossier na afloop gedurende de bewaartermijn die de praktijk aanhoudt (voor de administratie is dat zeven jaar; controleer wat voor uw praktijk geldt). Een gearchiveerd dossier kan pas na afloop van die termijn worden gewist; archiveren is dus meestal de juiste keuze.',
  deleteBody:
    'Verwijderen wist elk document, elke notitie en elk bestand van deze sessie: spelregels, het coachingsplan, de afsprakenlijst en de versies ervan, notities, voorbereidingsgegevens en verificatiecodes. De cliënt wordt losgekoppeld en de link werkt niet meer. Dit kan niet ongedaan worden gemaakt.',
  'error.rule.COACH-1':
    'Dat hoort niet bij coaching: geen aparte ruimtes, geen optiebord en geen ondertekening.',
  'error.rule.MEDIATOR-ONLY': 'Alleen de coach mag dat doen.',
}
