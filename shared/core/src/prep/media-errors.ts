/**
 * getUserMedia failures, mapped from DOMException names to a problem a person can fix, with plain-words advice.
 * Browsers disagree on names (Chrome's legacy names, Firefox's), so several map to one problem.
 */
import type { Bilingual } from './i18n'

export type MediaKind = 'camera' | 'microphone'

export type MediaProblem =
  | 'permission-denied'
  | 'no-device'
  | 'device-busy'
  | 'constraint'
  | 'insecure'
  | 'unsupported'
  | 'unknown'

const BY_NAME: Record<string, MediaProblem> = {
  NotAllowedError: 'permission-denied',
  PermissionDeniedError: 'permission-denied',
  NotFoundError: 'no-device',
  DevicesNotFoundError: 'no-device',
  NotReadableError: 'device-busy',
  TrackStartError: 'device-busy',
  AbortError: 'device-busy',
  OverconstrainedError: 'constraint',
  ConstraintNotSatisfiedError: 'constraint',
  SecurityError: 'insecure',
  TypeError: 'unsupported',
  NotSupportedError: 'unsupported',
}

/** The problem behind a getUserMedia rejection (a DOMException, or anything else thrown). */
export function classifyMediaError(err: unknown): MediaProblem {
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined
  return (typeof name === 'string' && BY_NAME[name]) || 'unknown'
}

const DEVICE: Record<MediaKind, Bilingual> = {
  camera: { nl: 'camera', en: 'camera' },
  microphone: { nl: 'microfoon', en: 'microphone' },
}

const ADVICE: Record<MediaProblem, (d: Bilingual) => Bilingual> = {
  'permission-denied': (d) => ({
    nl: `De browser mag uw ${d.nl} niet gebruiken. Klik op het slotje of camera-icoon links in de adresbalk, kies "Toestaan" voor ${d.nl}, en laad de pagina opnieuw.`,
    en: `The browser is not allowed to use your ${d.en}. Click the padlock or camera icon at the left of the address bar, choose "Allow" for ${d.en}, and reload the page.`,
  }),
  'no-device': (d) => ({
    nl: `Er is geen ${d.nl} gevonden. Sluit een ${d.nl} aan (of zet hem aan) en klik op "Opnieuw testen".`,
    en: `No ${d.en} was found. Plug in (or switch on) a ${d.en} and click "Test again".`,
  }),
  'device-busy': (d) => ({
    nl: `Uw ${d.nl} is in gebruik door een ander programma (bijvoorbeeld Zoom, Teams of een ander tabblad). Sluit dat programma en klik op "Opnieuw testen".`,
    en: `Your ${d.en} is being used by another program (for example Zoom, Teams or another tab). Close that program and click "Test again".`,
  }),
  constraint: (d) => ({
    nl: `De gekozen ${d.nl} kan niet worden gebruikt. Kies hieronder een andere ${d.nl} en test opnieuw.`,
    en: `The chosen ${d.en} cannot be used. Pick another ${d.en} below and test again.`,
  }),
  insecure: (d) => ({
    nl: `De browser blokkeert uw ${d.nl} op deze pagina. Open de uitnodigingslink rechtstreeks (het adres moet met https:// beginnen) en niet binnen een ander programma.`,
    en: `The browser blocks your ${d.en} on this page. Open the invitation link directly (the address must start with https://), not inside another program.`,
  }),
  unsupported: () => ({
    nl: 'Deze browser kan geen camera of microfoon gebruiken. Gebruik een recente versie van Chrome, Edge, Firefox of Safari.',
    en: 'This browser cannot use a camera or microphone. Use a recent version of Chrome, Edge, Firefox or Safari.',
  }),
  unknown: (d) => ({
    nl: `Uw ${d.nl} werkt niet. Controleer of hij is aangesloten, sluit andere programma's die hem gebruiken en herstart zo nodig de browser.`,
    en: `Your ${d.en} does not work. Check that it is connected, close other programs that use it and restart the browser if needed.`,
  }),
}

/** How to fix `problem` for `kind`, in both languages. */
export function mediaAdvice(problem: MediaProblem, kind: MediaKind): Bilingual {
  return ADVICE[problem](DEVICE[kind])
}
