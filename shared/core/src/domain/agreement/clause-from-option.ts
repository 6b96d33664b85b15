/**
 * SIGN-13: an agreed option becomes a clause of the agreement in one step — the clause links the option — and a
 * second request for the same option finds that clause instead of adding another. The mediator's command, applied
 * by the server (so two tabs or a double click meet one serial order), and kept out of the sidebar's download.
 */
import type * as Y from 'yjs'
import { optionStatus, requireOption, str } from '../board/read-maps'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { requireMediator } from '../session/access'
import { type AgreementRef, addClause } from './draft'
import { orderedClauses } from './draft-read'
import { scopeOf } from './scope'

/** The clause text an option starts as: its title, and its description on the next line when it has one. */
export function clauseTextOf(title: string, description: string): string {
  const d = description.trim()
  return d ? `${title.trim()}\n${d}` : title.trim()
}

/** Returns the id of the clause that links `optionId` in the agreement (made now, or found from before). */
export function clauseFromOption(
  docs: { board: Y.Doc; agreement: Y.Doc },
  input: AgreementRef & { optionId: string },
  ctx: CommandContext,
): string {
  requireMediator(ctx.actor, 'turn an option into a clause')
  const option = requireOption(docs.board, input.optionId)
  check(optionStatus(option) === 'agreed', 'SIGN-13', 'only an agreed option becomes a clause')
  const { s } = scopeOf(docs.agreement, input.agreementId)
  const existing = orderedClauses(s).find((c) => c.optionIds.includes(input.optionId))
  if (existing) return existing.id
  const text = clauseTextOf(str(option, 'title'), str(option, 'description'))
  const ref = input.agreementId === undefined ? {} : { agreementId: input.agreementId }
  return addClause(docs.agreement, { ...ref, text, optionIds: [input.optionId] }, ctx)
}
