/** Options on the board: add, edit, interests per side and criteria. Status changes are in option-status.ts. */
import * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { boardSchema, newItemMap } from '../schema'
import { isSideMember, requireBoardActor, requireMediator } from '../session/access'
import type { Actor } from '../session/types'
import { MAX_TEXT, optionalText, requireId, requireText, requireTime } from '../validate'
import { boardPhase } from './board-phase'
import { authorOf } from './ledger'
import { optionStatus, requireOption, strOrNull } from './read-maps'

/**
 * Adds an option (status proposed); returns its id. BOARD-5: brainstorm options are unattributed and carry no
 * author; BOARD-13: a party or adviser adds only during brainstorm (the server records who, BOARD-14).
 */
export function addOption(
  board: Y.Doc,
  input: { pointId?: string | null; title: string; description?: string; originSideId?: string | null },
  ctx: CommandContext,
): string {
  const { actor, now } = ctx
  requireBoardActor(actor)
  requireTime(now, 'now')
  requireBrainstormForSide(board, actor)
  const s = boardSchema(board)
  const title = requireText(input.title, 'title')
  const description = optionalText(input.description, 'description', MAX_TEXT)
  const pointId = input.pointId ?? null
  check(pointId === null || s.points.has(pointId), 'BOARD-9', `unknown sticking point ${pointId}`)
  const originSideId = originOf(board, input.originSideId ?? null)
  const id = freshId(s.options, ctx.newId)
  const m = newItemMap({ id, pointId, title, description, originSideId, status: 'proposed' })
  m.set('createdAt', now)
  // BOARD-5/14: only the mediator's own items name an author on the board; a party's is in the ledger.
  if (actor.role === 'mediator') m.set('createdBy', actor.participantId)
  m.set('criteria', [])
  m.set('interests', new Y.Map<string>())
  board.transact(() => s.options.set(id, m), ctx.origin)
  return id
}

/** BOARD-13: the phase lock; while the board is evaluated, a side no longer adds or rewrites ideas. */
export function requireBrainstormForSide(board: Y.Doc, actor: Actor): void {
  check(
    !isSideMember(actor.role) || boardPhase(board) === 'brainstorm',
    'BOARD-13',
    'ideas are added and edited during brainstorm only',
  )
}

function originOf(board: Y.Doc, given: string | null): string | null {
  if (boardPhase(board) === 'brainstorm') {
    check(given === null, 'BOARD-5', 'during brainstorm options are unattributed')
    return null
  }
  // Only the mediator adds during evaluate (BOARD-13) and may name the side an option comes from.
  return given === null ? null : requireId(given, 'origin side')
}

/**
 * BOARD-8: a party or adviser changes only what its side authored: the ledger's record, or an option the
 * mediator attributed to its side. Without the ledger (a direct call) a side member owns nothing unattributed.
 */
export function requireOwnOption(m: Y.Map<unknown>, id: string, actor: Actor, ledger: Y.Doc | null): void {
  check(ownsOption(m, id, actor, ledger), 'BOARD-8', "you can only change your own side's ideas")
}

/** BOARD-8 as a question: may `actor` change this option as its own (the mediator always may)? */
export function ownsOption(m: Y.Map<unknown>, id: string, actor: Actor, ledger: Y.Doc | null): boolean {
  if (actor.role === 'mediator') return true
  const side = authorOf(ledger, 'option', id)?.sideId ?? strOrNull(m, 'originSideId')
  return side !== null && side === actor.sideId
}

/** Edits title, description or sticking point; BOARD-10: the text of an agreed option is frozen. */
export function editOption(
  board: Y.Doc,
  patch: { id: string; title?: string; description?: string; pointId?: string | null },
  ctx: CommandContext,
  ledger: Y.Doc | null = null,
): void {
  requireBoardActor(ctx.actor)
  const m = requireOption(board, patch.id)
  requireBrainstormForSide(board, ctx.actor)
  requireOwnOption(m, patch.id, ctx.actor, ledger)
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
  requireBoardActor(actor)
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

/** BOARD-13: the mediator replaces an option's criteria (up to 20 non-empty lines). */
export function setCriteria(
  board: Y.Doc,
  input: { id: string; criteria: string[] },
  ctx: CommandContext,
): void {
  const { id, criteria } = input
  requireMediator(ctx.actor, 'set the criteria of an option')
  const m = requireOption(board, id)
  check(Array.isArray(criteria) && criteria.length <= 20, 'INPUT-1', 'at most 20 criteria')
  const clean = criteria.map((c, i) => requireText(c, `criterion ${i + 1}`))
  board.transact(() => m.set('criteria', clean), ctx.origin)
}
