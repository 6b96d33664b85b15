/**
 * The wire contract between the sidebar (and other pages) and the companion server.
 * Both sides import these types; the server validates every body with zod schemas that match them.
 *
 * Credentials: every /api call carries `Authorization: Bearer <credential>`, where the credential is either a
 * mediator's login token (from POST /api/login) or a participant's invite token (from the invite link).
 * Errors are always `ApiError` JSON with a 4xx/5xx status.
 */

export type Role = 'mediator' | 'party' | 'adviser' | 'secretariat'
export type SessionKind = 'mediation' | 'coaching'
export type Language = 'nl' | 'en'

/** Every error body the server sends. `code` names the violated rule (a SPEC id) where there is one. */
export interface ApiError {
  error: string
  code?: string
  details?: { path: string; message: string }[]
}

/** Session document names (DESIGN.md): `control`, `board`, `agreement`, `private/<participantId>`, `caucus/<sideId>`. */
export type DocName = 'control' | 'board' | 'agreement' | `private/${string}` | `caucus/${string}`

export interface SessionSummary {
  id: string
  title: string
  kind: SessionKind
  language: Language
  status: 'active' | 'archived'
  createdAt: string
}

export interface SideInfo {
  id: string
  name: string
}

export interface ParticipantInfo {
  id: string
  name: string
  role: Role
  sideId: string | null
}

/** GET /api/me — who the credential belongs to and what it may open. */
export interface MeResponse {
  kind: 'mediator' | 'participant'
  mediator?: { id: string; name: string; email: string }
  /** For a participant: their session and identity within it. */
  session?: SessionSummary
  participant?: ParticipantInfo
}

/** POST /api/tickets — a short-lived (≤ 60 s), single-use ticket for opening one sync socket. */
export interface TicketRequest {
  sessionId: string
}
export interface TicketResponse {
  ticket: string
  expiresAt: string
}

/**
 * Sync sockets: `WebsocketProvider(`${origin}/sync`, `${sessionId}/${docName}`, doc, {params: {ticket}})`.
 * Close codes: 4401 no/expired/used ticket or revoked invite; 4403 document not allowed; 1009 frame too large;
 * 4429 update rate exceeded; 4413 document size cap reached.
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

/** POST /api/sessions/:id/invites */
export interface InviteRequest {
  name: string
  role: Exclude<Role, 'mediator'>
  /** Required for party and adviser; an existing side id, or `newSideName` to create one. */
  sideId?: string
  newSideName?: string
  /** How long the link opens the session, in days (1–730; default 90). */
  validDays?: number
}
export interface InviteResponse {
  participant: ParticipantInfo
  invite: { id: string; token: string; url: string; expiresAt: string | null }
}

/** POST /api/sessions/:id/commands — a party action on a document it cannot write (see domain/commands.ts). */
export interface CommandResponse {
  ok: true
}

export type NoteVisibility = 'mediator' | 'joint' | `side:${string}`

/** /api/sessions/:id/notes — `If-Match: <revision>` on PUT/DELETE; a stale revision answers 409. */
export interface Note {
  id: string
  sessionId: string
  visibility: NoteVisibility
  title: string
  body: string
  revision: number
  createdAt: string
  updatedAt: string
  authorId: string
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

/** POST /api/sessions/:id/jitsi/endpoint — binds the caller's Jitsi endpoint id to their session participant. */
export interface JitsiEndpointRequest {
  endpointId: string
}
/** GET /api/sessions/:id/jitsi/endpoints?ids=a,b (mediator) — which participant each endpoint is. */
export interface JitsiEndpointsResponse {
  bindings: Record<string, string>
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
/** POST /zoom/api/link (mediator, host or co-host in Zoom) — links the meeting to one of their sessions. */
export interface ZoomLinkRequest {
  sessionId: string
}
/** PUT /zoom/api/assignments/:participantUUID (mediator) — which session participant a Zoom participant is. */
export interface ZoomAssignRequest {
  participantId: string
}
/** POST /zoom/api/claim (no bearer) — a party instance asks for its credential; 409 until the mediator assigns. */
export interface ZoomClaimRequest {
  participantUUID: string
}
export interface ZoomClaimResponse {
  credential: string
  sessionId: string
  participant: ParticipantInfo
}

/** DELETE /api/sessions/:id — what the erasure removed, so the mediator can be told in plain words. */
export interface DeletionReport {
  sessionId: string
  title: string
  deletedAt: string
  removed: {
    documents: string[]
    notes: number
    participants: number
    invites: number
    sides: number
  }
  /** One English sentence for logs and API users; pages word it from `removed` in the user's language. */
  message: string
}

/** What a planned meeting is for (the mediator's planning; no content). */
export type MeetingKind = 'intake' | 'practice' | 'joint' | 'caucus' | 'closing'
/** One planned meeting of a session; `startsAt` is an ISO datetime with offset or Z. */
export interface PlannedMeeting {
  id: string
  startsAt: string
  durationMin: number
  kind: MeetingKind
  note?: string
}
/**
 * PUT /api/sessions/:id/schedule (mediator) replaces the list; GET (mediator, secretariat, parties, advisers)
 * reads it. Both answer with the stored schedule sorted by start.
 */
export interface ScheduleBody {
  schedule: PlannedMeeting[]
}
export type ScheduleResponse = ScheduleBody
