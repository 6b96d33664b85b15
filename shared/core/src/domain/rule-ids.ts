/**
 * The SPEC rules (shared/SPEC.md) a command may refuse with. A DomainError names one of them, the server
 * answers it as the error `code`, and the sidebar's error map must word every one (a missing sentence is a
 * type error there).
 */
export const RULE_IDS = [
  'ACCESS-2',
  'ACCESS-3',
  'ACCESS-4',
  'BOARD-1',
  'BOARD-2',
  'BOARD-3',
  'BOARD-4',
  'BOARD-5',
  'BOARD-6',
  'BOARD-7',
  'BOARD-8',
  'BOARD-9',
  'BOARD-10',
  'BOARD-11',
  'BOARD-12',
  'BOARD-13',
  'CAUCUS-1',
  'CAUCUS-2',
  'CAUCUS-3',
  'CAUCUS-6',
  'CAUCUS-8',
  'CAUCUS-9',
  'COACH-1',
  'COACH-3',
  'COACH-4',
  'CMD-1',
  'INPUT-1',
  'INPUT-2',
  'INPUT-3',
  'MEET-1',
  'MEET-2',
  'PHASE-1',
  'PHASE-3',
  'PHASE-4',
  'RATE-1',
  'RULES-1',
  'RULES-3',
  'RULES-5',
  'RULES-6',
  'SESSION-1',
  'SESSION-2',
  'SESSION-3',
  'SESSION-4',
  'SIGN-1',
  'SIGN-2',
  'SIGN-4',
  'SIGN-5',
  'SIGN-6',
  'SAFETY-4',
  'SAFETY-5',
  'SIGN-8',
  'SIGN-9',
  'SIGN-10',
  'SIGN-11',
  'TALK-5',
  'TALK-6',
  'TIME-4',
  'TIME-5',
  'TURN-2',
  'TURN-3',
  'TURN-5',
  'TURN-6',
  'TURN-7',
  'TURN-8',
] as const

/** A rule a command may refuse with. */
export type RuleId = (typeof RULE_IDS)[number]

/** True when `value` (an error body's `code`, say) names one of the domain's rules. */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value)
}
