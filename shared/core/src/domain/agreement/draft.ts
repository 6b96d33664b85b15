/** The agreement draft: ordered clauses linked to the options they came from. Only the mediator writes. */
import * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { hashText, normalizeText } from '../hash'
import { type AgreementSchema, newItemMap } from '../schema'
import { requireWrite } from '../session/access'
import { MAX_TEXT, requireId, requireText, requireTime } from '../validate'
import { readDocument } from './document-read'
import { canonicalDocument, orderedClauses, readClauses } from './draft-read'
import { scopeOf } from './scope'
import { lockedScope } from './signoffs'
import type { DraftView } from './types'

/** Names the agreement a command is about; left out, the current (newest) one (SIGN-9). */
export interface AgreementRef {
  agreementId?: string
}

/** SIGN-5: refuses a change of a locked agreement. */
export function requireOpen(s: AgreementSchema): void {
  check(!lockedScope(s), 'SIGN-5', 'the agreement is signed and locked')
}

function guard(agreement: Y.Doc, ref: AgreementRef, { actor, now }: CommandContext): AgreementSchema {
  requireWrite('agreement', actor)
  requireTime(now, 'now')
  const { s } = scopeOf(agreement, ref.agreementId)
  requireOpen(s)
  return s
}

/** SIGN-3: every text change leaves an edit mark, which voids all sign-offs made before it. */
export function markEdit(s: AgreementSchema, { actor, now }: CommandContext): void {
  s.edits.push([{ at: now, by: actor.participantId }])
}

function requireClause(s: AgreementSchema, id: string): Y.Map<unknown> {
  const m = s.clauses.get(id)
  check(m instanceof Y.Map, 'SIGN-8', `unknown clause ${id}`)
  return m
}

function cleanOptionIds(optionIds: unknown): string[] {
  check(Array.isArray(optionIds) && optionIds.length <= 50, 'INPUT-1', 'a clause links at most 50 options')
  return [...new Set(optionIds.map((o, i) => requireId(o, `option ${i + 1}`)))]
}

/** A position between the clauses now at `index - 1` and `index` (fractional, so moves touch one clause). */
function positionAt(s: AgreementSchema, index: number, exclude?: string): number {
  const list = orderedClauses(s).filter((c) => c.id !== exclude)
  const i = Math.max(0, Math.min(Math.trunc(index), list.length))
  const before = list[i - 1]?.position
  const after = list[i]?.position
  if (before === undefined) return after === undefined ? 0 : after - 1
  return after === undefined ? before + 1 : (before + after) / 2
}

/** Adds a clause at `index` (default: the end); returns its id. */
export function addClause(
  agreement: Y.Doc,
  input: AgreementRef & { text: string; optionIds?: string[]; index?: number },
  ctx: CommandContext,
): string {
  const s = guard(agreement, input, ctx)
  const text = requireText(input.text, 'clause text', MAX_TEXT)
  const optionIds = cleanOptionIds(input.optionIds ?? [])
  const index = input.index
  check(
    index === undefined || (Number.isInteger(index) && index >= 0),
    'INPUT-1',
    'the index is a whole number from 0',
  )
  const id = freshId(s.clauses, ctx.newId)
  const position = positionAt(s, index ?? s.clauses.size)
  agreement.transact(() => {
    s.clauses.set(id, newItemMap({ id, text, optionIds, position, createdAt: ctx.now }))
    markEdit(s, ctx)
  }, ctx.origin)
  return id
}

/** Replaces a clause's text; an edit that changes nothing canonical is no change. */
export function editClause(
  agreement: Y.Doc,
  input: AgreementRef & { id: string; text: string },
  ctx: CommandContext,
): void {
  const { id, text } = input
  const s = guard(agreement, input, ctx)
  const m = requireClause(s, id)
  const clean = requireText(text, 'clause text', MAX_TEXT)
  const old = m.get('text')
  if (typeof old === 'string' && normalizeText(old) === normalizeText(clean)) return
  agreement.transact(() => {
    m.set('text', clean)
    markEdit(s, ctx)
  }, ctx.origin)
}

/** Moves a clause to `toIndex` in the order without it. */
export function moveClause(
  agreement: Y.Doc,
  input: AgreementRef & { id: string; toIndex: number },
  ctx: CommandContext,
): void {
  const { id, toIndex } = input
  const s = guard(agreement, input, ctx)
  const m = requireClause(s, id)
  check(Number.isInteger(toIndex) && toIndex >= 0, 'INPUT-1', 'the index is a whole number from 0')
  const from = orderedClauses(s).findIndex((c) => c.id === id)
  if (from === toIndex) return
  const position = positionAt(s, toIndex, id)
  agreement.transact(() => {
    m.set('position', position)
    markEdit(s, ctx)
  }, ctx.origin)
}

/** Removes a clause. */
export function removeClause(
  agreement: Y.Doc,
  input: AgreementRef & { id: string },
  ctx: CommandContext,
): void {
  const { id } = input
  const s = guard(agreement, input, ctx)
  requireClause(s, id)
  agreement.transact(() => {
    s.clauses.delete(id)
    markEdit(s, ctx)
  }, ctx.origin)
}

/** Links a clause to the options it came from (links are not part of the signed text). */
export function linkClauseOptions(
  agreement: Y.Doc,
  input: AgreementRef & { id: string; optionIds: string[] },
  ctx: CommandContext,
): void {
  const { id, optionIds } = input
  requireWrite('agreement', ctx.actor)
  const { s } = scopeOf(agreement, input.agreementId)
  requireOpen(s)
  const m = requireClause(s, id)
  const clean = cleanOptionIds(optionIds)
  agreement.transact(() => m.set('optionIds', clean), ctx.origin)
}

/** The draft of agreement `agreementId` (default: the current one) with its canonical text, hash and lock state. */
export function getDraft(agreement: Y.Doc, agreementId?: string): DraftView {
  const { id, s } = scopeOf(agreement, agreementId)
  const clauses = readClauses(s)
  const document = readDocument(agreement, id, s)
  const text = canonicalDocument(document, clauses)
  return { agreementId: id, document, clauses, text, hash: hashText(text), locked: lockedScope(s) }
}
