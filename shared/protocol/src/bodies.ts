/** Request bodies of the HTTP API: the server parses each with its schema; pages send the inferred types. */
import { z } from 'zod'
import type { NoteVisibility as Visibility } from './responses'
import { Language, SessionKind } from './vocabulary'
import { MAX_TICKETS_PER_REQUEST } from './wire'

const name = z.string().trim().min(1).max(200)
const password = z.string().min(10, 'use at least 10 characters').max(200)

export const SetupBody = z.object({ email: z.email().max(200), name, password }).strict()
export const LoginBody = z
  .object({ email: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) })
  .strict()
export const CreateSessionBody = z
  .object({
    title: name,
    kind: SessionKind.default('mediation'),
    language: Language.default('nl'),
  })
  .strict()
export const UpdateSessionBody = z.object({ status: z.enum(['active', 'archived']) }).strict()
export const InviteBody = z
  .object({
    name,
    role: z.enum(['party', 'adviser', 'secretariat']),
    sideId: z.string().min(1).max(100).optional(),
    newSideName: name.optional(),
    validDays: z.number().int().min(1).max(730).optional(),
  })
  .strict()
/** `count` tickets at once (default 1), one per socket the page opens now: one round trip instead of several. */
export const TicketBody = z
  .object({
    sessionId: z.string().min(1).max(100),
    count: z.number().int().min(1).max(MAX_TICKETS_PER_REQUEST).optional(),
  })
  .strict()
/** A note's visibility as sent: `side:` takes a side id (it names a side of the session). */
const visibility = z
  .string()
  .regex(/^(mediator|joint|side:[A-Za-z0-9_-]{1,100})$/, 'expected mediator, joint or side:<sideId>')
  .transform((v) => v as Visibility)
export const NoteBody = z
  .object({
    visibility,
    title: z.string().trim().max(200).default(''),
    body: z.string().max(100_000),
  })
  .strict()
/** What a planned meeting is for (the mediator's planning; no content). */
export const MeetingKind = z.enum(['intake', 'practice', 'joint', 'caucus', 'closing'])
export type MeetingKind = z.infer<typeof MeetingKind>
/** A planned meeting: the id is the client's (stable across edits), the start an ISO datetime with offset. */
export const PlannedMeetingBody = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use 1–64 letters, digits, - or _'),
    startsAt: z.iso.datetime({
      offset: true,
      message: 'expected an ISO date-time, e.g. 2026-03-01T09:30:00Z',
    }),
    durationMin: z.number().int().min(5, 'at least 5 minutes').max(600, 'at most 600 minutes'),
    kind: MeetingKind,
    note: z.string().trim().max(500, 'at most 500 characters').optional(),
  })
  .strict()
export const ScheduleBody = z
  .object({
    schedule: z
      .array(PlannedMeetingBody)
      .max(50, 'at most 50 planned meetings')
      .refine((list) => new Set(list.map((m) => m.id)).size === list.length, 'meeting ids must be unique'),
  })
  .strict()

export type SetupRequest = z.input<typeof SetupBody>
export type LoginRequest = z.input<typeof LoginBody>
export type CreateSessionRequest = z.input<typeof CreateSessionBody>
/** POST /api/sessions/:id/invites — `sideId` (existing) or `newSideName` for a party or adviser. */
export type InviteRequest = z.input<typeof InviteBody>
/** POST /api/tickets */
export type TicketRequest = z.input<typeof TicketBody>
/** What a note create or update sends. */
export type NoteInput = z.output<typeof NoteBody>
/** One planned meeting of a session; `startsAt` is an ISO datetime with offset or Z. */
export type PlannedMeeting = z.output<typeof PlannedMeetingBody>
/**
 * PUT /api/sessions/:id/schedule (mediator) replaces the list; GET (mediator, secretariat, parties, advisers)
 * reads it. Both answer with the stored schedule sorted by start.
 */
export type ScheduleBody = z.output<typeof ScheduleBody>
export const ScheduleResponse = ScheduleBody
export type ScheduleResponse = ScheduleBody

/** POST /api/verify — a verification code and exactly one of the agreement text or its JSON export. */
export const VerifyBody = z
  .object({
    code: z.string().min(1).max(64),
    text: z.string().min(1).max(200_000).optional(),
    json: z.unknown().optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.json === undefined), {
    message: 'send exactly one of text (the agreement text) or json (the JSON export)',
    path: ['text'],
  })
