/** The board's party commands (BOARD-13): checked by the same rules as a direct edit, applied by the server. */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { requireBoardActor } from '../session/access'
import { recordAuthor } from './ledger'
import { setOptionStatus } from './option-status'
import { addOption, editOption, setInterests } from './options'
import { addStickingPoint, editStickingPoint } from './points'

/** The board's commands (BOARD-13): how a party or adviser adds and changes what it may on the board. */
export type BoardCommand =
  | { type: 'addIdea'; title: string; description?: string; pointId?: string | null }
  | { type: 'editIdea'; id: string; title?: string; description?: string; pointId?: string | null }
  | { type: 'withdrawIdea'; id: string }
  | { type: 'setInterests'; id: string; text: string }
  | { type: 'addPoint'; title: string; description?: string }
  | { type: 'editPoint'; id: string; title?: string; description?: string }

/** The documents a command may touch; the board's are loaded only for board commands. */
export interface CommandDocs {
  control: Y.Doc
  agreement: Y.Doc
  board?: Y.Doc
  ledger?: Y.Doc
  /** The actor's own side's `caucus/<side>` document (none for the mediator). */
  caucus?: Y.Doc | null
}

/** BOARD-13/14: a board command, checked by the same rules as a direct edit; the author goes to the ledger. */
export function applyBoardCommand(
  docs: CommandDocs,
  c: BoardCommand,
  ctx: CommandContext,
): string | undefined {
  const { board, ledger } = docs
  check(board !== undefined && ledger !== undefined, 'CMD-1', `${c.type} needs the board`)
  requireBoardActor(ctx.actor)
  const author = { ledger, caucus: docs.caucus ?? null }
  if (c.type === 'addIdea') {
    const { title, description, pointId } = c
    const id = addOption(board, { title, ...optional({ description, pointId }) }, ctx)
    recordAuthor(author, { kind: 'option', id }, ctx)
    return id
  }
  if (c.type === 'addPoint') {
    const id = addStickingPoint(board, { title: c.title, ...optional({ description: c.description }) }, ctx)
    recordAuthor(author, { kind: 'point', id }, ctx)
    return id
  }
  if (c.type === 'editIdea') {
    const { id, title, description, pointId } = c
    editOption(board, { id, ...optional({ title, description, pointId }) }, ctx, ledger)
  } else if (c.type === 'withdrawIdea') {
    setOptionStatus(board, { id: c.id, status: 'withdrawn' }, ctx, ledger)
  } else if (c.type === 'setInterests') {
    // BOARD-6: the side is the actor's own; the mediator states interests directly on the board.
    const sideId = ctx.actor.sideId
    check(sideId !== null, 'BOARD-6', 'only a side states its interests')
    setInterests(board, { id: c.id, sideId, text: c.text }, ctx)
  } else {
    const { id, title, description } = c
    editStickingPoint(board, { id, ...optional({ title, description }) }, ctx, ledger)
  }
  return undefined
}

/** The fields that are set (exactOptionalPropertyTypes: an absent field is not `undefined`). */
function optional<T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v
  return out as { [K in keyof T]?: Exclude<T[K], undefined> }
}
