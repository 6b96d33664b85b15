/** The default ground rules ("ether discipline") in Dutch and English, and their canonical hashed form. */
import { hashText, normalizeText } from '../hash'
import type { RulesRecord } from '../schema'
import type { SessionKind } from '../session/types'
import type { RuleItem } from './types'

const COMMON: RuleItem[] = [
  {
    id: 'one-speaker',
    text: {
      nl: 'Eén persoon spreekt tegelijk. Steek uw hand op en wacht tot de mediator u het woord geeft.',
      en: 'One person speaks at a time. Raise your hand and wait until the mediator gives you the floor.',
    },
  },
  {
    id: 'mute',
    text: {
      nl: 'Zet uw microfoon uit wanneer u niet spreekt.',
      en: 'Mute your microphone when you are not speaking.',
    },
  },
  {
    id: 'camera',
    text: {
      nl: 'Uw camera staat de hele sessie aan, op ooghoogte.',
      en: 'Keep your camera on, at eye level, for the whole session.',
    },
  },
  {
    id: 'no-recording',
    text: {
      nl: 'Niemand maakt opnamen of schermafbeeldingen en niemand bewaart de chat. Zet spraakassistenten uit.',
      en: 'Nobody records, takes screenshots or saves the chat. Turn off voice assistants.',
    },
  },
  {
    id: 'alone',
    text: {
      nl: 'U bent alleen in een afgesloten ruimte en niemand kan meeluisteren; niemand zit buiten beeld.',
      en: 'You are alone in a closed room and nobody can overhear you; nobody sits off camera.',
    },
  },
  {
    id: 'connection',
    text: {
      nl: 'Valt uw verbinding weg, gebruik dan opnieuw de link. Lukt dat niet, dan belt de mediator uw mobiele nummer.',
      en: 'If your connection drops, rejoin through the link. If that fails, the mediator calls your mobile number.',
    },
  },
  {
    id: 'chat',
    text: {
      nl: 'Stuur privéberichten in de chat alleen aan de mediator, nooit aan iedereen.',
      en: 'Send private chat messages only to the mediator, never to everyone.',
    },
  },
]

const CAUCUS: RuleItem = {
  id: 'caucus',
  text: {
    nl: 'In een apart gesprek is vertrouwelijk wat u zegt. De mediator geeft alleen door wat u uitdrukkelijk toestaat.',
    en: 'What you say in a separate meeting is confidential. The mediator passes on only what you explicitly allow.',
  },
}

const COACHING: RuleItem = {
  id: 'coaching-confidential',
  text: {
    nl: 'Wat in de coaching besproken wordt, blijft tussen u en de coach.',
    en: 'What is discussed in coaching stays between you and the coach.',
  },
}

// COACH-1: in coaching the common rules speak of the coach, in these words for the items that name the mediator.
const COACHING_WORDS: Record<string, RuleItem['text']> = {
  'one-speaker': {
    nl: 'Eén persoon spreekt tegelijk. Laat elkaar uitpraten; steek uw hand op als u iets wilt zeggen terwijl de coach spreekt.',
    en: 'One person speaks at a time. Let each other finish; raise your hand if you want to speak while the coach is talking.',
  },
  connection: {
    nl: 'Valt uw verbinding weg, gebruik dan opnieuw de link. Lukt dat niet, dan belt de coach uw mobiele nummer.',
    en: 'If your connection drops, rejoin through the link. If that fails, the coach calls your mobile number.',
  },
  chat: {
    nl: 'Stuur berichten in de chat alleen aan de coach.',
    en: 'Send chat messages only to the coach.',
  },
}

/** RULES-1: the default ground rules for a session kind, every item in Dutch and English. */
export function defaultRules(kind: SessionKind = 'mediation'): RuleItem[] {
  const items =
    kind === 'coaching'
      ? [...COMMON.map((i) => ({ id: i.id, text: COACHING_WORDS[i.id] ?? i.text })), COACHING]
      : [...COMMON, CAUCUS]
  return items.map((i) => ({ id: i.id, text: { nl: i.text.nl, en: i.text.en } }))
}

/** The canonical text of a rule set, the input of its hash. */
export function rulesText(items: readonly RuleItem[]): string {
  return items
    .map((i, n) => `${n + 1}. [${i.id}]\nnl: ${normalizeText(i.text.nl)}\nen: ${normalizeText(i.text.en)}`)
    .join('\n\n')
}

/** A stored rule set with its hash. */
export function rulesRecord(
  items: RuleItem[],
  version: number,
  at: number | null,
  by: string | null,
): RulesRecord {
  return { version, hash: hashText(rulesText(items)), items, editedAt: at, editedBy: by }
}
