/**
 * Several agreements per session (SIGN-9), each of a kind (SIGN-10), with the document's fields (SIGN-12):
 * considerations, place and date. Only the mediator writes these, on its own replica (the parties'
 * particulars, which a party writes through the server, are in particulars.ts).
 */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { type AgreementSchema, agreementSchema, agreementsSchema, FIRST_AGREEMENT } from '../schema'
import { requireMediator } from '../session/access'
import type { SessionKind } from '../session/vocabulary'
import { MAX_TEXT, optionalText, requireTime } from '../validate'
import { type AgreementRef, markEdit, requireOpen } from './draft'
import { type AgreementKind, isAgreementKindFor } from './kinds'
import { ensureMeta, isCalendarDate } from './particulars'
import { agreementIds, laterAgreements, scopeOf } from './scope'
import { lockedScope } from './signoffs'

/** Budgets of a document's fields. */
export const MAX_CONSIDERATIONS = 30
export const MAX_AGREEMENTS = 20

function requireKind(kind: unknown, sessionKind: SessionKind): AgreementKind {
  check(
    isAgreementKindFor(kind, sessionKind),
    'SIGN-10',
    `a ${sessionKind} session does not record a ${String(kind)}`,
  )
  return kind
}

function mediatorScope(doc: Y.Doc, ref: AgreementRef, ctx: CommandContext, what: string) {
  requireMediator(ctx.actor, what)
  requireTime(ctx.now, 'now')
  const scope = scopeOf(doc, ref.agreementId)
  requireOpen(scope.s)
  return scope
}

/**
 * SIGN-9: the mediator starts a new agreement of `kind` once every earlier one is locked; it begins with the
 * particulars of the one before (people rarely move between an interim and a final agreement). Returns its id.
 */
export function startAgreement(
  doc: Y.Doc,
  input: { kind: string; sessionKind: SessionKind },
  ctx: CommandContext,
): string {
  requireMediator(ctx.actor, 'start an agreement')
  requireTime(ctx.now, 'now')
  const kind = requireKind(input.kind, input.sessionKind)
  const ids = agreementIds(doc)
  check(
    ids.every((a) => lockedScope(agreementSchema(doc, a))),
    'SIGN-9',
    'a new agreement starts only once every earlier one is signed and locked',
  )
  check(ids.length < MAX_AGREEMENTS, 'SIGN-9', `a session holds at most ${MAX_AGREEMENTS} agreements`)
  const metas = agreementsSchema(doc).agreements
  const id = freshId({ has: (k) => k === FIRST_AGREEMENT || metas.has(k) }, ctx.newId)
  const previous = agreementSchema(doc, ids.at(-1)!)
  const number = (laterAgreements(doc).at(-1)?.number ?? 1) + 1
  // The first agreement's entry is not written here: an entry gives it fields, which would change its text.
  doc.transact(() => {
    metas.set(id, { id, kind, number, createdAt: ctx.now, createdBy: ctx.actor.participantId })
    const next = agreementSchema(doc, id)
    for (const [key, p] of previous.particulars.entries()) next.particulars.set(key, { ...p })
    const place = previous.details.get('place')
    if (typeof place === 'string' && place) next.details.set('place', place)
  }, ctx.origin)
  return id
}

/** SIGN-10: the mediator sets the kind of an open agreement (a change of the signed text, SIGN-12). */
export function setAgreementKind(
  doc: Y.Doc,
  input: AgreementRef & { kind: string; sessionKind: SessionKind },
  ctx: CommandContext,
): void {
  const { id, s } = mediatorScope(doc, input, ctx, 'set the kind of an agreement')
  const kind = requireKind(input.kind, input.sessionKind)
  const metas = agreementsSchema(doc).agreements
  if (metas.get(id)?.kind === kind) return
  doc.transact(() => {
    ensureMeta(doc, id, input.sessionKind, ctx)
    metas.set(id, { ...metas.get(id)!, kind })
    markEdit(s, ctx)
  }, ctx.origin)
}

/** SIGN-12: the mediator writes the considerations (overwegingen), in order; empty lines are dropped. */
export function setConsiderations(
  doc: Y.Doc,
  input: AgreementRef & { considerations: string[]; sessionKind: SessionKind },
  ctx: CommandContext,
): void {
  const { id, s } = mediatorScope(doc, input, ctx, 'write the considerations')
  check(
    Array.isArray(input.considerations) && input.considerations.length <= MAX_CONSIDERATIONS,
    'INPUT-1',
    `at most ${MAX_CONSIDERATIONS} considerations`,
  )
  const clean = input.considerations
    .map((c, i) => optionalText(c, `consideration ${i + 1}`, MAX_TEXT).trim())
    .filter((c) => c.length > 0)
  writeDetail(doc, id, s, 'considerations', clean, input.sessionKind, ctx)
}

/** SIGN-12: the mediator writes where and on which date (YYYY-MM-DD, or '' to leave it to the pen) it is signed. */
export function setPlaceAndDate(
  doc: Y.Doc,
  input: AgreementRef & { place: string; date: string; sessionKind: SessionKind },
  ctx: CommandContext,
): void {
  const { id, s } = mediatorScope(doc, input, ctx, 'write the place and date')
  const place = optionalText(input.place, 'place', 200).trim()
  const date = optionalText(input.date, 'date', 10).trim()
  check(date === '' || isCalendarDate(date), 'INPUT-1', 'the date is YYYY-MM-DD')
  doc.transact(() => {
    writeDetail(doc, id, s, 'place', place, input.sessionKind, ctx)
    writeDetail(doc, id, s, 'date', date, input.sessionKind, ctx)
  }, ctx.origin)
}

function writeDetail(
  doc: Y.Doc,
  id: string,
  s: AgreementSchema,
  key: string,
  value: string | string[],
  sessionKind: SessionKind,
  ctx: CommandContext,
): void {
  const old = s.details.get(key)
  const same = Array.isArray(value)
    ? Array.isArray(old) && old.length === value.length && old.every((o, i) => o === value[i])
    : (old ?? '') === value
  if (same) return
  doc.transact(() => {
    ensureMeta(doc, id, sessionKind, ctx)
    s.details.set(key, value)
    markEdit(s, ctx)
  }, ctx.origin)
}
