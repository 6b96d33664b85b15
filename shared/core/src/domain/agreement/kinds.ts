/** SIGN-10: the kinds of settlement document, and which a session of each kind may record. */
import type { SessionKind } from '../session/vocabulary'

export const AGREEMENT_KINDS = [
  'settlement',
  'parenting-plan',
  'divorce-covenant',
  'interim',
  'employment-settlement',
  'action-list',
] as const
export type AgreementKind = (typeof AGREEMENT_KINDS)[number]

/** A coaching session records agreed actions, never a settlement; a mediation never a bare action list. */
const FOR_SESSION: Record<SessionKind, readonly AgreementKind[]> = {
  mediation: ['settlement', 'parenting-plan', 'divorce-covenant', 'interim', 'employment-settlement'],
  coaching: ['action-list'],
}

/** SIGN-10: the kinds a session of `sessionKind` may record, the default first. */
export function agreementKindsFor(sessionKind: SessionKind): readonly AgreementKind[] {
  return FOR_SESSION[sessionKind]
}

/** SIGN-10: true when `kind` is a kind a session of `sessionKind` may record. */
export function isAgreementKindFor(kind: unknown, sessionKind: SessionKind): kind is AgreementKind {
  return (FOR_SESSION[sessionKind] as readonly unknown[]).includes(kind)
}

/** SIGN-10: the employment settlement carries the employee's statutory reflection period (art. 7:670b BW). */
export function hasReflectionClause(kind: AgreementKind): boolean {
  return kind === 'employment-settlement'
}
