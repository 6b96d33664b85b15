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

/**
 * Compares Zoom's breakout state with the plan: people in a room the plan does not put them in, people left
 * unassigned, planned people Zoom does not list anywhere, and planned rooms that are missing (which cannot be
 * added while rooms are open). The mediator (`selfUUID`) moves between rooms and is never an issue.
 */
export function checkCaucus(
  plan: CaucusRoomPlan[],
  zoom: BreakoutRoomsResponse,
  selfUUID: string,
): CaucusIssue[] {
  const expected = new Map<string, string>()
  for (const room of plan) for (const id of room.hostIds) expected.set(id, room.name)
  const issues: CaucusIssue[] = []
  const seen = new Set<string>()
  const open = zoom.state === 'open'
  for (const room of plan) {
    if (!zoom.rooms.some((r) => r.name === room.name)) {
      issues.push({ kind: 'missingRoom', roomName: room.name, canAdd: !open })
    }
  }
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
