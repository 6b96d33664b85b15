/** Named versions of the agreement: the frozen canonical text and its hash. */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { cmp } from '../order'
import { agreementSchema } from '../schema'
import { requireMediator } from '../session/access'
import { requireText, requireTime } from '../validate'
import { getDraft } from './draft'
import { isLocked } from './signoffs'
import type { AgreementVersion } from './types'

/** The exact text that was hashed for a version (what the PDF prints). */
export function agreementText(version: AgreementVersion): string {
  return version.text
}

/** SIGN-6: the mediator freezes the current draft as a named version; returns it. */
export function saveVersion(
  agreement: Y.Doc,
  input: { name: string },
  ctx: CommandContext,
): AgreementVersion {
  const { actor, now } = ctx
  requireMediator(actor, 'save a version')
  requireTime(now, 'now')
  check(!isLocked(agreement), 'SIGN-5', 'the agreement is signed and locked')
  const label = requireText(input.name, 'version name')
  const draft = getDraft(agreement)
  check(draft.clauses.length > 0, 'SIGN-6', 'the draft has no clauses')
  const versions = agreementSchema(agreement).versions
  const id = freshId(versions, ctx.newId)
  const version: AgreementVersion = {
    id,
    name: label,
    text: draft.text,
    hash: draft.hash,
    clauses: draft.clauses,
    createdAt: now,
    createdBy: actor.participantId,
  }
  agreement.transact(() => versions.set(id, version), ctx.origin)
  return copyVersion(version)
}

/** All versions, oldest first. */
export function listVersions(agreement: Y.Doc): AgreementVersion[] {
  return [...agreementSchema(agreement).versions.values()]
    .map(copyVersion)
    .sort((a, b) => a.createdAt - b.createdAt || cmp(a.id, b.id))
}

/** A copy the caller may change without touching the stored version (the core has no structuredClone). */
function copyVersion(v: AgreementVersion): AgreementVersion {
  return { ...v, clauses: v.clauses.map((c) => ({ ...c, optionIds: [...c.optionIds] })) }
}
