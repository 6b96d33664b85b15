/** Which sign-offs still count. SIGN-3: one is valid only if no text change happened after or alongside it. */
import type * as Y from 'yjs'
import { cmp } from '../order'
import type { AgreementSchema, SignOffRecord } from '../schema'
import type { Participant } from '../session/types'
import { scopeOf } from './scope'
import type { SignOff, VersionSignoffs } from './types'

/**
 * A sign-off records how many edit marks its signer had seen. Marks are append-only and a merge is a union,
 * so a later or concurrent edit always raises the count: the sign-off is void for good, whatever the text.
 */
export function isValid(s: AgreementSchema, r: SignOffRecord): boolean {
  const v = s.versions.get(r.versionId)
  return v !== undefined && v.hash === r.hash && r.editCount === s.edits.length
}

function plain(r: SignOffRecord): SignOff {
  return {
    versionId: r.versionId,
    participantId: r.participantId,
    role: r.role,
    sideId: r.sideId,
    hash: r.hash,
    at: r.at,
  }
}

/** Side ids whose parties (every party of the roster on that side) all signed validly. */
export function signedSides(valid: readonly SignOff[], participants: readonly Participant[]): string[] {
  const signed = new Set(valid.map((v) => v.participantId))
  const sides = new Map<string, boolean>()
  for (const p of participants) {
    if (p.role !== 'party' || p.sideId === null) continue
    sides.set(p.sideId, (sides.get(p.sideId) ?? true) && signed.has(p.id))
  }
  return [...sides.entries()]
    .filter(([, ok]) => ok)
    .map(([id]) => id)
    .sort(cmp)
}

/**
 * SIGN-3/4: per version of agreement `agreementId` (default: the current one), valid and voided sign-offs;
 * sides complete per the roster when one is given.
 */
export function signoffStatus(
  agreement: Y.Doc,
  participants: readonly Participant[] = [],
  agreementId?: string,
): VersionSignoffs[] {
  const { s } = scopeOf(agreement, agreementId)
  const records = [...s.signoffs.values()].sort(
    (a, b) => a.at - b.at || cmp(a.participantId, b.participantId) || a.editCount - b.editCount,
  )
  const sideCount = new Set(participants.filter((p) => p.role === 'party' && p.sideId).map((p) => p.sideId))
    .size
  return [...s.versions.values()]
    .sort((a, b) => a.createdAt - b.createdAt || cmp(a.id, b.id))
    .map((v) => {
      const mine = records.filter((r) => r.versionId === v.id)
      const valid = mine.filter((r) => isValid(s, r)).map(plain)
      const voided = mine.filter((r) => !isValid(s, r)).map(plain)
      const sidesSigned = signedSides(valid, participants)
      const allSidesSigned = sideCount > 0 && sidesSigned.length === sideCount
      const countersigned = valid.some((r) => r.role === 'mediator')
      return { versionId: v.id, valid, voided, sidesSigned, allSidesSigned, countersigned }
    })
}

/** SIGN-5: an agreement (default: the current one) is locked once the mediator's sign-off is valid. */
export function isLocked(agreement: Y.Doc, agreementId?: string): boolean {
  return lockedScope(scopeOf(agreement, agreementId).s)
}

/** SIGN-5 on one agreement's types. */
export function lockedScope(s: AgreementSchema): boolean {
  return [...s.signoffs.values()].some((r) => r.role === 'mediator' && isValid(s, r))
}
