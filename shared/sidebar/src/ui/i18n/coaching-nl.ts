/** Dutch words of a coaching session over the mediation ones (see coaching-en.ts). */
import type { CoachingPlanKey, coachingEn } from './coaching-en'

export const coachingNl: Record<keyof typeof coachingEn, string> = {
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

/** De eigen woorden van het tabblad Coaching. */
export const coachingPlanNl: Record<CoachingPlanKey, string> = {
  'tab.coaching': 'Coaching',
  'plan.goals': 'Doelen',
  'plan.actions': 'Actiepunten',
  'plan.tips': 'Tips en huiswerk',
  'plan.noGoals': 'Nog geen doelen.',
  'plan.noActions': 'Nog geen actiepunten.',
  'plan.noTips': 'Nog geen tips.',
  'plan.text': 'Tekst',
  'plan.due': 'Uiterlijk op (niet verplicht)',
  'plan.dueOn': 'uiterlijk {date}',
  'plan.add': 'Toevoegen',
  'plan.addGoal': 'Een doel toevoegen',
  'plan.addAction': 'Een actiepunt toevoegen',
  'plan.addTip': 'Een tip toevoegen',
  'plan.remove': '“{text}” verwijderen',
  'plan.done': 'Gedaan: {text}',
  'plan.readOnly': 'Uw coach schrijft dit plan; vink uw actiepunten af als u ze hebt gedaan.',
}
