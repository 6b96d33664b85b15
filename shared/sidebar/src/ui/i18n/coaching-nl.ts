/** Dutch words of a coaching session over the mediation ones (see coaching-en.ts). */
import type { CoachingKey } from './coaching-en'

export const coachingNl: Record<CoachingKey, string> = {
  'app.title': 'Coaching',
  'role.mediator': 'Coach',
  'role.party': 'Cliënt',
  'conn.denied4401':
    'Uw toegang is beëindigd of uw link is niet meer geldig. Vraag de coach om een nieuwe uitnodigingslink.',
  'conn.denied4413': 'Dit document heeft zijn maximale omvang bereikt. Vraag de coach het op te schonen.',
  'phase.joint': 'Gesprek',
  'rules.askAgainConfirm':
    'De tekst blijft gelijk, maar de cliënt moet opnieuw akkoord gaan, nu als versie {version}.',
  'talk.heading': 'Spreektijd: coach en cliënt',
  'notes.side': 'Coach en cliënt',
  'notes.joint': 'Iedereen in de sessie',
  'join.step3': '3. Onderteken de coachingsovereenkomst',
  'join.invalid': 'Deze uitnodigingslink is niet (meer) geldig. Vraag de coach om een nieuwe.',
  'error.rule.ACCESS-2': 'Alleen de coach mag dat doen.',
  'error.rule.PHASE-3': 'Het gesprek begint als de cliënt akkoord ging met de spelregels.',
  'error.rule.RULES-5': 'Alleen de cliënt aanvaardt de spelregels.',
  'error.rule.TURN-2': 'Het woord kan alleen naar de cliënt.',
  'error.rule.TURN-5': 'Alleen de cliënt steekt de hand op; een hand laat de cliënt of de coach zakken.',
  'error.rule.MEDIATOR-ONLY': 'Alleen de coach mag dat doen.',
  'error.rule.AUTH-EXPIRED': 'Deze uitnodigingslink is verlopen. Vraag uw coach om een nieuwe link.',
}
