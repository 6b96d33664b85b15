/** SIGN-11: the parties' particulars (name, address, date of birth), written by the mediator or a party for itself. */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { agreementsSchema, FIRST_AGREEMENT } from '../schema'
import type { Participant } from '../session/types'
import type { SessionKind } from '../session/vocabulary'
import { optionalText, requireText, requireTime } from '../validate'
import { type AgreementRef, markEdit, requireOpen } from './draft'
import { agreementKindsFor } from './kinds'
import { scopeOf } from './scope'

const MAX_ADDRESS = 300

/**
 * The first agreement gets its entry (its kind) the first time one of its fields is written (only while it is
 * open: an entry makes its fields part of its text, SIGN-12).
 */
export function ensureMeta(doc: Y.Doc, id: string, sessionKind: SessionKind, ctx: CommandContext): void {
  const metas = agreementsSchema(doc).agreements
  if (id !== FIRST_AGREEMENT || metas.has(id)) return
  const kind = agreementKindsFor(sessionKind)[0]!
  metas.set(id, { id, kind, number: 1, createdAt: ctx.now, createdBy: ctx.actor.participantId })
}

/** A real calendar date YYYY-MM-DD from 1900 on. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && value >= '1900-01-01'
}

/**
 * SIGN-11: a party's particulars (name, address, date of birth). The mediator may write any party's; a party
 * only its own; an adviser, the secretariat or the other side nobody's. `participants` is the roster (read by
 * the caller from the control document); the named participant must be a party on it. A date of birth lies
 * before `now`. A change is a change of the signed text (SIGN-12).
 */
export function setParticulars(
  doc: Y.Doc,
  input: AgreementRef & {
    participantId: string
    name: string
    address: string
    birthDate: string
    participants: readonly Participant[]
    sessionKind: SessionKind
  },
  ctx: CommandContext,
): void {
  const { actor, now } = ctx
  requireTime(now, 'now')
  check(
    actor.role === 'mediator' || (actor.role === 'party' && actor.participantId === input.participantId),
    'SIGN-11',
    'a party enters only its own particulars',
  )
  const target = input.participants.find((p) => p.id === input.participantId)
  check(target?.role === 'party', 'SIGN-11', 'particulars are those of a party on the roster')
  const { id, s } = scopeOf(doc, input.agreementId)
  requireOpen(s)
  const name = requireText(input.name, 'name')
  const address = optionalText(input.address, 'address', MAX_ADDRESS).trim()
  const birthDate = optionalText(input.birthDate, 'date of birth', 10).trim()
  check(
    birthDate === '' || (isCalendarDate(birthDate) && Date.parse(`${birthDate}T00:00:00Z`) < now),
    'INPUT-1',
    'the date of birth is a past date YYYY-MM-DD',
  )
  const old = s.particulars.get(target.id)
  if (old && old.name === name && old.address === address && old.birthDate === birthDate) return
  doc.transact(() => {
    ensureMeta(doc, id, input.sessionKind, ctx)
    s.particulars.set(target.id, {
      participantId: target.id,
      name,
      address,
      birthDate,
      at: now,
      by: actor.participantId,
    })
    markEdit(s, ctx)
  }, ctx.origin)
}
