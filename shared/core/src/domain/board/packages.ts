/** Packages of options: nothing is agreed until everything in the package is agreed (BOARD-7). */
import * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { boardSchema, newItemMap } from '../schema'
import { requireMediator } from '../session/access'
import { requireText } from '../validate'
import { optionStatus, strings } from './read-maps'

function cleanMembers(board: Y.Doc, optionIds: unknown): string[] {
  check(Array.isArray(optionIds) && optionIds.length > 0, 'BOARD-12', 'a package holds at least one option')
  check(new Set(optionIds).size === optionIds.length, 'BOARD-12', 'an option appears twice in the package')
  const options = boardSchema(board).options
  for (const id of optionIds)
    check(typeof id === 'string' && options.has(id), 'BOARD-9', `unknown option ${id}`)
  const ids = optionIds as string[]
  const statuses = ids.map((id) => optionStatus(options.get(id) as Y.Map<unknown>))
  const mixed =
    statuses.includes('agreed') && statuses.some((s) => s !== 'agreed' && s !== 'agreedInPrinciple')
  check(!mixed, 'BOARD-7', 'an agreed option cannot share a package with options not agreed in principle')
  return [...ids]
}

/** BOARD-13: the mediator adds a package of options; returns its id. */
export function addPackage(
  board: Y.Doc,
  input: { name: string; optionIds: string[] },
  ctx: CommandContext,
): string {
  requireMediator(ctx.actor, 'make a package')
  const name = requireText(input.name, 'package name')
  const optionIds = cleanMembers(board, input.optionIds)
  const packages = boardSchema(board).packages
  const id = freshId(packages, ctx.newId)
  board.transact(() => packages.set(id, newItemMap({ id, name, optionIds })), ctx.origin)
  return id
}

/** BOARD-13: the mediator renames a package or replaces its options. */
export function editPackage(
  board: Y.Doc,
  patch: { id: string; name?: string; optionIds?: string[] },
  ctx: CommandContext,
): void {
  const { id } = patch
  requireMediator(ctx.actor, 'change a package')
  const m = boardSchema(board).packages.get(id)
  check(m instanceof Y.Map, 'BOARD-9', `unknown package ${id}`)
  const name = patch.name === undefined ? undefined : requireText(patch.name, 'package name')
  const optionIds = patch.optionIds === undefined ? undefined : cleanMembers(board, patch.optionIds)
  board.transact(() => {
    if (name !== undefined) m.set('name', name)
    if (optionIds !== undefined) m.set('optionIds', optionIds)
  }, ctx.origin)
}

/** The option ids of a package that still exist. */
export function packageMembers(board: Y.Doc, m: Y.Map<unknown>): string[] {
  const options = boardSchema(board).options
  return strings(m.get('optionIds')).filter((o) => options.has(o))
}
