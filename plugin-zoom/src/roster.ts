import type { HostParticipant, HostRoom } from '@mediation/sidebar/host'
import type { BreakoutRoomsResponse } from '@zoom/appssdk'
import { isModeratorRole } from './sdk'

interface Person {
  name: string
  role: string
}

/**
 * The host/co-host instance's view of the meeting: the list from `getMeetingParticipants`, kept current by
 * `onParticipantChange` deltas, with each person's breakout room and their bound session participant.
 */
export function createRoster() {
  const people = new Map<string, Person>()
  const roomOf = new Map<string, string>()
  const sideOfRoom = new Map<string, string>()
  let bound = new Map<string, { participantId: string; name: string | null }>()

  const room = (uuid: string): HostRoom => {
    const roomId = roomOf.get(uuid)
    const sideId = roomId ? sideOfRoom.get(roomId) : undefined
    return sideId ? { kind: 'caucus', sideId } : { kind: 'main' }
  }
  return {
    reset(list: { participantUUID: string; screenName: string; role: string }[]) {
      people.clear()
      for (const p of list) people.set(p.participantUUID, { name: p.screenName, role: p.role })
    },
    /** Applies one delta; `leave` removes the person (Zoom may send a delta twice, which is harmless here). */
    apply(delta: { status: string; participantUUID: string; screenName: string; role: string }) {
      if (delta.status === 'leave') people.delete(delta.participantUUID)
      else people.set(delta.participantUUID, { name: delta.screenName, role: delta.role })
    },
    /**
     * Records which room each person has joined and which side each room is: from Zoom's lists where it gives
     * them (the meeting owner), else from the parties' own reports.
     */
    setRooms(
      list: BreakoutRoomsResponse,
      sides: Map<string, string>,
      reported: ReadonlyMap<string, string | null> = new Map(),
    ) {
      roomOf.clear()
      sideOfRoom.clear()
      for (const [roomId, sideId] of sides) sideOfRoom.set(roomId, sideId)
      if (list.state !== 'open') return
      const lists = list.unassigned !== undefined || list.rooms.some((r) => r.participants !== undefined)
      if (!lists) {
        for (const [uuid, roomId] of reported) if (roomId) roomOf.set(uuid, roomId)
        return
      }
      for (const r of list.rooms) {
        for (const p of r.participants ?? [])
          if (p.participantStatus === 'joined') roomOf.set(p.participantUUID, r.breakoutRoomId)
      }
    },
    setBound(map: Map<string, { participantId: string; name: string | null }>) {
      bound = new Map(map)
    },
    has(uuid: string): boolean {
      return people.has(uuid)
    },
    /**
     * The roster for the sidebar. A person the mediator assigned carries their session participant id and is
     * named as in the session: Zoom screen names are free text, and the sidebar matches people by name.
     */
    list(): HostParticipant[] {
      return [...people].map(([hostId, p]) => {
        const b = bound.get(hostId)
        const out: HostParticipant = {
          hostId,
          name: b?.name ?? p.name,
          moderator: isModeratorRole(p.role),
          room: room(hostId),
        }
        if (b) out.participantId = b.participantId
        return out
      })
    },
    /** The roster with Zoom's own screen names, for the mediator's "who is who" list. */
    zoomList(): HostParticipant[] {
      return [...people].map(([hostId, p]) => ({
        hostId,
        name: p.name,
        moderator: isModeratorRole(p.role),
        room: room(hostId),
      }))
    },
  }
}
