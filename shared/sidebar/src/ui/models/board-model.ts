import type { Actor, AuthorRecord, BoardView, ItemKind, Ratings, StatusStep } from '@mediation/core/domain'
import { authoredBySide, authorOf, getBoard, getRatings, statusSteps } from '@mediation/core/domain'
import { computed, type ReadonlySignal, signal } from '@preact/signals'
import type * as Y from 'yjs'
import { observeDoc, safeQuery } from './doc-observer'

const EMPTY: BoardView = { phase: 'brainstorm', points: [], options: [], packages: [] }

/** Items my side wrote: the board names no author (BOARD-5), my side's caucus document does (BOARD-14). */
export interface OwnItems {
  options: ReadonlySet<string>
  points: ReadonlySet<string>
}
const NONE: OwnItems = { options: new Set(), points: new Set() }

/**
 * The option board, my own private ratings, and (for the mediator) everyone's, which the board view sums up. A party's
 * `caucusDoc` (its side's) tells which of the unattributed ideas are its side's own, to offer editing them. The
 * mediator's `ledgerDoc` (which only the mediator may read, ACCESS-1) names who proposed each party item.
 */
export function createBoardModel(doc: Y.Doc, caucusDoc: Y.Doc | null = null, ledgerDoc: Y.Doc | null = null) {
  const obs = observeDoc(doc)
  const caucusObs = caucusDoc ? observeDoc(caucusDoc) : null
  const ledgerObs = ledgerDoc ? observeDoc(ledgerDoc) : null
  /** BOARD-UI-1: who proposed a party's item, from the ledger; null without one (everyone but the mediator). */
  const authors = computed<((kind: ItemKind, id: string) => AuthorRecord | null) | null>(() => {
    if (!ledgerDoc || !ledgerObs) return null
    ledgerObs.version.value
    return (kind, id) => safeQuery(() => authorOf(ledgerDoc, kind, id), null)
  })
  const own = computed<OwnItems>(() => {
    if (!caucusDoc || !caucusObs) return NONE
    caucusObs.version.value
    return safeQuery(() => authoredBySide(caucusDoc), NONE)
  })
  const board = computed(() => {
    obs.version.value
    return safeQuery(() => getBoard(doc), EMPTY)
  })
  // Private docs: mine (a party) or every party's (the mediator, read-only); one observer each.
  const privates = signal<Map<string, { doc: Y.Doc; version: ReadonlySignal<number>; dispose(): void }>>(
    new Map(),
  )
  const ratingsOf = computed(() => {
    const out = new Map<string, Ratings>()
    for (const [pid, p] of privates.value) {
      p.version.value
      out.set(
        pid,
        safeQuery(() => getRatings(p.doc), {}),
      )
    }
    return out
  })
  return {
    doc,
    board,
    own,
    authors,
    ratingsOf,
    /** BOARD-17: per option, the status steps `actor` may take now (read while rendering, so it follows the board). */
    steps(actor: Actor): Map<string, StatusStep[]> {
      const b = board.value
      return new Map(b.options.map((o) => [o.id, statusSteps(b, o.id, actor)]))
    },
    /** Starts observing a participant's private document (opened by the session model). */
    addPrivate(participantId: string, privateDoc: Y.Doc) {
      if (privates.value.has(participantId)) return
      const o = observeDoc(privateDoc)
      privates.value = new Map(privates.value).set(participantId, { doc: privateDoc, ...o })
    },
    dispose() {
      obs.dispose()
      caucusObs?.dispose()
      ledgerObs?.dispose()
      for (const p of privates.value.values()) p.dispose()
    },
  }
}
export type BoardModel = ReturnType<typeof createBoardModel>
