/** A board as the server holds it: the board, its ledger (with the server's status log) and the sides' caucus docs. */
import {
  type Actor,
  applyCommand,
  isOrigin,
  logStatusMoves,
  observeStatusMoves,
  type PartyCommand,
  serverOrigin,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { controlDoc, ctx, T0 } from './fixture'

export interface ServerBoard {
  control: Y.Doc
  agreement: Y.Doc
  board: Y.Doc
  ledger: Y.Doc
  caucus: Record<string, Y.Doc>
  /** The server's clock; tests move it. */
  clock: { now: number }
  /** Sends `command` as `actor` the way the server applies it (server origin, server clock). */
  send(actor: Actor, command: PartyCommand, newId?: () => string): string | undefined
}

/** The server's wiring: every status change on the board is logged in the ledger by the server (BOARD-15). */
export function serverBoard(): ServerBoard {
  const board = new Y.Doc()
  const ledger = new Y.Doc()
  const clock = { now: T0 }
  observeStatusMoves(board, (moves, origin) => {
    const by = isOrigin(origin) && origin.source !== 'store' ? origin.by : 'unknown'
    logStatusMoves(ledger, moves, { by, now: clock.now, origin: serverOrigin('server') })
  })
  const caucus = { A: new Y.Doc(), B: new Y.Doc() }
  const docs = { control: controlDoc(), agreement: new Y.Doc(), board, ledger, caucus }
  return {
    ...docs,
    clock,
    send(actor, command, newId) {
      const side = actor.sideId === null ? null : (caucus as Record<string, Y.Doc>)[actor.sideId]
      return applyCommand(
        { ...docs, caucus: side ?? null },
        command,
        ctx(actor, {
          now: clock.now,
          origin: serverOrigin(actor.participantId),
          ...(newId ? { newId } : {}),
        }),
      )
    },
  }
}
