import type { CaucusRoomPlan } from '@mediation/sidebar/host'
import type { BreakoutRoomsResponse } from '@zoom/appssdk'
import { type CaucusIssue, checkCaucus, type Reports } from './caucus-check'
import { ZoomHostError } from './errors'
import { errorText, type ZoomSdk, zoomErrorCode } from './sdk'

/** Runs one SDK call, turning Zoom's rejection into a `ZoomHostError` for `action`. */
export async function step<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (err) {
    throw new ZoomHostError(action, errorText(err), zoomErrorCode(err))
  }
}

/**
 * Makes sure every planned room exists, without ever wiping rooms: `createBreakoutRooms` deletes all existing
 * rooms first, so it runs only when Zoom lists none; otherwise missing rooms are added one by one (possible
 * only while rooms are closed).
 */
export async function ensureRooms(sdk: ZoomSdk, plan: CaucusRoomPlan[]): Promise<BreakoutRoomsResponse> {
  let list = await step('openCaucus', () => sdk.getBreakoutRoomList())
  const missing = plan.filter((room) => !list.rooms.some((r) => r.name === room.name))
  if (missing.length === 0) return list
  if (list.state === 'open') {
    throw new ZoomHostError(
      'openCaucus',
      `rooms cannot be added while open: ${missing.map((r) => r.name).join(', ')}`,
    )
  }
  if (list.rooms.length === 0) {
    const names = plan.map((r) => r.name)
    list = await step('openCaucus', () =>
      sdk.createBreakoutRooms({ numberOfRooms: names.length, assign: 'manually', names }),
    )
  } else {
    for (const room of missing) await step('openCaucus', () => sdk.addBreakoutRoom({ name: room.name }))
  }
  return step('openCaucus', () => sdk.getBreakoutRoomList())
}

/** Where each planned person is now, by participantUUID (Zoom lists assigned and joined people per room). */
function placement(list: BreakoutRoomsResponse): Map<string, string> {
  const at = new Map<string, string>()
  for (const room of list.rooms)
    for (const p of room.participants ?? []) at.set(p.participantUUID, room.breakoutRoomId)
  return at
}

/**
 * The full caucus opening: rooms, settings, one assignment per planned person, open, then a safety check.
 * Parties may not choose rooms (a party could otherwise walk into the other side's caucus); the mediator enters
 * rooms with Zoom's own Join (see zoom-host.ts, moveSelf). `assigned` remembers what this instance assigned,
 * since only the meeting owner can read assignments back from Zoom.
 */
export async function openCaucusRooms(
  sdk: ZoomSdk,
  plan: CaucusRoomPlan[],
  selfUUID: string,
  assigned: Map<string, string>,
  reports?: Reports,
): Promise<{ list: BreakoutRoomsResponse; issues: CaucusIssue[] }> {
  let list = await ensureRooms(sdk, plan)
  if (list.state !== 'open') {
    await step('openCaucus', () =>
      sdk.configureBreakoutRooms({
        allowParticipantsChooseRoom: false,
        allowParticipantsReturnToMainSession: true,
        automaticallyMoveParticipantsIntoRooms: true,
        // The shortest countdown Zoom's own UI offers: everyone is back soon after the caucus ends.
        countDown: 10,
      }),
    )
  }
  const now = placement(list)
  for (const [uuid, roomId] of assigned) if (!now.has(uuid)) now.set(uuid, roomId)
  for (const room of plan) {
    const target = list.rooms.find((r) => r.name === room.name)
    if (!target) continue
    for (const participantUUID of room.hostIds) {
      if (participantUUID === selfUUID || now.get(participantUUID) === target.breakoutRoomId) continue
      await step('openCaucus', () =>
        sdk.assignParticipantToBreakoutRoom({ uuid: target.breakoutRoomId, participantUUID }),
      )
      assigned.set(participantUUID, target.breakoutRoomId)
    }
  }
  if (list.state !== 'open') await step('openCaucus', () => sdk.openBreakoutRooms())
  list = await step('openCaucus', () => sdk.getBreakoutRoomList())
  return { list, issues: checkCaucus(plan, list, selfUUID, reports) }
}
