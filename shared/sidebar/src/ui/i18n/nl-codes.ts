/** Dutch sentences for the server error codes the sidebar can meet (the rest: nl-page-codes.ts). */
import type { SidebarCode } from './error-keys'

/** A code without its sentence here is a type error, so no refusal reaches a reader in the server's words. */
export const nlCodes: Record<`error.rule.${SidebarCode}`, string> = {
  'error.rule.BAD-INPUT':
    'Niet alles wat u invulde kon worden aangenomen. Controleer de velden en probeer het opnieuw.',
  'error.rule.AUTH-REQUIRED': 'U bent niet ingelogd, of uw inlog is verlopen. Log opnieuw in.',
  'error.rule.AUTH-EXPIRED': 'Deze uitnodigingslink is verlopen. Vraag uw mediator om een nieuwe link.',
  'error.rule.FORBIDDEN': 'Dat mag u niet doen.',
  'error.rule.MEDIATOR-ONLY': 'Alleen de mediator mag dat doen.',
  'error.rule.NOTE-FORBIDDEN': 'Alleen de schrijver of de mediator mag deze notitie wijzigen.',
  'error.rule.NOTE-SIDE-ONLY':
    'U schrijft alleen in de notities van uw eigen kant; de gezamenlijke notities schrijft de mediator.',
  'error.rule.NOTE-REVISION': 'Iemand anders heeft deze notitie intussen gewijzigd.',
  'error.rule.NOT-FOUND': 'Niet gevonden. Misschien is het intussen verwijderd.',
  'error.rule.SESSION-NOT-FOUND':
    'Deze sessie bestaat niet meer, of is niet van u. Misschien is ze verwijderd.',
  'error.rule.SESSION-ARCHIVED':
    'Deze sessie is gearchiveerd: u kunt alles lezen, maar niets meer wijzigen. Alleen de mediator kan haar weer actief maken.',
  'error.rule.TOO-LARGE': 'Dat is te groot voor de server. Maak het korter.',
  'error.rule.LIMIT-DOC':
    'Dit deel van de sessie heeft zijn maximale omvang bereikt. Vraag de mediator het op te schonen.',
  'error.rule.LIMIT-NOTES':
    'U hebt het maximum aantal notities bereikt. Verwijder notities die u niet meer nodig hebt.',
  'error.rule.RATE-LIMITED': 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
  'error.rule.LIMIT-COMMANDS': 'Te veel handelingen in korte tijd. Wacht even en probeer het opnieuw.',
  'error.rule.LIMIT-TICKETS': 'Te veel verbindingspogingen. Wacht even; de pagina probeert het opnieuw.',
  'error.rule.SERVICE-DOWN': 'Deze dienst is nu niet beschikbaar. Probeer het later opnieuw.',
  'error.rule.STORE-FULL':
    'Niet opgeslagen — de schijf van de server is vol. Probeer het later opnieuw en waarschuw de beheerder.',
  'error.rule.STORE-FAILED':
    'Niet opgeslagen — de server kan niet naar zijn schijf schrijven. Probeer het later opnieuw en waarschuw de beheerder.',
  'error.rule.INTERNAL':
    'De server had een probleem. Probeer het opnieuw; blijft het gebeuren, meld het dan aan de beheerder.',
}
