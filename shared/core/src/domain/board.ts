/** Option board: the board phase and sticking points. */
import * as Y from 'yjs'
import { requireMediator, requireWrite } from './access'
import type { CommandContext } from './context'
import { check } from './errors'
import { boardSchema, newItemMap } from './schema'
import type { BoardPhase } from './types-board'
import { MAX_TEXT, optionalText, requireId, requireText, requireTime } from './validate'

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

/** BOARD-11: a fresh id from the injected generator that no item of `map` uses yet. */
export function freshId(map: { has(key: string): boolean }, newId: () => string): string {
  const id = requireId(newId(), 'new id')
  check(!map.has(id), 'BOARD-11', `id ${id} is already in use`)
  return id
}

/** Adds a sticking point; returns its id. */
export function addStickingPoint(
  board: Y.Doc,
  point: { title: string; description?: string },
  ctx: CommandContext,
): string {
  const { actor, now } = ctx
  requireWrite('board', actor)
  requireTime(now, 'now')
  const title = requireText(point.title, 'title')
  const description = optionalText(point.description, 'description', MAX_TEXT)
  const points = boardSchema(board).points
  const id = freshId(points, ctx.newId)
  const m = newItemMap({ id, title, description, createdAt: now, createdBy: actor.participantId })
  board.transact(() => points.set(id, m), ctx.origin)
  return id
}

/** Edits a sticking point's title or description (each field merges separately). */
export function editStickingPoint(
  board: Y.Doc,
  patch: { id: string; title?: string; description?: string },
  ctx: CommandContext,
): void {
  const { id } = patch
  requireWrite('board', ctx.actor)
  const m = boardSchema(board).points.get(id)
  check(m instanceof Y.Map, 'BOARD-9', `unknown sticking point ${id}`)
  const title = patch.title === undefined ? undefined : requireText(patch.title, 'title')
  const description =
    patch.description === undefined ? undefined : optionalText(patch.description, 'description')
  board.transact(() => {
    if (title !== undefined) m.set('title', title)
    if (description !== undefined) m.set('description', description)
  }, ctx.origin)
}
