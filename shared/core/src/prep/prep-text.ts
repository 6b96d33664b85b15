/**
 * The words of prep's refusals and camera/microphone advice, through the one translate mechanism: the keys are
 * built from the refusal and problem unions, so a refusal or problem without its Dutch or English text is a
 * compile error.
 */
import type { SessionKind } from '../domain/session/vocabulary'
import type { Language } from '../domain/types'
import { type Dictionary, textIn } from '../i18n/translate'
import type { MediaKind, MediaProblem } from './media-errors'
import type { PrepRefusal } from './refusals'

type PrepKey = `refusal.${PrepRefusal}` | `media.${MediaProblem}` | `device.${MediaKind}`

const en: Dictionary<PrepKey> = {
  'refusal.name-empty': 'Type your full name to sign.',
  'refusal.name-mismatch':
    'The name does not match the name on your invitation. Type your name as it appears on the invitation.',
  'refusal.no-consent': 'Tick the box to confirm you have read and agree to the text.',
  'refusal.hash-outdated':
    'The mediator has changed the text in the meantime. Read the new version below and sign again.',
  'refusal.hash-unknown': 'This text version is unknown. Reload the page and sign the text you then see.',
  'refusal.intake-invalid': 'Not all questions are answered correctly. Check the marked questions.',
  'refusal.practice-invalid': 'The test result could not be saved. Please test again.',
  'refusal.credential': 'Your invitation link has expired or been revoked. Ask the mediator for a new link.',
  'refusal.forbidden': 'This is not allowed for your role in this mediation.',
  'device.camera': 'camera',
  'device.microphone': 'microphone',
  'media.permission-denied':
    'The browser is not allowed to use your {device}. Click the padlock or camera icon at the left of the address bar, choose "Allow" for {device}, and reload the page.',
  'media.no-device': 'No {device} was found. Plug in (or switch on) a {device} and click "Test again".',
  'media.device-busy':
    'Your {device} is being used by another program (for example Zoom, Teams or another tab). Close that program and click "Test again".',
  'media.constraint': 'The chosen {device} cannot be used. Pick another {device} below and test again.',
  'media.insecure':
    'The browser blocks your {device} on this page. Open the invitation link directly (the address must start with https://), not inside another program.',
  'media.unsupported':
    'This browser cannot use a camera or microphone. Use a recent version of Chrome, Edge, Firefox or Safari.',
  'media.unknown':
    'Your {device} does not work. Check that it is connected, close other programs that use it and restart the browser if needed.',
}

/** The Dutch table (exported for the glossary test). */
export const nl: Dictionary<PrepKey> = {
  'refusal.name-empty': 'Typ uw volledige naam om te ondertekenen.',
  'refusal.name-mismatch':
    'De naam komt niet overeen met de naam op uw uitnodiging. Typ uw naam zoals die op de uitnodiging staat.',
  'refusal.no-consent': 'Vink aan dat u de tekst heeft gelezen en ermee instemt.',
  'refusal.hash-outdated':
    'De mediator heeft de tekst intussen gewijzigd. Lees de nieuwe versie hieronder en onderteken opnieuw.',
  'refusal.hash-unknown':
    'Deze tekstversie is onbekend. Laad de pagina opnieuw en onderteken de tekst die u dan ziet.',
  'refusal.intake-invalid': 'Niet alle vragen zijn goed ingevuld. Kijk de gemarkeerde vragen na.',
  'refusal.practice-invalid': 'Het testresultaat kon niet worden opgeslagen. Test opnieuw.',
  'refusal.credential':
    'Uw uitnodigingslink is verlopen of ingetrokken. Vraag de mediator om een nieuwe link.',
  'refusal.forbidden': 'Dit is niet toegestaan voor uw rol in deze mediation.',
  'device.camera': 'camera',
  'device.microphone': 'microfoon',
  'media.permission-denied':
    'De browser mag uw {device} niet gebruiken. Klik op het slotje of camera-icoon links in de adresbalk, kies "Toestaan" voor {device}, en laad de pagina opnieuw.',
  'media.no-device':
    'Er is geen {device} gevonden. Sluit een {device} aan (of zet hem aan) en klik op "Opnieuw testen".',
  'media.device-busy':
    'Uw {device} is in gebruik door een ander programma (bijvoorbeeld Zoom, Teams of een ander tabblad). Sluit dat programma en klik op "Opnieuw testen".',
  'media.constraint':
    'De gekozen {device} kan niet worden gebruikt. Kies hieronder een andere {device} en test opnieuw.',
  'media.insecure':
    'De browser blokkeert uw {device} op deze pagina. Open de uitnodigingslink rechtstreeks (het adres moet met https:// beginnen) en niet binnen een ander programma.',
  'media.unsupported':
    'Deze browser kan geen camera of microfoon gebruiken. Gebruik een recente versie van Chrome, Edge, Firefox of Safari.',
  'media.unknown':
    "Uw {device} werkt niet. Controleer of hij is aangesloten, sluit andere programma's die hem gebruiken en herstart zo nodig de browser.",
}

type CoachingKey = 'refusal.hash-outdated' | 'refusal.credential' | 'refusal.forbidden'

const coachingRefusalsEn: Record<CoachingKey, string> = {
  'refusal.hash-outdated':
    'The coach has changed the text in the meantime. Read the new version below and sign again.',
  'refusal.credential': 'Your invitation link has expired or been revoked. Ask the coach for a new link.',
  'refusal.forbidden': 'This is not allowed for your role in this coaching.',
}

/** The Dutch coaching refusals (exported for the glossary test). */
export const coachingRefusalsNl: Record<CoachingKey, string> = {
  'refusal.hash-outdated':
    'De coach heeft de tekst intussen gewijzigd. Lees de nieuwe versie hieronder en onderteken opnieuw.',
  'refusal.credential': 'Uw uitnodigingslink is verlopen of ingetrokken. Vraag de coach om een nieuwe link.',
  'refusal.forbidden': 'Dit is niet toegestaan voor uw rol in deze coaching.',
}

const REFUSALS: Record<SessionKind, Record<Language, Dictionary<PrepKey>>> = {
  mediation: { nl, en },
  coaching: { nl: { ...nl, ...coachingRefusalsNl }, en: { ...en, ...coachingRefusalsEn } },
}

/** What the page says for a refusal, in `lang` (a coaching session's in the coach's words, COACH-5). */
export function refusalText(refusal: PrepRefusal, lang: Language, kind: SessionKind = 'mediation'): string {
  return textIn(lang, REFUSALS[kind])(`refusal.${refusal}`)
}

/** How to fix `problem` for `kind`, in `lang`. */
export function mediaAdvice(problem: MediaProblem, kind: MediaKind, lang: Language): string {
  const t = textIn(lang, { nl, en })
  return t(`media.${problem}`, { device: t(`device.${kind}`) })
}
