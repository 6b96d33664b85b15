/**
 * Option status: the transition graph, the brainstorm lock and the package rule. The history of every change is
 * the server's to write (BOARD-15, ledger.ts), so no client can forge or drop an entry.
 */
import * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { boardSchema } from '../schema'
import { isSideMember, requireBoardActor } from '../session/access'
import { requireTime } from '../validate'
import { boardPhase } from './board-phase'
import { requireOwnOption } from './options'
import { optionStatus, requireOption, STATUSES, strings } from './read-maps'
import type { OptionStatus } from './types'

const RESUME: OptionStatus[] = ['proposed', 'clarified', 'explored', 'evaluated']
const NEXT: Record<OptionStatus, readonly OptionStatus[]> = {
  proposed: ['clarified', 'parked', 'withdrawn'],
  clarified: ['proposed', 'explored', 'parked', 'withdrawn'],
  explored: ['clarified', 'evaluated', 'parked', 'withdrawn'],
  evaluated: ['explored', 'agreedInPrinciple', 'parked', 'withdrawn'],
  agreedInPrinciple: ['evaluated', 'agreed', 'parked', 'withdrawn'],
  agreed: ['agreedInPrinciple'],
  parked: [...RESUME, 'withdrawn'],
  withdrawn: ['proposed'],
}
/** BOARD-2: statuses that judge an option, not allowed while brainstorming. */
export const EVALUATING: readonly OptionStatus[] = ['evaluated', 'agreedInPrinciple', 'agreed']
const AGREED: readonly OptionStatus[] = ['agreedInPrinciple', 'agreed']

/** BOARD-3: the statuses an option may move to from `from`. */
export function allowedStatuses(from: OptionStatus): OptionStatus[] {
  return [...NEXT[from]]
}

/**
 * BOARD-2/3/4/7/8: changes an option's status; agreed partners of a reopened option reopen too. A party or adviser
 * only withdraws what its side authored, which the `ledger` (on the server) tells.
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
  check(NEXT[from].includes(status), 'BOARD-3', `an option cannot move from ${from} to ${status}`)
  check(
    !EVALUATING.includes(status) || boardPhase(board) === 'evaluate',
    'BOARD-2',
    'no evaluation during brainstorm',
  )
  check(
    actor.role === 'mediator' || (status === 'withdrawn' && isSideMember(actor.role)),
    'BOARD-4',
    'only the mediator changes the status of an option',
  )
  requireOwnOption(m, id, actor, ledger)
  const partners = packagePartners(board, id)
  if (status === 'agreed') {
    const ready = partners.every((p) => AGREED.includes(optionStatus(p.m)))
    check(ready, 'BOARD-7', 'nothing is agreed until everything in the package is agreed in principle')
  }
  const reopen = from === 'agreed' || (AGREED.includes(from) && !AGREED.includes(status))
  board.transact(() => {
    m.set('status', status)
    if (!reopen) return
    for (const p of partners) if (optionStatus(p.m) === 'agreed') p.m.set('status', 'agreedInPrinciple')
  }, ctx.origin)
}

/** The other options sharing a package with `id`. */
function packagePartners(board: Y.Doc, id: string): { id: string; m: Y.Map<unknown> }[] {
  const s = boardSchema(board)
  const ids = new Set<string>()
  for (const pkg of s.packages.values()) {
    const members = strings(pkg.get('optionIds'))
    if (members.includes(id)) for (const o of members) if (o !== id) ids.add(o)
  }
  return [...ids].flatMap((o) => {
    const m = s.options.get(o)
    return m instanceof Y.Map ? [{ id: o, m }] : []
  })
}
