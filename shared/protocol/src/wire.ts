/**
 * The parts of the wire contract that are no request or response body: credentials, sync sockets, awareness,
 * and the platform answers.
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

/**
 * GET /api/sessions/:id/jitsi/room — the Jitsi room the caller belongs in right now: the main room, or their
 * side's caucus room while that caucus runs (the mediator: the room they are in). `room` is an unguessable name
 * and is only ever sent to people who belong in it; `jwt` is minted for that one room (null: open deployment).
 */
export interface JitsiRoomResponse {
  domain: string
  /** JaaS app id (`vpaas-magic-cookie-…`) when the deployment is JaaS; the page then uses JaaSMeeting. */
  jaasAppId: string | null
  room: string
  where: { kind: 'main' } | { kind: 'caucus'; sideId: string }
  jwt: string | null
  /** `none`: no token secret configured, the meeting is open and the first to join is moderator. */
  tokens: 'jaas' | 'hs256' | 'none'
  /** meet.jit.si: embedded meetings end after 5 minutes. */
  demo: boolean
  displayName: string
  moderator: boolean
  participantId: string
  /** The caller's role in the session: a secretariat follows no session document (it may read none). */
  role: Role
}

/** GET /api/sessions/:id/jitsi/endpoints?ids=a,b (mediator) — which participant each endpoint is. */
export interface JitsiEndpointsResponse {
  bindings: Record<string, string>
}
/**
 * POST /api/sessions/:id/jitsi/knock {name} (mediator) — whether a lobby knocker may pass at once: on a token
 * deployment, the one session participant of that name who belongs in the mediator's room; else the mediator decides.
 */
export interface JitsiKnockResponse {
  admit: boolean
  participantId: string | null
}

/**
 * Zoom (`/zoom/api/*`): every call carries `X-Zoom-App-Context` (the blob from `zoomSdk.getAppContext()`), which
 * the server decrypts and checks; the meeting is always the main meeting (`parentUUID || meetingUUID`).
 * GET /zoom/api/meeting (mediator) — the session linked to this meeting and who is assigned to whom.
 */
export interface ZoomMeetingResponse {
  sessionId: string | null
  assignments: { participantUUID: string; participantId: string; claimed: boolean }[]
}
export interface ZoomClaimResponse {
  credential: string
  sessionId: string
  participant: ParticipantInfo
}
