/**
 * The ledger: the server's record of the board. Who wrote each party item (BOARD-14), and every status change
 * (BOARD-15). Only the server writes it and only the mediator reads it, so the board itself can stay anonymous.
 */
import * as Y from 'yjs'
import type { Origin } from '../origins'
import { boardSchema, caucusSchema, ledgerSchema } from '../schema'
import type { Actor } from '../session/types'
import { STATUSES } from './read-maps'
import type { AuthorRecord, LoggedStatusChange, OptionStatus, StatusChange } from './types'

export type ItemKind = AuthorRecord['kind']

const key = (kind: ItemKind, id: string) => `${kind}:${id}`

/** BOARD-14: records that a party or adviser wrote item `id`; the side's own caucus doc learns it is theirs. */
export function recordAuthor(
  docs: { ledger: Y.Doc; caucus: Y.Doc | null },
  item: { kind: ItemKind; id: string },
  ctx: { actor: Actor; now: number; origin: Origin },
): void {
  const { actor, now } = ctx
  if (actor.sideId === null) return
  const record: AuthorRecord = {
    kind: item.kind,
    participantId: actor.participantId,
    sideId: actor.sideId,
    at: now,
  }
  docs.ledger.transact(
    () => ledgerSchema(docs.ledger).authors.set(key(item.kind, item.id), record),
    ctx.origin,
  )
  const caucus = docs.caucus
  if (caucus)
    caucus.transact(() => caucusSchema(caucus).authored.set(key(item.kind, item.id), true), ctx.origin)
}

/** The recorded author of an item, or null (the mediator's items and items from before the ledger). */
export function authorOf(ledger: Y.Doc | null, kind: ItemKind, id: string): AuthorRecord | null {
  if (!ledger) return null
  const r = ledgerSchema(ledger).authors.get(key(kind, id))
  return r && typeof r.sideId === 'string' ? r : null
}

/** The items a side's caucus document marks as its own (for that side's sidebar; it grants nothing). */
export function authoredBySide(caucus: Y.Doc): { options: Set<string>; points: Set<string> } {
  const out = { options: new Set<string>(), points: new Set<string>() }
  for (const k of caucusSchema(caucus).authored.keys()) {
    const [kind, id] = [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)]
    if (kind === 'option') out.options.add(id)
    else if (kind === 'point') out.points.add(id)
  }
  return out
}

/** A status change seen on the board: which option, from what to what. */
export interface StatusMove {
  optionId: string
  from: OptionStatus
  to: OptionStatus
}

/**
 * BOARD-15: calls `fn` after every board transaction that changed the status of an existing option, whoever made
 * it, with the moves and the transaction's origin (a socket for direct edits, an Origin for the server's own).
 */
export function observeStatusMoves(
  board: Y.Doc,
  fn: (moves: StatusMove[], origin: unknown) => void,
): () => void {
  const options = boardSchema(board).options
  const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    const moves: StatusMove[] = []
    for (const e of events) {
      const m = e.target
      if (!(m instanceof Y.Map) || m.parent !== options) continue
      const change = e.changes.keys.get('status')
      if (change?.action !== 'update') continue
      const from = change.oldValue as OptionStatus
      const to = m.get('status') as OptionStatus
      if (!STATUSES.includes(from) || !STATUSES.includes(to) || from === to) continue
      moves.push({ optionId: String(m.get('id') ?? keyOf(options, m)), from, to })
    }
    if (moves.length > 0) fn(moves, tr.origin)
  }
  options.observeDeep(handler)
  return () => options.unobserveDeep(handler)
}

function keyOf(options: Y.Map<Y.Map<unknown>>, m: Y.Map<unknown>): string {
  for (const [k, v] of options.entries()) if (v === m) return k
  return ''
}

/** BOARD-15: appends status changes to the ledger with the server's clock and who made them. */
export function logStatusMoves(
  ledger: Y.Doc,
  moves: StatusMove[],
  ctx: { by: string; now: number; origin: Origin },
): void {
  const entries = moves.map((m) => ({ ...m, at: ctx.now, by: ctx.by }))
  ledger.transact(() => ledgerSchema(ledger).history.push(entries), ctx.origin)
}

/** BOARD-15: the logged status changes of every option, by option id, in log order. */
export function historyByOption(ledger: Y.Doc | null): Map<string, StatusChange[]> {
  const out = new Map<string, StatusChange[]>()
  if (!ledger) return out
  for (const e of ledgerSchema(ledger).history.toArray() as LoggedStatusChange[]) {
    const { optionId, from, to, at, by } = e
    out.set(optionId, [...(out.get(optionId) ?? []), { from, to, at, by }])
  }
  return out
}
