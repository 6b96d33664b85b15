/** Signing a version: bound to the hash of its exact text; the mediator countersigns last and locks. */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { agreementSchema } from '../schema'
import { isSideMember } from '../session/access'
import type { Participant } from '../session/types'
import { requireTime } from '../validate'
import { getDraft } from './draft'
import { agreementOfVersion, resolveAgreement } from './scope'
import { isValid, lockedScope, signedSides } from './signoffs'
import type { SignOff } from './types'

/**
 * SIGN-1/2/4/5: a party, adviser or (last) the mediator signs version `versionId`, quoting its hash. Refuses an
 * unknown version, a wrong hash, a version the draft has moved away from, and a locked agreement. The mediator's
 * countersignature needs `participants` (the roster, read by the caller from the control document) and every
 * side's parties signed; it locks the agreement.
 */
export function signVersion(
  agreement: Y.Doc,
  input: { versionId: string; hash: string; participants?: readonly Participant[]; agreementId?: string },
  ctx: CommandContext,
): void {
  const { versionId, hash, participants = [] } = input
  const { actor, now } = ctx
  requireTime(now, 'now')
  check(
    isSideMember(actor.role) || actor.role === 'mediator',
    'SIGN-1',
    'only parties, advisers and the mediator sign',
  )
  // SIGN-9: the version names its agreement; a named agreement must be the one that holds it.
  const agreementId =
    input.agreementId === undefined
      ? agreementOfVersion(agreement, versionId)
      : resolveAgreement(agreement, input.agreementId)
  const s = agreementId === undefined ? undefined : agreementSchema(agreement, agreementId)
  const v = s?.versions.get(versionId)
  check(s !== undefined && v !== undefined, 'SIGN-2', `unknown version ${versionId}`)
  check(hash === v.hash, 'SIGN-2', 'the text you signed is not the text of this version')
  check(
    getDraft(agreement, agreementId).hash === v.hash,
    'SIGN-2',
    'the draft changed after this version; sign the latest version',
  )
  check(!lockedScope(s), 'SIGN-5', 'the agreement is signed and locked')
  const mine = [...s.signoffs.values()].filter((r) => r.versionId === versionId && isValid(s, r))
  if (mine.some((r) => r.participantId === actor.participantId)) return
  if (actor.role === 'mediator') requireAllSides(mine, participants)
  const editCount = s.edits.length
  const record = {
    versionId,
    participantId: actor.participantId,
    role: actor.role,
    sideId: actor.sideId,
    hash,
    at: now,
    editCount,
  }
  agreement.transact(
    () => s.signoffs.set(`${versionId}:${actor.participantId}:${editCount}`, record),
    ctx.origin,
  )
}

/** SIGN-4: every party of every side on the roster has signed validly. */
function requireAllSides(valid: readonly SignOff[], participants: readonly Participant[]): void {
  const sides = new Set(participants.filter((p) => p.role === 'party' && p.sideId).map((p) => p.sideId))
  const signed = signedSides(valid, participants)
  check(sides.size > 0 && signed.length === sides.size, 'SIGN-4', 'every side must sign before the mediator')
}
