import type { CaucusRoomPlan } from '@mediation/sidebar/host'
import type { BreakoutRoomsResponse } from '@zoom/appssdk'
import { type CaucusIssue, checkCaucus } from './caucus-check'
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

/** The full caucus opening: rooms, settings, one assignment per planned person, open, then a safety check. */
export async function openCaucusRooms(
  sdk: ZoomSdk,
  plan: CaucusRoomPlan[],
  selfUUID: string,
): Promise<{ list: BreakoutRoomsResponse; issues: CaucusIssue[] }> {
  let list = await ensureRooms(sdk, plan)
  if (list.state !== 'open') {
    await step('openCaucus', () =>
      sdk.configureBreakoutRooms({
        allowParticipantsChooseRoom: false,
        allowParticipantsReturnToMainSession: true,
        automaticallyMoveParticipantsIntoRooms: true,
      }),
    )
  }
  const now = placement(list)
  for (const room of plan) {
    const target = list.rooms.find((r) => r.name === room.name)
    if (!target) continue
    for (const participantUUID of room.hostIds) {
      if (participantUUID === selfUUID || now.get(participantUUID) === target.breakoutRoomId) continue
      await step('openCaucus', () =>
        sdk.assignParticipantToBreakoutRoom({ uuid: target.breakoutRoomId, participantUUID }),
      )
    }
  }
  if (list.state !== 'open') await step('openCaucus', () => sdk.openBreakoutRooms())
  list = await step('openCaucus', () => sdk.getBreakoutRoomList())
  return { list, issues: checkCaucus(plan, list, selfUUID) }
}
