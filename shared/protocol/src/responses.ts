/**
 * What the server answers, as zod schemas: the OpenAPI document prints them and the pages' types are inferred
 * from them. The server does not re-validate its own answers; its handlers are typed against these.
 */
import { z } from 'zod'
import { Language, Role, SessionKind } from './vocabulary'

export const SessionSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: SessionKind,
  language: Language,
  status: z.enum(['active', 'archived']),
  createdAt: z.string(),
})
export type SessionSummary = z.infer<typeof SessionSummary>

export const SideInfo = z.object({ id: z.string(), name: z.string() })
export type SideInfo = z.infer<typeof SideInfo>

export const ParticipantInfo = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  sideId: z.string().nullable(),
})
export type ParticipantInfo = z.infer<typeof ParticipantInfo>

const MediatorInfo = z.object({ id: z.string(), name: z.string(), email: z.string() })

/** GET /api/me — who the credential belongs to and what it may open. */
export const MeResponse = z.object({
  kind: z.enum(['mediator', 'participant']),
  mediator: MediatorInfo.optional(),
  /** For a participant: their session and identity within it. */
  session: SessionSummary.optional(),
  participant: ParticipantInfo.optional(),
})
export type MeResponse = z.infer<typeof MeResponse>

/** POST /api/setup and POST /api/login — an expiring login token. */
export const LoginResponse = z.object({ mediator: MediatorInfo, token: z.string(), expiresAt: z.string() })
export type LoginResponse = z.infer<typeof LoginResponse>

export const SetupStatus = z.object({ needed: z.boolean() })

/** The mediator's full view of a session: summary, sides, participants and invites (never tokens). */
export const SessionDetails = SessionSummary.extend({
  /** RETAIN-1: when the mediator last downloaded the dossier (null: never). */
  exportedAt: z.string().nullable(),
  /** RETAIN-2: when the session was first archived, and until when its dossier is kept (null: never archived). */
  archivedAt: z.string().nullable(),
  retainedUntil: z.string().nullable(),
  sides: z.array(SideInfo),
  participants: z.array(ParticipantInfo),
  invites: z.array(
    z.object({
      id: z.string(),
      participantId: z.string(),
      createdAt: z.string(),
      revokedAt: z.string().nullable(),
    }),
  ),
})
export type SessionDetails = z.infer<typeof SessionDetails>

/**
 * POST /api/tickets — short-lived (≤ 60 s), single-use tickets, each for opening one sync socket: `tickets` has
 * `count` of them; `ticket` is the first (what a client that asked for one reads).
 */
export const TicketResponse = z.object({
  ticket: z.string(),
  tickets: z.array(z.string()),
  expiresAt: z.string(),
})
export type TicketResponse = z.infer<typeof TicketResponse>

export const InviteResponse = z.object({
  participant: ParticipantInfo,
  invite: z.object({ id: z.string(), token: z.string(), url: z.string(), expiresAt: z.string().nullable() }),
})
export type InviteResponse = z.infer<typeof InviteResponse>

/** Who may read a note: the mediator only, everyone (`joint`), or one side and the mediator. */
export const NoteVisibility = z.union([
  z.literal('mediator'),
  z.literal('joint'),
  z.templateLiteral(['side:', z.string()]),
])
export type NoteVisibility = z.infer<typeof NoteVisibility>

/** /api/sessions/:id/notes — `If-Match: <revision>` on PUT/DELETE; a stale revision answers 409. */
export const Note = z.object({
  id: z.string(),
  sessionId: z.string(),
  visibility: NoteVisibility,
  title: z.string(),
  body: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  authorId: z.string(),
})
export type Note = z.infer<typeof Note>

/** DELETE /api/sessions/:id — what the erasure removed, so the mediator can be told in plain words. */
export const DeletionReport = z.object({
  sessionId: z.string(),
  title: z.string(),
  deletedAt: z.string(),
  removed: z.object({
    documents: z.array(z.string()),
    notes: z.number().int(),
    participants: z.number().int(),
    invites: z.number().int(),
    sides: z.number().int(),
  }),
  /** One English sentence for logs and API users; pages word it from `removed` in the user's language. */
  message: z.string(),
})
export type DeletionReport = z.infer<typeof DeletionReport>

/** POST /api/verify — `reason` only ever describes the submitted document. */
export const VerifyResponse = z.object({
  match: z.boolean(),
  reason: z.enum(['different-text', 'not-an-export', 'inconsistent']).optional(),
})
export type VerifyResponse = z.infer<typeof VerifyResponse>
