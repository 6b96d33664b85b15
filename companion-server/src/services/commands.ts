import {
  applyCommand,
  isDomainError,
  type PartyCommand,
  parseCommand,
  serverOrigin,
} from '@mediation/core/domain'
import type { Actor } from '../auth/actor'
import { HttpError } from '../errors'
import type { SessionRecord } from '../store/meta-types'
import type { Rooms } from '../sync/rooms'

/** Applies a party's command on the live docs with the server's clock and origin `{source:'server', by}`. */
export function createCommandService(rooms: Rooms, now: () => number) {
  return {
    async apply(session: SessionRecord, actor: Actor, body: unknown): Promise<void> {
      let command: PartyCommand
      try {
        command = parseCommand(body)
      } catch (e) {
        // A malformed command is the client's mistake in shape, not a rule conflict: 400.
        if (isDomainError(e)) throw new HttpError(400, e.message, { code: e.rule })
        throw e
      }
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
