/**
 * Request bodies of the platform routes (Jitsi under /api/sessions/:id/jitsi, Zoom under /zoom/api): the
 * routers parse with these schemas and the platform pages send the inferred types.
 */
import { z } from 'zod'

const endpointId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a Jitsi endpoint id')

/** POST /api/sessions/:id/jitsi/endpoint — binds the caller's Jitsi endpoint id to their session participant. */
export const JitsiEndpointBody = z.object({ endpointId })
export type JitsiEndpointRequest = z.infer<typeof JitsiEndpointBody>
/** GET /api/sessions/:id/jitsi/endpoints?ids=a,b — the `ids` query. */
export const JitsiEndpointIds = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}(,[A-Za-z0-9_-]{1,64}){0,99}$/, 'comma-separated endpoint ids')

/** A Zoom participantUUID (path parameter and claim body). */
export const ZoomParticipantUuid = z.string().regex(/^[A-Za-z0-9{}+/=_-]{1,128}$/, 'a Zoom participantUUID')
/** POST /zoom/api/link (mediator, host or co-host in Zoom) — links the meeting to one of their sessions. */
export const ZoomLinkBody = z.object({ sessionId: z.string().min(1).max(64) })
export type ZoomLinkRequest = z.infer<typeof ZoomLinkBody>
/** PUT /zoom/api/assignments/:participantUUID (mediator) — which session participant a Zoom participant is. */
export const ZoomAssignBody = z.object({ participantId: z.string().min(1).max(64) })
export type ZoomAssignRequest = z.infer<typeof ZoomAssignBody>
/** POST /zoom/api/claim (no bearer) — a party instance asks for its credential; 409 until the mediator assigns. */
export const ZoomClaimBody = z.object({ participantUUID: ZoomParticipantUuid })
export type ZoomClaimRequest = z.infer<typeof ZoomClaimBody>
