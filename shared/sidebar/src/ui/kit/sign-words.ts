/**
 * The words of the one signing ceremony (SIGN-16): the settlement in the sidebar and on the agreement page, and
 * the agreement to mediate on the preparation page. The caller names what is signed and the consent sentence.
 */
import type { Dictionary } from '@mediation/core/i18n'

export const en = {
  typedName: 'Your full name',
  typedNameHint: 'Type your name as on your invitation: {name}',
  next: 'Next',
  cancel: 'Cancel',
  back: 'Back',
  review: 'You sign “{what}” as {name}. Your signature is recorded with the time and the text it covers.',
  confirm: 'Sign now',
  busy: 'Signing…',
  nameEmpty: 'Type your full name.',
  noConsent: 'Tick that you agree before you sign.',
  failed: 'Signing did not go through. Check your connection and try again.',
} satisfies Dictionary<string>

export type SignKey = keyof typeof en

/** The Dutch table (exported for the glossary test). */
export const nl: Dictionary<SignKey> = {
  typedName: 'Uw volledige naam',
  typedNameHint: 'Typ uw naam zoals op uw uitnodiging: {name}',
  next: 'Verder',
  cancel: 'Annuleren',
  back: 'Terug',
  review:
    'U ondertekent „{what}” als {name}. Uw handtekening wordt vastgelegd met de tijd en de tekst die zij dekt.',
  confirm: 'Nu ondertekenen',
  busy: 'Bezig met ondertekenen…',
  nameEmpty: 'Typ uw volledige naam.',
  noConsent: 'Vink aan dat u akkoord gaat voordat u ondertekent.',
  failed: 'Ondertekenen is niet gelukt. Controleer uw verbinding en probeer het opnieuw.',
}
