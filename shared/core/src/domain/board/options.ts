/** Options on the board: add, edit, interests per side and criteria. Status changes are in option-status.ts. */
import * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { boardSchema, newItemMap } from '../schema'
import { isSideMember, requireWrite } from '../session/access'
import type { Actor } from '../session/types'
import { MAX_TEXT, optionalText, requireId, requireText, requireTime } from '../validate'
import { boardPhase } from './board-phase'
import { optionStatus, requireOption, strOrNull } from './read-maps'
import type { StatusChange } from './types'

/** Adds an option (status proposed); returns its id. BOARD-5: brainstorm options are unattributed. */
export function addOption(
  board: Y.Doc,
  input: { pointId?: string | null; title: string; description?: string; originSideId?: string | null },
  ctx: CommandContext,
): string {
  const { actor, now } = ctx
  requireWrite('board', actor)
  requireTime(now, 'now')
  const s = boardSchema(board)
  const title = requireText(input.title, 'title')
  const description = optionalText(input.description, 'description', MAX_TEXT)
  const pointId = input.pointId ?? null
  check(pointId === null || s.points.has(pointId), 'BOARD-9', `unknown sticking point ${pointId}`)
  const originSideId = originOf(board, input.originSideId ?? null, actor)
  const id = freshId(s.options, ctx.newId)
  const m = newItemMap({ id, pointId, title, description, originSideId, status: 'proposed' })
  m.set('createdAt', now)
  m.set('createdBy', actor.participantId)
  m.set('criteria', [])
  m.set('interests', new Y.Map<string>())
  m.set('history', new Y.Array<StatusChange>())
  board.transact(() => s.options.set(id, m), ctx.origin)
  return id
}

function originOf(board: Y.Doc, given: string | null, actor: Actor): string | null {
  if (boardPhase(board) === 'brainstorm') {
    check(given === null, 'BOARD-5', 'during brainstorm options are unattributed')
    return null
  }
  if (isSideMember(actor.role)) {
    check(given === null || given === actor.sideId, 'BOARD-6', 'you can only propose for your own side')
    return actor.sideId
  }
  return given === null ? null : requireId(given, 'origin side')
}

/** BOARD-8: a party or adviser may change only options of their own side or unattributed ones. */
function requireEditable(m: Y.Map<unknown>, actor: Actor): void {
  requireWrite('board', actor)
  const side = strOrNull(m, 'originSideId')
  const own = actor.role === 'mediator' || side === null || side === actor.sideId
  check(own, 'BOARD-8', "you cannot change another side's option")
}

/** Edits title, description or sticking point; BOARD-10: the text of an agreed option is frozen. */
export function editOption(
  board: Y.Doc,
  patch: { id: string; title?: string; description?: string; pointId?: string | null },
  ctx: CommandContext,
): void {
  const m = requireOption(board, patch.id)
  requireEditable(m, ctx.actor)
  const frozen = ['agreedInPrinciple', 'agreed'].includes(optionStatus(m))
  check(
    !frozen || (patch.title === undefined && patch.description === undefined),
    'BOARD-10',
    'the option is agreed',
  )
  const title = patch.title === undefined ? undefined : requireText(patch.title, 'title')
  const description =
    patch.description === undefined ? undefined : optionalText(patch.description, 'description')
  const pointId = patch.pointId
  const points = boardSchema(board).points
  check(
    pointId === undefined || pointId === null || points.has(pointId),
    'BOARD-9',
    `unknown point ${pointId}`,
  )
  board.transact(() => {
    if (title !== undefined) m.set('title', title)
    if (description !== undefined) m.set('description', description)
    if (pointId !== undefined) m.set('pointId', pointId)
  }, ctx.origin)
}

/** BOARD-6: sets (or with empty text clears) the interests an option serves for one side; parties only their own. */
export function setInterests(
  board: Y.Doc,
  input: { id: string; sideId: string; text: string },
  ctx: CommandContext,
): void {
  const { id, sideId, text } = input
  const { actor } = ctx
  requireWrite('board', actor)
  const m = requireOption(board, id)
  requireId(sideId, 'side id')
  check(
    !isSideMember(actor.role) || sideId === actor.sideId,
    'BOARD-6',
    "you cannot state another side's interests",
  )
  const clean = optionalText(text, 'interests', 2000).trim()
  board.transact(() => {
    let im = m.get('interests')
    if (!(im instanceof Y.Map)) {
      im = new Y.Map<string>()
      m.set('interests', im)
    }
    const map = im as Y.Map<string>
    if (clean === '') map.delete(sideId)
    else map.set(sideId, clean)
  }, ctx.origin)
}

/** Replaces an option's criteria (up to 20 non-empty lines). */
export function setCriteria(
  board: Y.Doc,
  input: { id: string; criteria: string[] },
  ctx: CommandContext,
): void {
  const { id, criteria } = input
  requireWrite('board', ctx.actor)
  const m = requireOption(board, id)
  check(Array.isArray(criteria) && criteria.length <= 20, 'INPUT-1', 'at most 20 criteria')
  const clean = criteria.map((c, i) => requireText(c, `criterion ${i + 1}`))
  board.transact(() => m.set('criteria', clean), ctx.origin)
}
