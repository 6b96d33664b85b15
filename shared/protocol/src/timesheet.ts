/**
 * The mediator's time sheet (TIME-4, TIME-5): manual time entries and the claim fields of a session, kept on the
 * server outside the documents (parties read `control`, so nothing here may live there). The schemas check the
 * shapes; the domain's `checkManualEntry` and `checkClaim` check the bounds and answer with their rule ids, which
 * the sidebar words.
 */
import { CLAIM_FIELDS, MANUAL_KINDS } from '@mediation/core/domain'
import { z } from 'zod'

/** Generous shape limits; the domain's rule (TIME-4/5) refuses what is too long with its own code. */
const loose = z.string().max(2000)

export const ManualEntryBody = z
  .object({
    kind: z.enum(MANUAL_KINDS),
    date: z.string().max(40),
    minutes: z.number(),
    note: loose.default(''),
    contact: z.boolean(),
  })
  .strict()
export type ManualEntryRequest = z.input<typeof ManualEntryBody>

export const ClaimBody = z
  .object({
    legalAidNumber: loose,
    insurer: loose,
    insurerFileNumber: loose,
    field: z.enum(['', ...CLAIM_FIELDS]),
    coMediator: loose,
  })
  .strict()
export type ClaimRequest = z.input<typeof ClaimBody>

export const ManualEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(MANUAL_KINDS),
  date: z.string(),
  minutes: z.number(),
  note: z.string(),
  contact: z.boolean(),
})

export const ClaimSchema = z.object({
  legalAidNumber: z.string(),
  insurer: z.string(),
  insurerFileNumber: z.string(),
  field: z.enum(['', ...CLAIM_FIELDS]),
  coMediator: z.string(),
})

const ms = z.number()
/** TIME-1/4: the domain's totals in ms (contact = intake + joint + caucus + manual contact). */
export const TimeTotalsSchema = z.object({
  contactMs: ms,
  nonContactMs: ms,
  intakeMs: ms,
  jointMs: ms,
  caucusMs: ms,
  caucusPerSideMs: z.record(z.string(), ms),
  aloneMs: ms,
  pauseMs: ms,
  manualContactMs: ms,
  manualNonContactMs: ms,
})

export const TimeSummarySchema = z.object({
  totals: TimeTotalsSchema,
  meetings: z.array(
    z.object({ number: z.number(), startedAt: ms, endedAt: ms.nullable(), totals: TimeTotalsSchema }),
  ),
})
export type TimeSummary = z.infer<typeof TimeSummarySchema>

/** GET /api/sessions/:id/timesheet (mediator only): the entries, the claim fields and the totals so far. */
export const TimesheetResponse = z.object({
  entries: z.array(ManualEntrySchema),
  claim: ClaimSchema,
  summary: TimeSummarySchema,
})
export type TimesheetResponse = z.infer<typeof TimesheetResponse>
