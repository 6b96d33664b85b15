import type { CaucusRoomPlan } from '@mediation/sidebar/host'
import type { BreakoutRoomsResponse } from '@zoom/appssdk'

export interface ZoomBinding {
  participantId: string
  sideId: string | null
  /** The session participant's name (what the sidebar calls them). */
  name?: string | null
}

/** The current caucus plan and which Zoom breakout room is which side (rooms are matched by name). */
export function createCaucusPlan() {
  let plan: CaucusRoomPlan[] = []
  const sides = new Map<string, string>() // breakoutRoomId → sideId
  return {
    rooms: () => plan,
    sides: () => sides,
    /**
     * Sets the plan. The sidebar plans by side; who is on which side in Zoom is known here from the mediator's
     * assignments, so each room gets the bound people who are in the meeting.
     */
    set(rooms: CaucusRoomPlan[], bindings: Map<string, ZoomBinding>, present: (uuid: string) => boolean) {
      plan = rooms.map((r) => {
        const bound = [...bindings]
          .filter(([uuid, b]) => b.sideId === r.sideId && present(uuid))
          .map(([uuid]) => uuid)
        return { ...r, hostIds: [...new Set([...r.hostIds, ...bound])] }
      })
    },
    learn(list: BreakoutRoomsResponse) {
      for (const p of plan) {
        const r = list.rooms.find((x) => x.name === p.name)
        if (r) sides.set(r.breakoutRoomId, p.sideId)
      }
    },
    sideOf: (roomId: string): string => sides.get(roomId) ?? roomId,
    /** The Zoom room for a side: learned from the plan, or by the planned room's name. */
    find(list: BreakoutRoomsResponse, sideId: string, name?: string) {
      const wanted = name ?? plan.find((x) => x.sideId === sideId)?.name
      const room = list.rooms.find((r) => sides.get(r.breakoutRoomId) === sideId || r.name === wanted)
      if (room) sides.set(room.breakoutRoomId, sideId)
      return room
    },
  }
}
