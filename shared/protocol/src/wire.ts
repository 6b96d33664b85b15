/**
 * The parts of the wire contract that are no request or response body: credentials, sync sockets, awareness,
 * and the Zoom answers (the Jitsi routes' bodies and answers are schemas in platform.ts).
 *
 * Credentials: every /api call carries `Authorization: Bearer <credential>`, where the credential is either a
 * mediator's login token (from POST /api/login) or a participant's invite token (from the invite link).
 * Errors are always `ApiError` JSON with a 4xx/5xx status.
 */
import type { ParticipantInfo } from './responses'
import type { Role } from './vocabulary'

/**
 * Sync sockets: `WebsocketProvider(`${origin}/sync`, `${sessionId}/${docName}`, doc, {params: {ticket}})`.
 * Close codes: 4400 malformed message or path; 4401 no/expired/used ticket, revoked or expired invite; 4403
 * document not allowed; 1009 frame or awareness state too large; 4413 document size or struct budget reached;
 * 4429 over a participant budget (updates, bytes, awareness, open sockets); 4508 the socket did not read and fell
 * too far behind (the client reconnects). Budgets: README "Budgets".
 */
export const SYNC_PATH = '/sync'
export const CLOSE_UNAUTHORIZED = 4401
export const CLOSE_FORBIDDEN = 4403
/** POST /api/tickets `count`: tickets for this many sockets at most in one request. */
export const MAX_TICKETS_PER_REQUEST = 8

/**
 * Awareness: a socket may only announce its own client id (the first one it announces), and the server
 * overwrites `state.user` with this identity from the credential before relaying it. Other fields pass through.
 */
export interface AwarenessUser {
  name: string
  role: Role
  participantId: string
  sideId: string | null
}

/** Why the server could not store a document's changes: its disk is full, or another storage failure. */
export type StorageCode = 'STORE-FULL' | 'STORE-FAILED'

/**
 * The server's own awareness state in a document's room: the only state without `user` (the server stamps
 * `user` into every client's state and strips `server` from it, so no client can forge this one). Present only
 * while the room's changes are not on disk (the server keeps them in memory and retries); removed once saved.
 */
export interface ServerAwareness {
  server: { notSaved: StorageCode }
}

/**
 * Zoom (`/zoom/api/*`): every call carries `X-Zoom-App-Context` (the blob from `zoomSdk.getAppContext()`), which
 * the server decrypts and checks; the meeting is always the main meeting (`parentUUID || meetingUUID`).
 * GET /zoom/api/meeting (mediator) — the session linked to this meeting and who is assigned to whom.
 */
export interface ZoomMeetingResponse {
  sessionId: string | null
  /**
   * Who each Zoom participant is, for attributing speech, hands and rooms: the mediator's own choice, else the
   * one paired instance that reports that participantUUID. `claimed`: that session participant has paired.
   */
  assignments: { participantUUID: string; participantId: string; claimed: boolean }[]
  /** participantUUIDs that two or more paired instances report; nobody is credited until the mediator assigns. */
  conflicts: string[]
  /**
   * Where each paired instance says it is (its own `onBreakoutRoomChange` / `getMeetingUUID`, or the room its
   * signed app context names): the caucus checks' source when Zoom gives this mediator no room lists.
   */
  rooms: {
    participantId: string
    participantUUID: string | null
    breakoutRoomUUID: string | null
    at: number
  }[]
}
export interface ZoomClaimResponse {
  credential: string
  sessionId: string
  participant: ParticipantInfo
}
