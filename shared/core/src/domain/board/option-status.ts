/**
 * Option status changes on the board document; the rules themselves are in status-steps.ts. The history of every
 * change is the server's to write (BOARD-15, ledger.ts), so no client can forge or drop an entry.
 */
import * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { boardSchema } from '../schema'
import { requireBoardActor } from '../session/access'
import { requireTime } from '../validate'
import { boardPhase } from './board-phase'
import { ownsOption } from './options'
import { optionStatus, requireOption, STATUSES, strings } from './read-maps'
import { type Facts, refusal, reopened } from './status-steps'
import type { OptionStatus } from './types'

/**
 * BOARD-2/3/4/7/8/16: changes an option's status; agreed partners of a reopened option reopen too. A party or
 * adviser only withdraws what its side authored, which the `ledger` (on the server) tells.
 */
export function setOptionStatus(
  board: Y.Doc,
  input: { id: string; status: OptionStatus },
  ctx: CommandContext,
  ledger: Y.Doc | null = null,
): void {
  const { id, status } = input
  const { actor, now } = ctx
  requireBoardActor(actor)
  requireTime(now, 'now')
  check(STATUSES.includes(status), 'BOARD-3', `unknown status ${String(status)}`)
  const m = requireOption(board, id)
  const from = optionStatus(m)
  const partners = packagePartners(board, id)
  const facts: Facts = { phase: boardPhase(board), from, partners, owns: ownsOption(m, id, actor, ledger) }
  const refused = refusal(facts, status, actor)
  if (refused) check(false, refused[0], refused[1])
  board.transact(() => {
    m.set('status', status)
    for (const p of reopened(from, status, partners)) p.m.set('status', 'agreedInPrinciple')
  }, ctx.origin)
}

/** The other options sharing a package with `id`, with their status. */
function packagePartners(
  board: Y.Doc,
  id: string,
): { id: string; m: Y.Map<unknown>; status: OptionStatus }[] {
  const s = boardSchema(board)
  const ids = new Set<string>()
  for (const pkg of s.packages.values()) {
    const members = strings(pkg.get('optionIds'))
    if (members.includes(id)) for (const o of members) if (o !== id) ids.add(o)
  }
  return [...ids].flatMap((o) => {
    const m = s.options.get(o)
    return m instanceof Y.Map ? [{ id: o, m, status: optionStatus(m) }] : []
  })
}
