import * as encoding from 'lib0/encoding'

/** y-websocket outer message types and y-protocols sync sub-types. */
export const MSG_SYNC = 0
export const MSG_AWARENESS = 1
export const MSG_QUERY_AWARENESS = 3
export const SYNC_STEP1 = 0
export const SYNC_STEP2 = 1
export const SYNC_UPDATE = 2

/** Close codes (shared/protocol/src/wire.ts). 44xx stop y-websocket 3.1 from reconnecting. */
export const CLOSE = {
  tooLarge: 1009,
  serverError: 1011,
  goingAway: 1001,
  badMessage: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  notFound: 4404,
  docTooLarge: 4413,
  rateLimited: 4429,
  /** Not 44xx: the client should reconnect (and re-sync) once it reads again. */
  backlog: 4508,
  /** Not 44xx: the session was archived or reactivated; reconnecting gives the socket its new access. */
  statusChanged: 4509,
} as const

/** `[sync, update, <update>]`, encoded once per transaction and sent to every connection. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MSG_SYNC)
  encoding.writeVarUint(e, SYNC_UPDATE)
  encoding.writeVarUint8Array(e, update)
  return encoding.toUint8Array(e)
}

/** `[awareness, <awareness update>]`. */
export function encodeAwareness(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MSG_AWARENESS)
  encoding.writeVarUint8Array(e, update)
  return encoding.toUint8Array(e)
}
