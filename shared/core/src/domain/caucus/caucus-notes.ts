/** Caucus points in `caucus/<side>` (or a shared room's `caucus/<a+b>`, CAUCUS-13): what was said in private, and what the side allows to be passed on. */

import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { freshId } from '../fresh-id'
import { caucusSchema } from '../schema'
import { isSideMember } from '../session/access'
import type { Actor } from '../session/types'
import { MAX_TEXT, requireText, requireTime } from '../validate'
import type { CaucusPoint } from './types'

function requireCaucusWriter(actor: Actor): void {
  check(
    actor.role === 'mediator' || isSideMember(actor.role),
    'ACCESS-3',
    'only the mediator and the side write here',
  )
}

/**
 * CAUCUS-8: whether `actor` may set a point's permission to `mayShare`. Only a party allows passing a point on
 * (it is their confidence; an adviser advises, the mediator never grants); a party or the mediator may withdraw.
 */
export function maySetSharing(actor: Actor, mayShare: boolean): boolean {
  return mayShare ? actor.role === 'party' : actor.role === 'party' || actor.role === 'mediator'
}

/** Notes a caucus point; returns its id. A party may allow passing it on at once. */
export function addCaucusPoint(
  caucusDoc: Y.Doc,
  input: { text: string; mayShare?: boolean },
  ctx: CommandContext,
): string {
  const { actor, now } = ctx
  requireCaucusWriter(actor)
  requireTime(now, 'now')
  const text = requireText(input.text, 'caucus point', MAX_TEXT)
  const allow = input.mayShare === true
  check(!allow || maySetSharing(actor, true), 'CAUCUS-8', 'only a party allows passing a point on')
  const s = caucusSchema(caucusDoc)
  const id = freshId(new Set(s.items.toArray().map((i) => i.id)), ctx.newId)
  caucusDoc.transact(() => {
    s.items.push([{ id, text, at: now, by: actor.participantId }])
    if (allow) s.sharing.set(id, true)
  }, ctx.origin)
  return id
}

/** CAUCUS-8: a party allows or withdraws passing a point on; the mediator may only withdraw; an adviser neither. */
export function setMayShare(
  caucusDoc: Y.Doc,
  input: { id: string; mayShare: boolean },
  ctx: CommandContext,
): void {
  const { id, mayShare } = input
  const { actor } = ctx
  requireCaucusWriter(actor)
  check(typeof mayShare === 'boolean', 'INPUT-1', 'mayShare must be true or false')
  check(
    maySetSharing(actor, mayShare),
    'CAUCUS-8',
    'only a party allows passing a point on; a party or the mediator withdraws',
  )
  const s = caucusSchema(caucusDoc)
  check(
    s.items.toArray().some((i) => i.id === id),
    'CAUCUS-8',
    `unknown caucus point ${id}`,
  )
  caucusDoc.transact(() => s.sharing.set(id, mayShare), ctx.origin)
}

/** Caucus points in time order, each with whether it may be passed on. */
export function listCaucusPoints(caucusDoc: Y.Doc): CaucusPoint[] {
  const s = caucusSchema(caucusDoc)
  return s.items
    .toArray()
    .map((i) => ({ id: i.id, text: i.text, at: i.at, by: i.by, mayShare: s.sharing.get(i.id) === true }))
    .sort((a, b) => a.at - b.at)
}
