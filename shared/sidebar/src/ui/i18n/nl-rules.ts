/** Dutch sentences for every rule a command may refuse with (shared/SPEC.md). */
import type { RuleId } from '@mediation/core/domain'

/** A rule without its sentence here is a type error, so no refusal reaches a reader untranslated. */
export const nlRules: Record<`error.rule.${RuleId}`, string> = {
  'error.rule.ACCESS-2': 'Alleen de mediator mag dat doen.',
  'error.rule.ACCESS-3': 'Dit mag u niet wijzigen.',
  'error.rule.ACCESS-4': 'Uw plaats in deze sessie is gewijzigd. Laad de pagina opnieuw.',
  'error.rule.BOARD-1': 'Alleen de mediator zet het bord op brainstormen of beoordelen.',
  'error.rule.BOARD-2':
    'Tijdens de brainstorm worden opties nog niet beoordeeld: beoordelen en akkoord komen later.',
  'error.rule.BOARD-3': 'Die statuswijziging kan niet vanuit de huidige status.',
  'error.rule.BOARD-4':
    'Alleen de mediator wijzigt de status van een optie (uw eigen optie mag u intrekken).',
  'error.rule.BOARD-5': 'Tijdens het brainstormen zijn opties nog van niemand.',
  'error.rule.BOARD-6': 'U kunt alleen voor uw eigen kant spreken.',
  'error.rule.BOARD-7':
    'Niets in een pakket is overeengekomen totdat over alles in het pakket in principe overeenstemming is.',
  'error.rule.BOARD-8': 'U kunt alleen ideeën en knelpunten van uw eigen kant wijzigen.',
  'error.rule.BOARD-9': 'Dat onderdeel bestaat niet meer; misschien heeft iemand het verwijderd.',
  'error.rule.BOARD-10': 'Over deze optie is overeenstemming; de tekst kan niet meer veranderen.',
  'error.rule.BOARD-11': 'Dat kon niet worden opgeslagen; probeer het opnieuw.',
  'error.rule.BOARD-12': 'Een pakket heeft minstens één optie nodig.',
  'error.rule.BOARD-13':
    'Het bord wordt nu beoordeeld: ideeën kunnen niet meer worden toegevoegd of gewijzigd.',
  'error.rule.CAUCUS-1':
    'Apart overleg wordt gepland tijdens het gezamenlijke gesprek: elke ruimte heeft een of meer kanten, en elke kant zit in hoogstens één ruimte.',
  'error.rule.CAUCUS-2': 'Plan eerst het aparte overleg.',
  'error.rule.CAUCUS-3': 'U kunt alleen naar de gezamenlijke ruimte of een ruimte van dit aparte overleg.',
  'error.rule.CAUCUS-6': 'Er loopt geen apart overleg.',
  'error.rule.SAFETY-4': 'Bevestig eerst dat u de veiligheidsscreening hebt beoordeeld.',
  'error.rule.SAFETY-5': 'Pendelmediation staat aan: geen gezamenlijk gesprek.',
  'error.rule.CAUCUS-8': 'Alleen de partij zelf beslist wat de mediator mag doorgeven.',
  'error.rule.CAUCUS-9':
    'Tijdens apart overleg heeft niemand het woord; geef het weer in het gezamenlijke gesprek.',
  'error.rule.CAUCUS-12':
    'De ruimtes veranderen alleen terwijl het aparte overleg loopt: houd ten minste één kant in een ruimte (of beëindig het aparte overleg), elke kant in één ruimte.',
  'error.rule.COACH-1':
    'In een coachingsessie is er geen apart overleg, geen optiebord en geen ondertekening van een vaststellingsovereenkomst.',
  'error.rule.COACH-3':
    'Alleen de coach schrijft doelen, actiepunten en tips (een actiepunt met een geldige datum).',
  'error.rule.COACH-4': 'Alleen een actiepunt kan worden afgevinkt.',
  'error.rule.COACH-6':
    'Alleen de coach begint een volgend gesprek (niet na de beëindiging); een doel krijgt een score van 0 tot 10.',
  'error.rule.CMD-1': 'De server begreep dit verzoek niet. Laad de pagina opnieuw.',
  'error.rule.INPUT-1': 'Vul de tekst in (niet te lang).',
  'error.rule.INPUT-2': 'De tijd is ongeldig; controleer de klok van uw apparaat.',
  'error.rule.INPUT-3': 'Die verwijzing is ongeldig. Laad de pagina opnieuw.',
  'error.rule.MEET-1': 'Er loopt al een bijeenkomst, of de sessie is beëindigd.',
  'error.rule.MEET-2':
    'Er is geen bijeenkomst om te pauzeren, te hervatten of te beëindigen (of de klok van dit apparaat loopt achter).',
  'error.rule.PHASE-1': 'De sessie kan vanaf hier niet naar die fase.',
  'error.rule.PHASE-3':
    'Het gezamenlijke gesprek kan pas beginnen als iedereen akkoord ging met de spelregels.',
  'error.rule.PHASE-4': 'De sessie is beëindigd.',
  'error.rule.RATE-1': 'Alleen partijen en adviseurs beoordelen opties, ieder in de eigen lijst.',
  'error.rule.RULES-1':
    'De spelregels hebben minstens één regel nodig (hoogstens 50), elk in het Nederlands en het Engels.',
  'error.rule.RULES-3': 'De spelregels zijn gewijzigd; lees ze opnieuw.',
  'error.rule.RULES-5': 'Alleen partijen en adviseurs aanvaarden de spelregels.',
  'error.rule.RULES-6': 'Deze sessie heeft nog geen spelregels.',
  'error.rule.SESSION-1': 'De instellingen van de sessie zijn ongeldig.',
  'error.rule.SESSION-2': 'Die kant kan niet worden toegevoegd.',
  'error.rule.SESSION-3': 'Die deelnemer kan niet worden toegevoegd of verwijderd.',
  'error.rule.SESSION-4': 'Een coachingsessie heeft precies één cliënt.',
  'error.rule.SIGN-1': 'Alleen partijen, adviseurs en de mediator ondertekenen.',
  'error.rule.SIGN-2': 'Het concept is na deze versie gewijzigd; vraag de mediator om een nieuwe versie.',
  'error.rule.SIGN-4': 'De mediator tekent pas voor gezien als elke partij heeft getekend.',
  'error.rule.SIGN-5': 'De overeenkomst is ondertekend en vergrendeld.',
  'error.rule.SIGN-6': 'Een versie heeft een naam en minstens één artikel nodig.',
  'error.rule.SIGN-8': 'Dat artikel bestaat niet meer; misschien heeft iemand het verwijderd.',
  'error.rule.SIGN-9':
    'Een nieuwe overeenkomst kan pas beginnen als alle eerdere zijn ondertekend en door de mediator voor gezien (of die overeenkomst bestaat hier niet).',
  'error.rule.SIGN-10': 'Dit soort document past niet bij dit soort sessie.',
  'error.rule.SIGN-11': 'U kunt alleen uw eigen gegevens invullen, en alleen die van een partij.',
  'error.rule.SIGN-13':
    'Alleen een optie waarover akkoord is, wordt een artikel, en alleen de mediator maakt er een artikel van.',
  'error.rule.SIGN-16': 'Typ uw naam zoals die op uw uitnodiging staat.',
  'error.rule.SIGN-17': 'Vink aan dat u akkoord gaat voordat u ondertekent.',
  'error.rule.TALK-5': 'Een spreekmelding kon niet worden vastgelegd.',
  'error.rule.TALK-6': 'Het secretariaat neemt niet deel aan het gesprek en meldt geen spreektijd.',
  'error.rule.TALK-8':
    'Alleen de mediator markeert wie er spreekt, en alleen iemand die aan het gesprek deelneemt.',
  'error.rule.TIME-4':
    'Controleer de tijdregel: een soort, een bestaande datum, 1 tot 1440 minuten, een notitie van hoogstens 500 tekens.',
  'error.rule.TIME-5':
    'Controleer de declaratiegegevens: dossiernummers hoogstens 40 tekens, namen hoogstens 200, een werkveld uit de lijst.',
  'error.rule.TURN-2': 'Het woord kan alleen naar een partij of adviseur van deze sessie.',
  'error.rule.TURN-3': 'Niemand heeft op dit moment het woord.',
  'error.rule.TURN-5':
    'Alleen partijen en adviseurs steken hun hand op; een hand laat de eigenaar of de mediator zakken.',
  'error.rule.TURN-6': 'Een beurt duurt hoogstens een uur.',
  'error.rule.TURN-7': 'De sessie is beëindigd: u kunt geen hand meer opsteken.',
  'error.rule.TURN-8': 'De wachtrij gaat op volgorde van binnenkomst of verdeeld over de kanten.',
}
