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
  'error.rule.COACH-1':
    'Dat hoort niet bij coaching: geen aparte ruimtes, geen optiebord en geen ondertekening.',
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
  'plan.between': 'Tussen de gesprekken',
  'plan.betweenIntro':
    'Wat u met uw coach hebt afgesproken: uw doelen, wat u gaat doen en tips voor tussendoor.',
  'plan.session': 'Gesprek {n}',
  'plan.sessionOn': 'Gesprek {n} · {date}',
  'plan.now': 'nu: gesprek {n}',
  'plan.progress': 'Voortgang',
  'plan.score': 'Hoe ver bent u nu met “{text}”? (0 = nog niet begonnen, 10 = bereikt)',
  'plan.scoreSave': 'Opslaan',
  'plan.scoreSaved': 'Opgeslagen: {score} van 10',
  'plan.scores': 'Voortgang per gesprek',
  'plan.noScore': 'nog geen score',
  'plan.overdue': 'over de datum',
  'plan.doneIn': 'gedaan in gesprek {n}',
  'plan.openActions': 'Nog te doen',
  'plan.doneActions': 'Gedaan',
  'plan.next': 'Volgend gesprek beginnen',
  'plan.nextHint':
    'Doelen, tips en openstaande actiepunten gaan mee; ieder gesprek houdt zijn eigen voortgangsscores.',
  'plan.nextDone': 'Gesprek {n} is begonnen.',
  'plan.series': 'Coachingstraject',
}
