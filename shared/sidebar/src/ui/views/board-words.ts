/** The board view's own words (BOARD-UI-1/2), in the page's language; they come with the lazily loaded views. */
import { type Translate, textIn } from '@mediation/core/i18n'
import type { Language } from '@mediation/protocol'
import { type BoardWordKey, enBoard } from '../i18n/en-board'
import { nlBoard } from '../i18n/nl-board'

export type BoardWords = Translate<BoardWordKey>

export const boardWords = (lang: Language): BoardWords => textIn(lang, { nl: nlBoard, en: enBoard })
