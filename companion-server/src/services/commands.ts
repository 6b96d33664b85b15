import { applyCommand, serverOrigin } from '@mediation/core/domain'
import type { PartyCommand } from '@mediation/protocol'
import type { Actor } from '../auth/actor'
import type { SessionRecord } from '../store/meta-types'
import type { Rooms } from '../sync/rooms'

/** Applies a party's command on the live docs with the server's clock and origin `{source:'server', by}`. */
export function createCommandService(rooms: Rooms, now: () => number) {
  return {
    /** `command` is already checked against the wire schema (the commands route parses it). */
    async apply(session: SessionRecord, actor: Actor, command: PartyCommand): Promise<void> {
      await rooms.withDocs([`${session.id}/control`, `${session.id}/agreement`], ([control, agreement]) =>
        applyCommand(
          { control: control!, agreement: agreement! },
          command,
          { participantId: actor.id, role: actor.role, sideId: actor.sideId },
          now(),
          serverOrigin(actor.id),
        ),
      )
    },
  }
}

export type CommandService = ReturnType<typeof createCommandService>
