import type { RuleId } from './rule-ids'

/**
 * The one error the domain throws. `rule` is a SPEC id (shared/SPEC.md) such as 'TURN-2', so the server can
 * map it to a status once and the sidebar can show it in the user's language.
 */
export class DomainError extends Error {
  readonly rule: RuleId

  constructor(rule: RuleId, message: string) {
    super(`${rule}: ${message}`)
    this.name = 'DomainError'
    this.rule = rule
  }
}

/** Throws a DomainError for `rule` unless `condition` holds. */
export function check(condition: unknown, rule: RuleId, message: string): asserts condition {
  if (!condition) throw new DomainError(rule, message)
}

/** True when `e` is a DomainError (also across bundles, where instanceof may fail). */
export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError || (e instanceof Error && e.name === 'DomainError' && 'rule' in e)
}
