/** The practice page's words for a coaching session (COACH-5): the coach and the client over the mediation ones. */
import type { PageKey } from './strings'

type Overlay = Partial<Record<PageKey, string>>

export const coachingEn: Overlay = {
  hello: 'Hello {name} — coaching “{title}”',
  intakeIntro: 'These questions help the coach prepare. Only the coach sees your answers.',
  safetyIntro:
    'Your safety. Answer these alone, where nobody can read along. Only the coach reads your answers; once sent they are not shown here again, not even to you, so nobody else using this device or link can see them.',
  notForRole: 'The intake and the agreement are for the client.',
  agreementHeading: 'Coaching agreement',
  noParticipants: 'No client invited yet.',
  textHeading: 'Coaching agreement: text',
  textOutgrown:
    'The signed text no longer matches the practice details or the client invited. Load the template, check it and save it as a new version: the client then signs again.',
  secretariatNote:
    'As secretariat you see readiness and the schedule only; answers and texts are for the coach.',
  meetingJoint: 'Coaching session',
  meetingClosing: 'Closing session',
}

/** The Dutch overlay (exported for the glossary test). */
export const coachingNl: Overlay = {
  hello: 'Welkom {name} — coaching “{title}”',
  intakeIntro: 'Met deze vragen bereidt de coach zich voor. Alleen de coach ziet uw antwoorden.',
  safetyIntro:
    'Uw veiligheid. Beantwoord deze vragen alleen, waar niemand kan meelezen. Alleen de coach leest uw antwoorden; na het versturen worden ze hier niet meer getoond, ook niet aan u, zodat niemand anders die dit apparaat of deze link gebruikt ze kan zien.',
  notForRole: 'De intake en de overeenkomst zijn voor de cliënt.',
  agreementHeading: 'Coachingsovereenkomst',
  noParticipants: 'Nog geen cliënt uitgenodigd.',
  textHeading: 'Coachingsovereenkomst: tekst',
  textOutgrown:
    'De ondertekende tekst past niet meer bij de praktijkgegevens of de uitgenodigde cliënt. Laad het sjabloon, kijk het na en sla het op als nieuwe versie: de cliënt ondertekent dan opnieuw.',
  secretariatNote:
    'Als secretariaat ziet u alleen de gereedheid en de planning; antwoorden en teksten zijn voor de coach.',
  meetingJoint: 'Coachingsgesprek',
  meetingClosing: 'Afsluitend gesprek',
}
