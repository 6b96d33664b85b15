/** The board phase: brainstorm (no judging) or evaluate, switched by the mediator only. */

import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { boardSchema } from '../schema'
import { requireMediator } from '../session/access'
import type { BoardPhase } from './types'

/** BOARD-1: only the mediator switches between brainstorm and evaluate. */
export function setBoardPhase(board: Y.Doc, input: { phase: BoardPhase }, ctx: CommandContext): void {
  const { phase } = input
  requireMediator(ctx.actor, 'change the board phase')
  check(
    phase === 'brainstorm' || phase === 'evaluate',
    'BOARD-1',
    'the board phase is brainstorm or evaluate',
  )
  board.transact(() => boardSchema(board).meta.set('phase', phase), ctx.origin)
}

/** The board phase ('brainstorm' until the mediator changes it). */
export function boardPhase(board: Y.Doc): BoardPhase {
  return boardSchema(board).meta.get('phase') === 'evaluate' ? 'evaluate' : 'brainstorm'
}
