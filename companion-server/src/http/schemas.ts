import type { NoteVisibility as Visibility } from '@mediation/protocol'
import { z } from 'zod'

/** Request bodies of the HTTP API (shapes of shared/protocol/src/wire.ts). */
const name = z.string().trim().min(1).max(200)
const password = z.string().min(10, 'use at least 10 characters').max(200)

export const SetupBody = z.object({ email: z.email().max(200), name, password }).strict()
export const LoginBody = z
  .object({ email: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) })
  .strict()
export const CreateSessionBody = z
  .object({
    title: name,
    kind: z.enum(['mediation', 'coaching']).default('mediation'),
    language: z.enum(['nl', 'en']).default('nl'),
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
export const TicketBody = z.object({ sessionId: z.string().min(1).max(100) }).strict()
export const NoteVisibility = z
  .string()
  .regex(/^(mediator|joint|side:[A-Za-z0-9_-]{1,100})$/, 'expected mediator, joint or side:<sideId>')
  .transform((v) => v as Visibility)
export const NoteBody = z
  .object({
    visibility: NoteVisibility,
    title: z.string().trim().max(200).default(''),
    body: z.string().max(100_000),
  })
  .strict()
/** Commands are parsed by the domain's parseCommand; this is only the outer shape for the OpenAPI document. */
export const CommandBody = z.object({ type: z.string() }).loose()
/** A planned meeting: the id is the client's (stable across edits), the start an ISO datetime with offset. */
export const PlannedMeetingBody = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use 1–64 letters, digits, - or _'),
    startsAt: z.iso.datetime({
      offset: true,
      message: 'expected an ISO date-time, e.g. 2026-03-01T09:30:00Z',
    }),
    durationMin: z.number().int().min(5, 'at least 5 minutes').max(600, 'at most 600 minutes'),
    kind: z.enum(['intake', 'practice', 'joint', 'caucus', 'closing']),
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
