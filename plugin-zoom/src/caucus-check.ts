import type { CaucusRoomPlan } from '@mediation/sidebar/host'
import type { BreakoutRoomsResponse } from '@zoom/appssdk'

/** Something the mediator should see before or during a caucus. `name` is Zoom's display name (untrusted text). */
export type CaucusIssue =
  | {
      kind: 'misplaced'
      participantUUID: string
      name: string
      roomName: string
      expectedRoomName: string | null
    }
  | { kind: 'unassigned'; participantUUID: string; name: string; expectedRoomName: string | null }
  | { kind: 'notAssigned'; participantUUID: string; expectedRoomName: string }
  | { kind: 'missingRoom'; roomName: string; canAdd: boolean }
  /** Zoom gave this instance no participant lists (only the meeting owner gets them): positions are reports. */
  | { kind: 'noLists' }
  /** Planned, but nobody reports where they are (their app is not open, and Zoom gives no list). */
  | { kind: 'unknown'; participantUUID: string; name: string; expectedRoomName: string }
  /** Planned for a room and still in the main session by their own app's report (Zoom asked them to join). */
  | { kind: 'notJoined'; participantUUID: string; name: string; expectedRoomName: string }

/** Where people are without Zoom's lists: each paired instance's own report, and Zoom's screen names. */
export interface Reports {
  /** participantUUID → breakout room id, or null for the main session. */
  placements: ReadonlyMap<string, string | null>
  names: ReadonlyMap<string, string>
}

/** Whether Zoom listed participants at all: the owner's list has them per room, everyone else's has none. */
export const hasLists = (zoom: BreakoutRoomsResponse) =>
  zoom.unassigned !== undefined || zoom.rooms.some((r) => r.participants !== undefined)

const missingRooms = (plan: CaucusRoomPlan[], zoom: BreakoutRoomsResponse): CaucusIssue[] =>
  plan
    .filter((room) => !zoom.rooms.some((r) => r.name === room.name))
    .map((room) => ({ kind: 'missingRoom', roomName: room.name, canAdd: zoom.state !== 'open' }))

/** The checks from Zoom's own lists (the meeting owner's instance). */
function fromLists(plan: CaucusRoomPlan[], zoom: BreakoutRoomsResponse, selfUUID: string): CaucusIssue[] {
  const expected = new Map<string, string>()
  for (const room of plan) for (const id of room.hostIds) expected.set(id, room.name)
  const issues: CaucusIssue[] = []
  const seen = new Set<string>()
  for (const room of zoom.rooms) {
    for (const p of room.participants ?? []) {
      seen.add(p.participantUUID)
      if (p.participantUUID === selfUUID) continue
      const want = expected.get(p.participantUUID) ?? null
      if (want !== room.name) {
        issues.push({
          kind: 'misplaced',
          participantUUID: p.participantUUID,
          name: p.displayName,
          roomName: room.name,
          expectedRoomName: want,
        })
      }
    }
  }
  for (const p of zoom.unassigned ?? []) {
    seen.add(p.participantUUID)
    if (p.participantUUID === selfUUID) continue
    issues.push({
      kind: 'unassigned',
      participantUUID: p.participantUUID,
      name: p.displayName,
      expectedRoomName: expected.get(p.participantUUID) ?? null,
    })
  }
  for (const [id, roomName] of expected) {
    if (!seen.has(id) && id !== selfUUID)
      issues.push({ kind: 'notAssigned', participantUUID: id, expectedRoomName: roomName })
  }
  return issues
}

/**
 * The checks without Zoom's lists (a co-host, or anyone but the owner): each planned person's own app says
 * where they are; someone without a report is "not known", never "not in any room".
 */
function fromReports(
  plan: CaucusRoomPlan[],
  zoom: BreakoutRoomsResponse,
  selfUUID: string,
  reports: Reports,
): CaucusIssue[] {
  const issues: CaucusIssue[] = [{ kind: 'noLists' }]
  const roomName = (id: string) => zoom.rooms.find((r) => r.breakoutRoomId === id)?.name ?? id
  const planned = new Set<string>()
  for (const room of plan) {
    for (const uuid of room.hostIds) {
      if (uuid === selfUUID) continue
      planned.add(uuid)
      const name = reports.names.get(uuid) ?? uuid
      const at = reports.placements.get(uuid)
      if (at === undefined)
        issues.push({ kind: 'unknown', participantUUID: uuid, name, expectedRoomName: room.name })
      else if (at === null) {
        if (zoom.state === 'open')
          issues.push({ kind: 'notJoined', participantUUID: uuid, name, expectedRoomName: room.name })
      } else if (roomName(at) !== room.name) {
        issues.push({
          kind: 'misplaced',
          participantUUID: uuid,
          name,
          roomName: roomName(at),
          expectedRoomName: room.name,
        })
      }
    }
  }
  for (const [uuid, at] of reports.placements) {
    if (planned.has(uuid) || uuid === selfUUID || at === null) continue
    issues.push({
      kind: 'misplaced',
      participantUUID: uuid,
      name: reports.names.get(uuid) ?? uuid,
      roomName: roomName(at),
      expectedRoomName: null,
    })
  }
  return issues
}

/**
 * Compares Zoom's breakout state with the plan: people in a room the plan does not put them in, people left
 * unassigned or not yet joined, planned people nobody can place, and planned rooms that are missing (which
 * cannot be added while rooms are open). Zoom's lists are used where it gives them (the meeting owner); anyone
 * else relies on the parties' own reports and is told so. The mediator (`selfUUID`) is never an issue.
 */
export function checkCaucus(
  plan: CaucusRoomPlan[],
  zoom: BreakoutRoomsResponse,
  selfUUID: string,
  reports: Reports = { placements: new Map(), names: new Map() },
): CaucusIssue[] {
  const people = hasLists(zoom) ? fromLists(plan, zoom, selfUUID) : fromReports(plan, zoom, selfUUID, reports)
  return [...missingRooms(plan, zoom), ...people]
}
