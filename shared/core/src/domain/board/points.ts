/** Sticking points on the option board: the issues options are proposed for. */

import * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { boardSchema, newItemMap } from '../schema'
import { requireWrite } from '../session/access'
import { MAX_TEXT, optionalText, requireText, requireTime } from '../validate'

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
