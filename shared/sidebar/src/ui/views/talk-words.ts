/**
 * The talk view's words for the mediator's speaker marks (TALK-8), in the lazily loaded chunk with the view: a
 * phone opening the sidebar does not download them (the sidebar dictionary counts against its opening budget).
 */
import { type Dictionary, type Translate, textIn } from '@mediation/core/i18n'
import type { Language } from '@mediation/protocol'

export const en = {
  heading: 'Who is speaking now?',
  hint: 'Tap whoever speaks; tap again when they stop. A mark ends after 10 minutes, or when you give the floor.',
  nobody: 'Nobody',
  nobodyLabel: 'Nobody is speaking',
  speaking: 'Speaking now: {name}, marked at {time}',
  split: '{floor} from the floor, {marked} marked by the mediator',
} satisfies Dictionary<string>

export type TalkWordKey = keyof typeof en

/** The Dutch table (exported for the glossary test). */
export const nl: Dictionary<TalkWordKey> = {
  heading: 'Wie spreekt er nu?',
  hint: 'Tik op wie spreekt; tik nogmaals als diegene stopt. Een markering stopt na 10 minuten, of als u het woord geeft.',
  nobody: 'Niemand',
  nobodyLabel: 'Niemand spreekt',
  speaking: 'Spreekt nu: {name}, gemarkeerd om {time}',
  split: '{floor} uit de beurten, {marked} gemarkeerd door de mediator',
}

export const talkWords = (lang: Language): Translate<TalkWordKey> => textIn(lang, { nl, en })
