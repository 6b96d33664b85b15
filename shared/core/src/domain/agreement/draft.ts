/** The agreement draft: ordered clauses linked to the options they came from. Only the mediator writes. */
import * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { hashText, normalizeText } from '../hash'
import { agreementSchema, newItemMap } from '../schema'
import { requireWrite } from '../session/access'
import { MAX_TEXT, requireId, requireText, requireTime } from '../validate'
import { canonicalText, orderedClauses, readClauses } from './draft-read'
import { isLocked } from './signoffs'
import type { DraftView } from './types'

function guard(agreement: Y.Doc, { actor, now }: CommandContext): void {
  requireWrite('agreement', actor)
  requireTime(now, 'now')
  check(!isLocked(agreement), 'SIGN-5', 'the agreement is signed and locked')
}

/** SIGN-3: every text change leaves an edit mark, which voids all sign-offs made before it. */
function markEdit(agreement: Y.Doc, { actor, now }: CommandContext): void {
  agreementSchema(agreement).edits.push([{ at: now, by: actor.participantId }])
}

function requireClause(agreement: Y.Doc, id: string): Y.Map<unknown> {
  const m = agreementSchema(agreement).clauses.get(id)
  check(m instanceof Y.Map, 'SIGN-8', `unknown clause ${id}`)
  return m
}

function cleanOptionIds(optionIds: unknown): string[] {
  check(Array.isArray(optionIds) && optionIds.length <= 50, 'INPUT-1', 'a clause links at most 50 options')
  return [...new Set(optionIds.map((o, i) => requireId(o, `option ${i + 1}`)))]
}

/** A position between the clauses now at `index - 1` and `index` (fractional, so moves touch one clause). */
function positionAt(agreement: Y.Doc, index: number, exclude?: string): number {
  const list = orderedClauses(agreement).filter((c) => c.id !== exclude)
  const i = Math.max(0, Math.min(Math.trunc(index), list.length))
  const before = list[i - 1]?.position
  const after = list[i]?.position
  if (before === undefined) return after === undefined ? 0 : after - 1
  return after === undefined ? before + 1 : (before + after) / 2
}

/** Adds a clause at `index` (default: the end); returns its id. */
export function addClause(
  agreement: Y.Doc,
  input: { text: string; optionIds?: string[]; index?: number },
  ctx: CommandContext,
): string {
  guard(agreement, ctx)
  const text = requireText(input.text, 'clause text', MAX_TEXT)
  const optionIds = cleanOptionIds(input.optionIds ?? [])
  const index = input.index
  check(
    index === undefined || (Number.isInteger(index) && index >= 0),
    'INPUT-1',
    'the index is a whole number from 0',
  )
  const clauses = agreementSchema(agreement).clauses
  const id = freshId(clauses, ctx.newId)
  const position = positionAt(agreement, index ?? clauses.size)
  agreement.transact(() => {
    clauses.set(id, newItemMap({ id, text, optionIds, position, createdAt: ctx.now }))
    markEdit(agreement, ctx)
  }, ctx.origin)
  return id
}

/** Replaces a clause's text; an edit that changes nothing canonical is no change. */
export function editClause(agreement: Y.Doc, input: { id: string; text: string }, ctx: CommandContext): void {
  const { id, text } = input
  guard(agreement, ctx)
  const m = requireClause(agreement, id)
  const clean = requireText(text, 'clause text', MAX_TEXT)
  const old = m.get('text')
  if (typeof old === 'string' && normalizeText(old) === normalizeText(clean)) return
  agreement.transact(() => {
    m.set('text', clean)
    markEdit(agreement, ctx)
  }, ctx.origin)
}

/** Moves a clause to `toIndex` in the order without it. */
export function moveClause(
  agreement: Y.Doc,
  input: { id: string; toIndex: number },
  ctx: CommandContext,
): void {
  const { id, toIndex } = input
  guard(agreement, ctx)
  const m = requireClause(agreement, id)
  check(Number.isInteger(toIndex) && toIndex >= 0, 'INPUT-1', 'the index is a whole number from 0')
  const from = orderedClauses(agreement).findIndex((c) => c.id === id)
  if (from === toIndex) return
  const position = positionAt(agreement, toIndex, id)
  agreement.transact(() => {
    m.set('position', position)
    markEdit(agreement, ctx)
  }, ctx.origin)
}

/** Removes a clause. */
export function removeClause(agreement: Y.Doc, input: { id: string }, ctx: CommandContext): void {
  const { id } = input
  guard(agreement, ctx)
  requireClause(agreement, id)
  agreement.transact(() => {
    agreementSchema(agreement).clauses.delete(id)
    markEdit(agreement, ctx)
  }, ctx.origin)
}

/** Links a clause to the options it came from (links are not part of the signed text). */
export function linkClauseOptions(
  agreement: Y.Doc,
  input: { id: string; optionIds: string[] },
  ctx: CommandContext,
): void {
  const { id, optionIds } = input
  requireWrite('agreement', ctx.actor)
  check(!isLocked(agreement), 'SIGN-5', 'the agreement is signed and locked')
  const m = requireClause(agreement, id)
  const clean = cleanOptionIds(optionIds)
  agreement.transact(() => m.set('optionIds', clean), ctx.origin)
}

/** The draft in order with its canonical text, hash and lock state. */
export function getDraft(agreement: Y.Doc): DraftView {
  const clauses = readClauses(agreement)
  const text = canonicalText(clauses)
  return { clauses, text, hash: hashText(text), locked: isLocked(agreement) }
}
