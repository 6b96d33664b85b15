/** Named versions of an agreement: the frozen canonical text and its hash. */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { cmp } from '../order'
import { agreementSchema } from '../schema'
import { requireMediator } from '../session/access'
import { requireText, requireTime } from '../validate'
import { type AgreementRef, getDraft, requireOpen } from './draft'
import { agreementIds, scopeOf } from './scope'
import type { AgreementVersion, DocumentFields } from './types'

/** The exact text that was hashed for a version (what the PDF prints). */
export function agreementText(version: AgreementVersion): string {
  return version.text
}

/** SIGN-6: the mediator freezes the current draft as a named version; returns it. */
export function saveVersion(
  agreement: Y.Doc,
  input: AgreementRef & { name: string },
  ctx: CommandContext,
): AgreementVersion {
  const { actor, now } = ctx
  requireMediator(actor, 'save a version')
  requireTime(now, 'now')
  const { id: agreementId, s } = scopeOf(agreement, input.agreementId)
  requireOpen(s)
  const label = requireText(input.name, 'version name')
  const draft = getDraft(agreement, agreementId)
  check(draft.clauses.length > 0, 'SIGN-6', 'the draft has no clauses')
  // SIGN-9: version ids are unique across the session's agreements (a sign-off names the version alone).
  const ids = agreementIds(agreement)
  const id = freshId(
    { has: (k) => ids.some((a) => agreementSchema(agreement, a).versions.has(k)) },
    ctx.newId,
  )
  const version: AgreementVersion = {
    id,
    name: label,
    text: draft.text,
    hash: draft.hash,
    clauses: draft.clauses,
    document: draft.document,
    createdAt: now,
    createdBy: actor.participantId,
  }
  agreement.transact(() => s.versions.set(id, version), ctx.origin)
  return copyVersion(version)
}

/** All versions of agreement `agreementId` (default: the current one), oldest first. */
export function listVersions(agreement: Y.Doc, agreementId?: string): AgreementVersion[] {
  return [...scopeOf(agreement, agreementId).s.versions.values()]
    .map(copyVersion)
    .sort((a, b) => a.createdAt - b.createdAt || cmp(a.id, b.id))
}

function copyDocument(d: DocumentFields | null | undefined): DocumentFields | null {
  if (!d) return null
  return {
    ...d,
    parties: d.parties.map((p) => ({ ...p })),
    considerations: [...d.considerations],
  }
}

/** A copy the caller may change without touching the stored version (the core has no structuredClone). */
function copyVersion(v: AgreementVersion): AgreementVersion {
  return {
    ...v,
    clauses: v.clauses.map((c) => ({ ...c, optionIds: [...c.optionIds] })),
    document: copyDocument(v.document),
  }
}
