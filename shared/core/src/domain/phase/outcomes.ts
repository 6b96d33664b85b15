/** The ending's vocabulary, apart from the commands so a view can list it without the documents' code. */
import type { EndingOutcome } from './types'

/** PHASE-5: every outcome a session can end with. */
export const ENDING_OUTCOMES: readonly EndingOutcome[] = [
  'full-agreement',
  'partial-agreement',
  'no-agreement',
  'referral',
  'ended-by-party',
  'ended-by-mediator',
  'not-suitable',
]

/** PHASE-5: the mediator's note on an ending is short (it is shown to every participant). */
export const MAX_ENDING_NOTE = 500
