/** The mediation words a coaching client must never read (COACH-5), per language. */
export const MEDIATION_WORDS = {
  nl: /mediat|partij|geschil|MfN|vaststellingsovereenkomst|\bkant(en)?\b|apart overleg|zijde|caucus/i,
  en: /mediat|\bpart(y|ies)\b|dispute|MfN|settlement|\bsides?\b|caucus/i,
} as const
