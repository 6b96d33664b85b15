import { randomUUID } from 'node:crypto'
import { tickAction } from '@mediation/core/coaching'
import {
  applyCommand,
  type CommandContext,
  isBoardCommand,
  type ServerFacts,
  serverOrigin,
} from '@mediation/core/domain'
import type { PartyCommand } from '@mediation/protocol'
import type * as Y from 'yjs'
import type { Caller } from '../auth/actor'
import { HttpError } from '../errors'
import type { SessionRecord } from '../store/meta-types'
import type { Budgets } from '../sync/budgets'
import type { Room } from '../sync/room'
import type { Rooms } from '../sync/rooms'
import { IdempotencyBook, type IdempotencyLimits } from './idempotency'

/** Room a command needs in a document: far more than one command writes, so a full doc refuses before it. */
const COMMAND_HEADROOM_ITEMS = 64

/** 413 LIMIT-DOC when a document a command writes has no room left (commands count against the doc's budget too). */
function checkRoom(room: Room, maxDocBytes: number): void {
  const full = (size: number) => size + 4096 > maxDocBytes
  // `size` is an upper bound between whole snapshots: measured before a command is refused for it.
  if (room.items + COMMAND_HEADROOM_ITEMS > room.maxItems || (full(room.size) && full(room.measure()))) {
    throw new HttpError(413, 'this document has reached its size limit', { code: 'LIMIT-DOC' })
  }
}

/**
 * The documents a command may write: control and agreement always; for a board command also the board, its
 * ledger (BOARD-14) and the actor's own side's caucus document (which learns the side's own items).
 */
function docNames(session: SessionRecord, actor: Caller, command: PartyCommand): string[] {
  const base = [`${session.id}/control`, `${session.id}/agreement`]
  // SIGN-13 reads the option it turns into a clause (the ledger is opened too, to keep the order below).
  if (command.type === 'clauseFromOption') return [...base, `${session.id}/board`, `${session.id}/ledger`]
  if (!isBoardCommand(command)) return base
  const side = actor.sideId && session.sides.some((s) => s.id === actor.sideId) ? actor.sideId : null
  return [
    ...base,
    `${session.id}/board`,
    `${session.id}/ledger`,
    ...(side ? [`${session.id}/caucus/${side}`] : []),
  ]
}

/**
 * Applies a party's command on the live docs with the server's clock, its Yjs client id and origin
 * `{source:'server', by}`; returns the id of the item a board command created.
 */
export function createCommandService(
  rooms: Rooms,
  now: () => number,
  budgets: Budgets,
  limits: IdempotencyLimits & { maxDocBytes: number },
  /** What only the server knows (the safety hold, SAFETY-4), read for a phase move. */
  factsOf: (session: SessionRecord) => Promise<ServerFacts>,
) {
  const { maxDocBytes } = limits
  // CMD-4: the answers of keyed commands, per participant (the key comes from the client, the scope never does).
  const seen = new IdempotencyBook<string | undefined>(limits, now)
  const take = (session: SessionRecord, actor: Caller) => {
    // Counted before any document is loaded or touched: a flood costs the flooder its budget, nobody else.
    if (!budgets.of(session.id, actor.id).commands.take()) {
      throw new HttpError(429, 'too many actions in a short time; wait a moment', {
        code: 'LIMIT-COMMANDS',
      })
    }
  }
  const contextOf = (actor: Caller): CommandContext => ({
    actor: { participantId: actor.id, role: actor.role, sideId: actor.sideId },
    now: now(),
    origin: serverOrigin(actor.id),
    // Ids of new board items come from the server, never from the client (BOARD-11).
    newId: randomUUID,
  })
  /** Applies a command (its budget already charged), without looking at keys. */
  const applyNow = async (
    session: SessionRecord,
    actor: Caller,
    command: PartyCommand,
  ): Promise<string | undefined> => {
    const facts =
      command.type === 'setPhase' || command.type === 'endMeeting'
        ? await factsOf(session)
        : { safetyHeld: false }
    return rooms.withRooms(docNames(session, actor, command), (loaded) => {
      for (const room of loaded) checkRoom(room, maxDocBytes)
      const [control, agreement, board, ledger, caucus] = loaded.map((r) => r.doc)
      const ctx = contextOf(actor)
      // COACH-4: a coaching plan's action point, by the plan's own module (kept out of the domain's index).
      if (command.type === 'tickAction') return void tickAction(control!, command, ctx)
      return applyCommand(
        {
          control: control!,
          agreement: agreement!,
          ...(board && ledger ? { board, ledger, caucus: caucus ?? null } : {}),
        },
        command,
        ctx,
        facts,
      )
    })
  }
  return {
    /**
     * Runs a domain command on the live control document with the server's clock and origin, within the
     * caller's command budget: for what the server itself must date (ending and reopening a session, PHASE-5/7).
     */
    async onControl<T>(
      session: SessionRecord,
      actor: Caller,
      run: (control: Y.Doc, ctx: CommandContext) => T,
    ): Promise<T> {
      take(session, actor)
      return rooms.withRooms([`${session.id}/control`], ([room]) => {
        checkRoom(room!, maxDocBytes)
        return run(room!.doc, contextOf(actor))
      })
    },
    /**
     * `command` is already checked against the wire schema (the commands route parses it). With `key`, a repeat
     * of a command this participant already sent gets the first answer and is not applied again (CMD-4).
     */
    async apply(
      session: SessionRecord,
      actor: Caller,
      command: PartyCommand,
      key?: string,
    ): Promise<string | undefined> {
      take(session, actor)
      return seen.run(`${session.id}/${actor.id}`, key, () => applyNow(session, actor, command))
    },
    /** How many command keys are remembered now (CMD-4's bound). */
    get rememberedKeys(): number {
      return seen.size
    },
  }
}

export type CommandService = ReturnType<typeof createCommandService>
