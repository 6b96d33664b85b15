/**
 * Dutch sentences for the server error codes only other pages meet (console, Zoom app, agreement, practice),
 * and for refused fields; kept out of the sidebar's dictionary, which a phone downloads on opening.
 */
import type { Message } from '@mediation/core/i18n'
import type { ErrorCode } from '@mediation/protocol'
import type { enIssues } from './en-page-codes'
import type { SidebarCode } from './error-keys'

/** With nl-codes.ts, every code of ERROR_CODES: a missing one is a type error. */
export const nlPageCodes: Record<`error.rule.${Exclude<ErrorCode, SidebarCode>}`, string> = {
  'error.rule.INVITE-SIDE-NEEDED': 'Kies een kant voor deze persoon, of geef een nieuwe kant een naam.',
  'error.rule.INVITE-NO-SIDE': 'Deze rol hoort bij geen enkele kant. Laat de kant leeg.',
  'error.rule.VERIFY-BAD-CODE': 'Dit is geen controlecode. Controleer hem teken voor teken.',
  'error.rule.LOGIN-WRONG': 'Het e-mailadres of het wachtwoord klopt niet.',
  'error.rule.PRACTICE-FORBIDDEN': 'Alleen het secretariaat of de mediator mag een andere oefenruimte in.',
  'error.rule.PREP-OWN-PAGE':
    'Dit is de eigen pagina van de deelnemer. Gebruik het overzicht van de voorbereiding.',
  'error.rule.JITSI-SECRETARIAT': 'Het secretariaat doet niet mee aan het gesprek.',
  'error.rule.STAGGER-EARLY':
    'Uw deel van het gesprek is nog niet begonnen; de mediator laat ieder op een eigen tijd binnen.',
  'error.rule.SESSION-NOT-ENDED':
    'Deze sessie is nog niet beëindigd, dus er is nog geen verklaring van beëindiging.',
  'error.rule.EXPORT-REQUIRED':
    'Download eerst het dossier: de sessie is gewijzigd sinds de laatste export, of is nooit geëxporteerd. Een mediator bewaart het dossier gedurende de wettelijke bewaartermijn.',
  'error.rule.RETENTION-PERIOD':
    'Dit gearchiveerde dossier valt nog binnen de bewaartermijn en kan daarom nog niet worden gewist. Een mediator bewaart het dossier gedurende de wettelijke bewaartermijn.',
  'error.rule.INVITE-NOT-FOUND': 'Deze uitnodiging bestaat niet meer. Misschien is ze ingetrokken.',
  'error.rule.SIGNATURE-NOT-FOUND': 'Deze ondertekening is niet gevonden.',
  'error.rule.AGREEMENT-NOT-FOUND': 'Deze versie van de overeenkomst is niet gevonden.',
  'error.rule.VERIFY-NOT-FOUND': 'Bij deze controlecode is niets gevonden.',
  'error.rule.ACCOUNT-EXISTS': 'Er bestaat al een account met dit e-mailadres.',
  'error.rule.SETUP-DONE': 'De installatie is al gedaan. Log in.',
  'error.rule.JITSI-BOUND': 'Dit gespreksvenster is al aan iemand anders gekoppeld. Laad de pagina opnieuw.',
  'error.rule.TEXT-TOO-LONG': 'De tekst is te lang. Maak hem korter.',
  'error.rule.LIMIT-LOGIN': 'Te veel inlogpogingen. Wacht een paar minuten en probeer het opnieuw.',
  'error.rule.LIMIT-SETUP': 'Te veel pogingen om te installeren. Wacht een tijdje en probeer het opnieuw.',
  'error.rule.LIMIT-VERIFY': 'Te veel controles in korte tijd. Wacht even en probeer het opnieuw.',
  'error.rule.LIMIT-INSTALL': 'Te veel pogingen om te installeren. Wacht even en probeer het opnieuw.',
  'error.rule.ZOOM-CONTEXT-missing': 'Open deze app in Zoom.',
  'error.rule.ZOOM-CONTEXT-malformed': 'Zoom stuurde iets wat de server niet kon lezen. Open de app opnieuw.',
  'error.rule.ZOOM-CONTEXT-unauthentic':
    'Het bewijs van Zoom kon niet worden gecontroleerd. Open de app opnieuw.',
  'error.rule.ZOOM-CONTEXT-expired': 'Het bewijs van Zoom is verlopen. Open de app opnieuw.',
  'error.rule.ZOOM-CONTEXT-audience': 'Deze Zoom-app hoort bij een andere server. Vraag het de beheerder.',
  'error.rule.ZOOM-CONTEXT-issuer': 'Het bewijs van Zoom kwam van de verkeerde plek. Open de app opnieuw.',
  'error.rule.ZOOM-NO-MEETING': 'De app draait niet in een gesprek. Open hem tijdens het gesprek.',
  'error.rule.ZOOM-UNLINKED': 'De mediator heeft dit gesprek nog niet gekoppeld.',
  'error.rule.ZOOM-LINKED-ELSEWHERE': 'Een andere mediator heeft dit gesprek gekoppeld.',
  'error.rule.ZOOM-NOT-HOST': 'Alleen de host of een co-host in Zoom kan het gesprek koppelen.',
  'error.rule.ZOOM-MEDIATOR-SIGNS-IN':
    'De mediator logt in; alleen de andere deelnemers koppelen met een code.',
  'error.rule.ZOOM-PARTIES-ONLY': 'Alleen partijen en adviseurs doen mee via de Zoom-app.',
  'error.rule.ZOOM-PAIR-WRONG': 'Deze koppelcode klopt niet, is al gebruikt of is verlopen.',
  'error.rule.ZOOM-PAIR-NEEDED': 'Koppel deze Zoom-app met de code van uw uitnodigingspagina.',
  'error.rule.ZOOM-REVOKED': 'Uw uitnodiging is ingetrokken of verlopen. Vraag uw mediator om een nieuwe.',
  'error.rule.ZOOM-TOO-MANY': 'Dit gesprek heeft het maximum aantal gekoppelde personen bereikt.',
  'error.rule.ZOOM-INSTALL-STATE': 'De installatie klopte niet. Begin opnieuw.',
  'error.rule.LIMIT-ZOOM-CODES': 'Te veel koppelcodes in korte tijd. Wacht even en probeer het opnieuw.',
  'error.rule.LIMIT-ZOOM-PAIR': 'Te veel koppelpogingen. Wacht even en probeer het opnieuw.',
  'error.rule.BAD-JSON':
    'De server kon dit verzoek niet lezen. Laad de pagina opnieuw en probeer het nog eens.',
  'error.rule.NOTE-UNKNOWN-SIDE': 'Die kant bestaat niet meer. Laad de pagina opnieuw.',
  'error.rule.IF-MATCH-INVALID':
    'De notitie kon niet worden opgeslagen. Laad de pagina opnieuw en probeer het nog eens.',
  'error.rule.SECRETARIAT-NO-NOTES': 'Het secretariaat ziet de notities niet.',
  'error.rule.SECRETARIAT-NO-AGREEMENT': 'Het secretariaat ziet de overeenkomst niet.',
  'error.rule.PARTICIPANT-NOT-FOUND': 'Deze deelnemer hoort niet meer bij de sessie.',
  'error.rule.IF-MATCH-REQUIRED':
    'De notitie kon niet worden opgeslagen. Laad de pagina opnieuw en probeer het nog eens.',
  'error.rule.STORE-DAMAGED':
    'Deze sessie kan niet worden geopend: haar gegevens zijn beschadigd. Een beheerder moet ze herstellen.',
  'error.rule.NOTE-NOT-FOUND': 'Deze notitie bestaat niet meer. Misschien is ze verwijderd.',
}

