import { randomUUID } from 'node:crypto'
import type { ApiHandler, ZoomPerson, ZoomRoomState } from './zoom-emulator'
import { EmulatedZoomError } from './zoom-emulator-errors'
import type { ZoomRules } from './zoom-emulator-rules'

export interface BreakoutContext {
  rules: ZoomRules
  people: Map<string, ZoomPerson>
  breakout: {
    rooms: ZoomRoomState[]
    state: 'open' | 'closed'
    settings: Record<string, number>
    closing: ReturnType<typeof setTimeout> | null
    created: number
    dropMoveConfirmations: boolean
  }
  push(p: ZoomPerson, name: string, data: unknown): Promise<void>
  pushModerators(name: string, data: unknown): Promise<void>
  requireModerator(p: ZoomPerson): void
  moderator(p: ZoomPerson): boolean
}

/**
 * Zoom's breakout-room state machine as the SDK docs describe it: create wipes existing rooms; add only while
 * closed; assign one person per call (never a host/co-host), which while open asks them to join; open moves
 * assigned people in; change/leave only while open and only if choosing rooms is allowed; close runs the
 * countdown, then brings everyone back. Moves are confirmed to the mover with `onBreakoutRoomChange`. Each
 * documented rule follows `ctx.rules`; `actions` are what people do in Zoom's own UI (answer a prompt, the
 * host's Join button in the Breakout Rooms panel).
 */
export function createBreakout(ctx: BreakoutContext): {
  apis: Record<string, ApiHandler>
  actions: ReturnType<typeof breakoutActions>
} {
  const { breakout, people, rules } = ctx
  const ts = () => Date.now()
  const configChanged = (data: Record<string, unknown>) =>
    ctx.pushModerators('onMeetingConfigChanged', { timestamp: ts(), ...data })
  const listFor = (me: ZoomPerson) => {
    // The meeting owner is the host here; a co-host is not the owner.
    const owner = rules.ownerOnlyRoomLists ? me.role === 'host' : ctx.moderator(me)
    const entry = (p: ZoomPerson) => ({
      participantUUID: p.uuid,
      participantId: p.participantId,
      displayName: p.name,
    })
    const rooms = breakout.rooms.map((r) => {
      if (!owner) return { breakoutRoomId: r.id, name: r.name }
      const inRoom = [...people.values()].filter((p) => p.roomId === r.id || p.assignedRoomId === r.id)
      const participants = inRoom.map((p) => ({
        ...entry(p),
        participantStatus: p.roomId === r.id ? 'joined' : 'assigned',
      }))
      return { breakoutRoomId: r.id, name: r.name, participants }
    })
    const unassigned = [...people.values()].filter((p) => !ctx.moderator(p) && !p.assignedRoomId && !p.roomId)
    return owner
      ? { rooms, state: breakout.state, unassigned: unassigned.map(entry) }
      : { rooms, state: breakout.state }
  }
  /** Moves one person and tells their instance (after the API answer, as the real client does). */
  const move = (p: ZoomPerson, roomId: string | null) => {
    const from = p.roomId
    if (from === roomId) return
    p.roomId = roomId
    if (ctx.moderator(p) && breakout.dropMoveConfirmations) return
    setImmediate(async () => {
      if (from)
        await ctx.push(p, 'onBreakoutRoomChange', {
          action: 'leave',
          breakoutRoomUUID: from,
          timestamp: ts(),
        })
      if (roomId)
        await ctx.push(p, 'onBreakoutRoomChange', {
          action: 'join',
          breakoutRoomUUID: roomId,
          timestamp: ts(),
        })
      await configChanged({
        change: roomId ? 'breakoutRoomParticipantsJoined' : 'breakoutRoomParticipantsLeft',
        breakoutRoomUUID: roomId ?? from,
        participantUUIDs: [p.uuid],
      })
    })
  }
  const room = (id: unknown) => {
    const r = breakout.rooms.find((x) => x.id === id)
    if (!r) throw new EmulatedZoomError('noSuchRoom')
    return r
  }
  const finishClosing = async () => {
    if (breakout.closing) clearTimeout(breakout.closing)
    breakout.closing = null
    breakout.state = 'closed'
    for (const p of people.values()) {
      p.joinPrompt = null
      move(p, null)
    }
    await configChanged({ change: 'breakoutRoomClosed' })
  }
  const apis: Record<string, ApiHandler> = {
    getBreakoutRoomList: (me) => {
      if (!ctx.moderator(me) && breakout.state !== 'open') throw new EmulatedZoomError('notOpen')
      return listFor(me)
    },
    createBreakoutRooms: async (me, data) => {
      ctx.requireModerator(me)
      const count = Number(data.numberOfRooms)
      const names = data.names as string[] | undefined
      if (!['automatically', 'manually', 'participantsChoose'].includes(String(data.assign)))
        throw new EmulatedZoomError('badAssignType')
      if (!(count >= 1 && count <= 50)) throw new EmulatedZoomError('tooManyRooms')
      if (names && names.length !== count) throw new EmulatedZoomError('namesCount')
      if (breakout.state === 'open') throw new EmulatedZoomError('alreadyOpen')
      // Zoom deletes every existing room (and its assignments) first.
      for (const p of people.values()) p.assignedRoomId = null
      breakout.rooms = Array.from({ length: count }, (_, i) => ({
        id: `{${randomUUID().toUpperCase()}}`,
        name: names?.[i] ?? `Breakout Room ${i + 1}`,
      }))
      breakout.created++
      await configChanged({
        change: 'breakoutRoomsCreated',
        breakoutRoomUUIDs: breakout.rooms.map((r) => r.id),
      })
      return listFor(me)
    },
    addBreakoutRoom: async (me, data) => {
      ctx.requireModerator(me)
      if (breakout.state === 'open') throw new EmulatedZoomError('editWhileOpen')
      if (breakout.rooms.length >= 50) throw new EmulatedZoomError('tooManyRooms')
      const r = { id: `{${randomUUID().toUpperCase()}}`, name: String(data.name) }
      breakout.rooms.push(r)
      await configChanged({ change: 'breakoutRoomsUpdated', changeType: 'added', breakoutRoomUUIDs: [r.id] })
      return { uuid: r.id }
    },
    configureBreakoutRooms: (me, data) => {
      ctx.requireModerator(me)
      for (const [k, v] of Object.entries(data)) {
        if (typeof v === 'boolean') breakout.settings[k] = v ? 1 : 0
        if (typeof v === 'number' && (k === 'countDown' || k === 'closeAfter')) breakout.settings[k] = v
      }
      return { closeAfter: 0, ...breakout.settings }
    },
    assignParticipantToBreakoutRoom: async (me, data) => {
      ctx.requireModerator(me)
      const p = people.get(String(data.participantUUID))
      if (!p) throw new EmulatedZoomError('staleParticipant')
      if (ctx.moderator(p)) throw new EmulatedZoomError('cannotAssignModerator')
      const target = data.uuid === undefined ? null : room(data.uuid)
      p.assignedRoomId = target?.id ?? null
      await configChanged({
        change: 'breakoutRoomParticipantsAssigned',
        breakoutRoomUUID: target?.id,
        participantUUIDs: [p.uuid],
      })
      if (breakout.state === 'open') {
        if (rules.joinPromptOnAssign && target) p.joinPrompt = target.id
        else move(p, target?.id ?? null)
      }
      return 'success'
    },
    openBreakoutRooms: async (me) => {
      ctx.requireModerator(me)
      if (breakout.state === 'open') throw new EmulatedZoomError('alreadyOpen')
      if (breakout.rooms.length === 0) throw new EmulatedZoomError('noRooms')
      breakout.state = 'open'
      await configChanged({ change: 'breakoutRoomOpened' })
      if (breakout.settings.automaticallyMoveParticipantsIntoRooms) {
        for (const p of people.values()) if (p.assignedRoomId) move(p, p.assignedRoomId)
      }
      return 'success'
    },
    closeBreakoutRooms: async (me) => {
      ctx.requireModerator(me)
      if (breakout.state !== 'open' || breakout.closing) throw new EmulatedZoomError('notOpen')
      const seconds = breakout.settings.countDown ?? 60
      if (rules.closeCountdown && seconds > 0) {
        breakout.closing = setTimeout(() => void finishClosing(), seconds * 1000)
        breakout.closing.unref?.()
      } else await finishClosing()
      return 'success'
    },
    changeBreakoutRoom: (me, data) => {
      if (breakout.state !== 'open') throw new EmulatedZoomError('notOpen')
      if (rules.chooseRoomRequired && !breakout.settings.allowParticipantsChooseRoom)
        throw new EmulatedZoomError('chooseRoomOff')
      if (data.action === 'leave') {
        if (!me.roomId) throw new EmulatedZoomError('notInRoom')
        move(me, null)
      } else if (data.action === 'joinAssigned') {
        if (!me.assignedRoomId) throw new EmulatedZoomError('noSuchRoom')
        move(me, me.assignedRoomId)
      } else {
        const target = room(data.uuid)
        if (
          !ctx.moderator(me) &&
          !breakout.settings.allowParticipantsChooseRoom &&
          me.assignedRoomId !== target.id
        ) {
          throw new EmulatedZoomError('noPrivilege')
        }
        move(me, target.id)
      }
      return 'success'
    },
  }
  return { apis, actions: breakoutActions({ ctx, move, room, finishClosing }) }
}

