/**
 * BOARD-15 on the server: every status change on a session's `board`, whoever made it (a command, or the
 * mediator's own socket), is appended to that session's `ledger` with the server's clock and who made it.
 * Only the server writes the ledger (no socket may: ACCESS-1), so no client can forge or drop a history entry.
 */
import { isOrigin, logStatusMoves, observeStatusMoves, serverOrigin } from '@mediation/core/domain'
import type { Logger } from 'pino'
import type { Room } from './room'
import type { Rooms } from './rooms'

/** Watches `room` if it is a session's board; a no-op for every other document. */
export function watchBoardLedger(room: Room, rooms: Rooms, now: () => number, logger: Logger): void {
  const [sessionId, docName] = [
    room.name.slice(0, room.name.indexOf('/')),
    room.name.slice(room.name.indexOf('/') + 1),
  ]
  if (docName !== 'board') return
  const ledgerName = `${sessionId}/ledger`
  observeStatusMoves(room.doc, (moves, origin) => {
    const by = whoMade(room, origin)
    // Loading a stored snapshot replays nothing new: those changes were logged when they were made.
    if (by === null) return
    const at = now()
    rooms
      .withDocs([ledgerName], ([ledger]) => {
        logStatusMoves(ledger!, moves, { by, now: at, origin: serverOrigin(by) })
      })
      .catch((err: unknown) => logger.error({ err, doc: ledgerName }, 'logging a status change failed'))
  })
}

/** The participant behind a transaction on the board: a socket's, a command's (server origin), or null (store). */
function whoMade(room: Room, origin: unknown): string | null {
  if (isOrigin(origin)) return origin.source === 'store' ? null : origin.by
  for (const [ws, conn] of room.conns) if (ws === origin) return conn.participantId
  return null
}
