import { randomUUID } from 'node:crypto'
import { applyCommand, serverOrigin } from '@mediation/core/domain'
import type { PartyCommand } from '@mediation/protocol'
import type { Caller } from '../auth/actor'
import { HttpError } from '../errors'
import type { SessionRecord } from '../store/meta-types'
import type { Budgets } from '../sync/budgets'
import type { Room } from '../sync/room'
import type { Rooms } from '../sync/rooms'

/** Room a command needs in a document: far more than one command writes, so a full doc refuses before it. */
const COMMAND_HEADROOM_ITEMS = 64

/** 413 LIMIT-DOC when a document a command writes has no room left (commands count against the doc's budget too). */
function checkRoom(room: Room, maxDocBytes: number): void {
  if (room.items + COMMAND_HEADROOM_ITEMS > room.maxItems || room.size + 4096 > maxDocBytes) {
    throw new HttpError(413, 'this document has reached its size limit', { code: 'LIMIT-DOC' })
  }
}

/** Applies a party's command on the live docs with the server's clock and origin `{source:'server', by}`. */
export function createCommandService(rooms: Rooms, now: () => number, budgets: Budgets, maxDocBytes: number) {
  return {
    /** `command` is already checked against the wire schema (the commands route parses it). */
    async apply(session: SessionRecord, actor: Caller, command: PartyCommand): Promise<void> {
      // Counted before any document is loaded or touched: a flood costs the flooder its budget, nobody else.
      if (!budgets.of(session.id, actor.id).commands.take()) {
        throw new HttpError(429, 'too many actions in a short time; wait a moment', {
          code: 'LIMIT-COMMANDS',
        })
      }
      await rooms.withRooms([`${session.id}/control`, `${session.id}/agreement`], ([control, agreement]) => {
        for (const room of [control!, agreement!]) checkRoom(room, maxDocBytes)
        applyCommand({ control: control!.doc, agreement: agreement!.doc }, command, {
          actor: { participantId: actor.id, role: actor.role, sideId: actor.sideId },
          now: now(),
          origin: serverOrigin(actor.id),
          // Party commands create nothing; a command that did would need the server's ids, not these.
          newId: randomUUID,
        })
      })
    },
  }
}

export type CommandService = ReturnType<typeof createCommandService>