/** What people do in Zoom's own UI, for tests to play. */
function breakoutActions(o: {
  ctx: BreakoutContext
  move: (p: ZoomPerson, roomId: string | null) => void
  room: (id: unknown) => ZoomRoomState
  finishClosing: () => Promise<void>
}) {
  const { breakout, people } = o.ctx
  const person = (uuid: string) => {
    const p = people.get(uuid)
    if (!p) throw new Error(`no participant ${uuid}`)
    return p
  }
  return {
    /** The person answers Zoom's "join the breakout room" prompt (shown when assigned while rooms are open). */
    answerJoinPrompt(uuid: string, join: boolean) {
      const p = person(uuid)
      if (!p.joinPrompt) throw new Error(`${p.name} has no join prompt`)
      const target = p.joinPrompt
      p.joinPrompt = null
      if (join && breakout.state === 'open') o.move(p, target)
    },
    /**
     * A host or co-host uses Join (or Leave) in Zoom's Breakout Rooms panel: Zoom's own UI lets a moderator into
     * any open room whatever the choose-room setting. `null` = back to the main session.
     */
    joinFromPanel(uuid: string, roomId: string | null) {
      const p = person(uuid)
      if (!o.ctx.moderator(p)) throw new Error(`${p.name} is no host or co-host`)
      if (breakout.state !== 'open') throw new Error('rooms are not open')
      o.move(p, roomId === null ? null : o.room(roomId).id)
    },
    /** Ends the closing countdown now (tests do not wait a minute); `breakout.closing` says whether one runs. */
    endCountdown: () => o.finishClosing(),
  }
}
