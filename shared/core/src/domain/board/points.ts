/** Sticking points on the option board: the issues options are proposed for. */

import * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { boardSchema, newItemMap } from '../schema'
import { requireBoardActor } from '../session/access'
import { MAX_TEXT, optionalText, requireText, requireTime } from '../validate'
import { authorOf } from './ledger'
import { requireBrainstormForSide } from './options'

/** Adds a sticking point; returns its id. A party's carries no author on the board (BOARD-14, the ledger has it). */
export function addStickingPoint(
  board: Y.Doc,
  point: { title: string; description?: string },
  ctx: CommandContext,
): string {
  const { actor, now } = ctx
  requireBoardActor(actor)
  requireTime(now, 'now')
  requireBrainstormForSide(board, actor)
  const title = requireText(point.title, 'title')
  const description = optionalText(point.description, 'description', MAX_TEXT)
  const points = boardSchema(board).points
  const id = freshId(points, ctx.newId)
  const createdBy = actor.role === 'mediator' ? actor.participantId : ''
  const m = newItemMap({ id, title, description, createdAt: now, createdBy })
  board.transact(() => points.set(id, m), ctx.origin)
  return id
}

/** Edits a sticking point's title or description (each field merges separately); BOARD-8: a side only its own. */
export function editStickingPoint(
  board: Y.Doc,
  patch: { id: string; title?: string; description?: string },
  ctx: CommandContext,
  ledger: Y.Doc | null = null,
): void {
  const { id } = patch
  const { actor } = ctx
  requireBoardActor(actor)
  const m = boardSchema(board).points.get(id)
  check(m instanceof Y.Map, 'BOARD-9', `unknown sticking point ${id}`)
  requireBrainstormForSide(board, actor)
  const own = actor.role === 'mediator' || authorOf(ledger, 'point', id)?.sideId === actor.sideId
  check(own, 'BOARD-8', "you can only change your own side's sticking points")
  const title = patch.title === undefined ? undefined : requireText(patch.title, 'title')
  const description =
    patch.description === undefined ? undefined : optionalText(patch.description, 'description')
  board.transact(() => {
    if (title !== undefined) m.set('title', title)
    if (description !== undefined) m.set('description', description)
  }, ctx.origin)
}