/** Hoe een geweigerd veld na zijn naam wordt verwoord ("Naam: moet ingevuld zijn"); `{n}` is de grens. */
export const nlIssues: Record<keyof typeof enIssues, Message> = {
  'error.input.required': 'moet ingevuld zijn',
  'error.input.tooShort': {
    one: 'is te kort (minstens {n} teken)',
    other: 'is te kort (minstens {n} tekens)',
  },
  'error.input.tooLong': {
    one: 'is te lang (hoogstens {n} teken)',
    other: 'is te lang (hoogstens {n} tekens)',
  },
  'error.input.tooSmall': 'is te klein (minstens {n})',
  'error.input.tooBig': 'is te groot (hoogstens {n})',
  'error.input.tooFew': { one: 'heeft minstens {n} item nodig', other: 'heeft minstens {n} items nodig' },
  'error.input.tooMany': { one: 'mag hoogstens {n} item hebben', other: 'mag hoogstens {n} items hebben' },
  'error.input.type': 'ontbreekt of heeft een verkeerde vorm',
  'error.input.format': 'heeft niet de juiste vorm',
  'error.input.choice': 'is geen van de mogelijke keuzes',
  'error.input.unexpected': 'hoort hier niet',
  'error.input.invalid': 'is ongeldig',
}
