/**
 * Bodies, queries and answers of the platform routes (Jitsi under /api/sessions/:id/jitsi, Zoom under
 * /zoom/api): the server parses with these schemas, documents them in OpenAPI, and the platform pages send and
 * read the inferred types.
 */
import { z } from 'zod'
import { Role } from './vocabulary'

const endpointId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a Jitsi endpoint id')
const participantId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a participant id')

/** GET /api/sessions/:id/jitsi/room?want= — the mediator may name a running caucus's room (`main` or a side id). */
export const JitsiRoomQuery = z.object({
  want: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'main or a side id')
    .optional(),
})
/** GET /api/sessions/:id/jitsi/practice?for= — the secretariat or mediator may name whose practice room. */
export const JitsiPracticeQuery = z.object({ for: participantId.optional() })

/**
 * GET /api/sessions/:id/jitsi/room — the Jitsi room the caller belongs in right now: the main room, or their
 * side's caucus room while that caucus runs (the mediator: the room they are in). `room` is an unguessable name
 * and is only ever sent to people who belong in it; `jwt` is minted for that one room (null: open deployment).
 * GET …/jitsi/practice answers the same shape for the caller's practice room.
 */
export const JitsiRoomResponse = z.object({
  domain: z.string(),
  /** JaaS app id (`vpaas-magic-cookie-…`) when the deployment is JaaS; the page then uses JaaSMeeting. */
  jaasAppId: z.string().nullable(),
  room: z.string(),
  where: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('main') }),
    z.object({ kind: z.literal('caucus'), sideId: z.string() }),
  ]),
  jwt: z.string().nullable(),
  /** `none`: no token secret configured, the meeting is open and the first to join is moderator. */
  tokens: z.enum(['jaas', 'hs256', 'none']),
  /** meet.jit.si: embedded meetings end after 5 minutes. */
  demo: z.boolean(),
  displayName: z.string(),
  moderator: z.boolean(),
  participantId: z.string(),
  /** The caller's role in the session: a secretariat follows no session document (it may read none). */
  role: Role,
})
export type JitsiRoomResponse = z.infer<typeof JitsiRoomResponse>

/**
 * POST /api/sessions/:id/jitsi/knock {name} (mediator) — whether a lobby knocker may pass at once: on a token
 * deployment, the one session participant of that name who belongs in the mediator's room; else the mediator decides.
 */
export const JitsiKnockBody = z.object({ name: z.string().min(1).max(200) })
export type JitsiKnockRequest = z.infer<typeof JitsiKnockBody>
export const JitsiKnockResponse = z.object({ admit: z.boolean(), participantId: z.string().nullable() })
export type JitsiKnockResponse = z.infer<typeof JitsiKnockResponse>

/** POST /api/sessions/:id/jitsi/endpoint — binds the caller's Jitsi endpoint id to their session participant. */
export const JitsiEndpointBody = z.object({ endpointId })
export type JitsiEndpointRequest = z.infer<typeof JitsiEndpointBody>
/** GET /api/sessions/:id/jitsi/endpoints?ids=a,b — the `ids` query. */
export const JitsiEndpointIds = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,99}$/, 'comma-separated endpoint ids')
/** GET /api/sessions/:id/jitsi/endpoints?ids=a,b (mediator) — the query: up to 100 endpoint ids. */
export const JitsiEndpointsQuery = z.object({ ids: JitsiEndpointIds })
/** GET /api/sessions/:id/jitsi/endpoints?ids=a,b (mediator) — which participant each endpoint is. */
export const JitsiEndpointsResponse = z.object({ bindings: z.record(z.string(), z.string()) })
export type JitsiEndpointsResponse = z.infer<typeof JitsiEndpointsResponse>

/** A Zoom participantUUID (path parameter and claim body). */
export const ZoomParticipantUuid = z.string().regex(/^[A-Za-z0-9{}+/=_-]{1,128}$/, 'a Zoom participantUUID')
/** POST /zoom/api/link (mediator, host or co-host in Zoom) — links the meeting to one of their sessions. */
export const ZoomLinkBody = z.object({ sessionId: z.string().min(1).max(64) })
export type ZoomLinkRequest = z.infer<typeof ZoomLinkBody>
/** PUT /zoom/api/assignments/:participantUUID (mediator) — which session participant a Zoom participant is. */
export const ZoomAssignBody = z.object({ participantId: z.string().min(1).max(64) })
export type ZoomAssignRequest = z.infer<typeof ZoomAssignBody>
/**
 * POST /zoom/api/claim (no bearer) — an instance asks for its credential again. Only a Zoom user id (`uid` in the
 * signed context) that paired in this meeting gets one; everyone else is told to pair (409 ZOOM-PAIR-NEEDED).
 * `participantUUID` is what this instance reports about itself: an attribution hint, never an identity.
 */
export const ZoomClaimBody = z.object({ participantUUID: ZoomParticipantUuid })
export type ZoomClaimRequest = z.infer<typeof ZoomClaimBody>
/** A pairing code as the party types it: eight digits, spaces and dashes allowed. */
export const ZoomPairingCode = z
  .string()
  .max(32)
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, 'eight digits'))
/**
 * POST /zoom/api/pair (no bearer) — a Zoom instance proves which session participant it is with the pairing
 * code from that participant's own invite page (single use, short-lived, rate-limited).
 */
export const ZoomPairBody = z.object({ code: ZoomPairingCode, participantUUID: ZoomParticipantUuid })
export type ZoomPairRequest = z.infer<typeof ZoomPairBody>
/**
 * PUT /zoom/api/self (the paired instance's credential) — this instance's participantUUID (Zoom may change it
 * with the role) and the breakout room it is in (`getMeetingUUID().meetingUUID` inside a room, null in the main
 * session). Where the signed app context names the room, the server takes it from there instead.
 */
export const ZoomSelfBody = z.object({
  participantUUID: ZoomParticipantUuid,
  breakoutRoomUUID: ZoomParticipantUuid.nullable().optional(),
})
export type ZoomSelfRequest = z.infer<typeof ZoomSelfBody>
/** POST /zoom/api/pairing-code (a party's or adviser's invite credential) — a fresh code for the Zoom app. */
export const ZoomPairingCodeResponse = z.object({
  code: z.string(),
  /** Epoch milliseconds. */
  expiresAt: z.number(),
})
export type ZoomPairingCodeResponse = z.infer<typeof ZoomPairingCodeResponse>
