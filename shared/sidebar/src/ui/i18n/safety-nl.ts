import type { Message } from '@mediation/core/i18n'
import type { SafetyKey } from './safety-en'

/** The mediator's safety-screening panel (SAFETY-6), Dutch: every key of the English one (a compile error otherwise). */
export const safetyNl: Record<SafetyKey, Message> = {
  'safety.heading': 'Veiligheidsscreening',
  'safety.concern': 'Zorg gemeld in de intake:',
  'safety.none': 'Geen zorgen gemeld.',
  'safety.yes': 'ja',
  'safety.no': 'nee',
  'safety.held': 'Het gezamenlijke gesprek wacht op uw bevestiging.',
  'safety.confirm': 'Ik heb de veiligheidsscreening beoordeeld',
  'safety.assessed': 'Beoordeeld om {time}.',
  'safety.exit': '{name} drukte om {time} op ‘Nu stoppen’.',
  'safety.exitWord':
    '{name} typte om {time} het codewoord. De zijbalk is gesloten en heeft het gesprek verbroken waar het platform dat toelaat; beëindig het gesprek met deze persoon.',
  'safety.options': 'Veilige mogelijkheden en hulpnummers',
  'safety.links': 'Eigen links: iedereen neemt deel met een persoonlijke link.',
  'safety.staggered':
    'Gespreid beginnen: de link van ieder opent zoveel minuten nadat u de bijeenkomst start; eerder weigert de server hem (Jitsi; bij Zoom laat u zelf toe). Laat aan het eind wie het eerst kwam het eerst vertrekken.',
  'safety.staggerMinutes': 'minuten na de start',
  'safety.staggerSave': 'Begintijden opslaan',
  'safety.staggerSaved': 'Opgeslagen.',
  'safety.shuttle': 'Pendelmediation: alleen aparte ruimtes, geen gezamenlijk gesprek.',
  'safety.shuttleOn': 'Pendelmediation aan',
  'safety.shuttleOff': 'Pendelmediation uit',
  'safety.codeWordHow':
    'Codewoord of ‘Nu stoppen’: beëindig het gesprek met die persoon meteen, zonder te vragen waarom. De software luistert niet mee; een codewoord getypt in een veld van de eigen zijbalk beëindigt het gesprek vanzelf.',
  'safety.codeWord': 'Codewoord van {name}: ‘{word}’.',
  'safety.referral': 'Veilig Thuis 0800-2000 (gratis, dag en nacht) · acuut gevaar 112.',
  'safety.honest': 'De software belt en waarschuwt niemand.',
}
