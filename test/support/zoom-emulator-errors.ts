/**
 * Zoom client error codes the emulator answers with (reference zoom.md §1). Role refusals for APIs without a
 * documented code use 10049 (roster, seen in the PoC) and 10027 ("no privilege", documented for
 * sendAppInvitation) — the real client's codes for those cases are [inferred].
 */
export const ZOOM_ERRORS = {
  noRosterAccess: ['10049', "You haven't access the participant information"],
  noPrivilege: ['10027', 'No privilege to perform this action'],
  notInConfig: ['10001', 'This API is not in the capabilities passed to config'],
  namesCount: ['10122', 'The number of names does not match numberOfRooms'],
  tooManyRooms: ['10095', 'The number of breakout rooms exceeds the maximum'],
  badAssignType: ['10096', 'Invalid breakout room assignment type'],
  alreadyOpen: ['10121', 'Breakout rooms are already open'],
  notOpen: ['10092', 'Breakout rooms are not open'],
  noRooms: ['10100', 'There are no breakout rooms to open'],
  editWhileOpen: ['10098', 'Breakout rooms cannot be changed while they are open'],
  noSuchRoom: ['10093', 'The breakout room does not exist'],
  staleParticipant: ['10075', 'The participant is not in this meeting'],
  cannotAssignModerator: ['10078', 'Hosts and co-hosts move themselves with changeBreakoutRoom'],
  notInRoom: ['10101', 'You are not in a breakout room'],
  payloadTooLarge: ['10229', 'The message payload exceeds 1 KB'],
  leaveFailed: ['10207', 'User leave meeting Failed.'],
  // [inferred] codes: the docs state these rules but not the code the client answers with.
  chooseRoomOff: ['10027', 'Participants are not allowed to choose breakout rooms'],
  guestNotAllowed: ['10960', 'This API is not available to guests until they sign in'],
  authorizeDeclined: ['10961', 'The user did not sign in'],
  unknownApi: ['10002', 'Unknown API'],
} as const satisfies Record<string, readonly [string, string]>

export type ZoomErrorName = keyof typeof ZOOM_ERRORS

/** Thrown inside an emulated API handler; becomes `{errorCode, errorMessage}` on the wire. */
export class EmulatedZoomError extends Error {
  readonly code: string
  constructor(name: ZoomErrorName) {
    const [code, message] = ZOOM_ERRORS[name]
    super(message)
    this.code = code
  }
}
