/**
 * What the server answers when it refuses a prep request, as a code in the error body, and what the page says.
 * The server's English `error` is for logs and API users; people read these texts in their language.
 */
import type { Bilingual } from './i18n'
import type { SignatureRefusal } from './signature'

export type PrepRefusal =
  | SignatureRefusal
  | 'intake-invalid'
  | 'practice-invalid'
  | 'credential'
  | 'forbidden'

/** The `code` the server puts in an `ApiError` body for each refusal. */
export const refusalCode = (r: PrepRefusal): string => `prep/${r}`

/** The HTTP status of each refusal. */
export const REFUSAL_STATUS: Record<PrepRefusal, number> = {
  'name-empty': 400,
  'name-mismatch': 400,
  'no-consent': 400,
  'hash-unknown': 400,
  'hash-outdated': 409,
  'intake-invalid': 400,
  'practice-invalid': 400,
  credential: 401,
  forbidden: 403,
}

export const REFUSAL_TEXT: Record<PrepRefusal, Bilingual> = {
  'name-empty': { nl: 'Typ uw volledige naam om te ondertekenen.', en: 'Type your full name to sign.' },
  'name-mismatch': {
    nl: 'De naam komt niet overeen met de naam op uw uitnodiging. Typ uw naam zoals die op de uitnodiging staat.',
    en: 'The name does not match the name on your invitation. Type your name as it appears on the invitation.',
  },
  'no-consent': {
    nl: 'Vink aan dat u de tekst heeft gelezen en ermee instemt.',
    en: 'Tick the box to confirm you have read and agree to the text.',
  },
  'hash-outdated': {
    nl: 'De mediator heeft de tekst intussen gewijzigd. Lees de nieuwe versie hieronder en onderteken opnieuw.',
    en: 'The mediator has changed the text in the meantime. Read the new version below and sign again.',
  },
  'hash-unknown': {
    nl: 'Deze tekstversie is onbekend. Laad de pagina opnieuw en onderteken de tekst die u dan ziet.',
    en: 'This text version is unknown. Reload the page and sign the text you then see.',
  },
  'intake-invalid': {
    nl: 'Niet alle vragen zijn goed ingevuld. Kijk de gemarkeerde vragen na.',
    en: 'Not all questions are answered correctly. Check the marked questions.',
  },
  'practice-invalid': {
    nl: 'Het testresultaat kon niet worden opgeslagen. Test opnieuw.',
    en: 'The test result could not be saved. Please test again.',
  },
  credential: {
    nl: 'Uw uitnodigingslink is verlopen of ingetrokken. Vraag de mediator om een nieuwe link.',
    en: 'Your invitation link has expired or been revoked. Ask the mediator for a new link.',
  },
  forbidden: {
    nl: 'Dit is niet toegestaan voor uw rol in deze mediation.',
    en: 'This is not allowed for your role in this mediation.',
  },
}

/** The refusal behind an error body's `code` and status (a 401 without our code is still "credential"). */
export function refusalFrom(status: number, code: string | undefined): PrepRefusal | null {
  if (code?.startsWith('prep/')) {
    const key = code.slice(5) as PrepRefusal
    if (key in REFUSAL_STATUS) return key
  }
  if (status === 401) return 'credential'
  if (status === 403) return 'forbidden'
  return null
}
