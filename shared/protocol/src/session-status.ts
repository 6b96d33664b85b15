import type { EndingOutcome as DomainOutcome, Phase as DomainPhase } from '@mediation/core/domain'
import { z } from 'zod'
import { Language, type Same, SessionKind } from './vocabulary'

export const Phase = z.enum(['intake', 'opening', 'joint', 'caucus', 'closing', 'closed', 'aftercare'])
/** Compiles only while the wire's phases are the domain's. */
const _phasesMatch: Same<z.infer<typeof Phase>, DomainPhase> = true

/**
 * GET /api/sessions/:id/status — what anyone in the session may know without reading a document: the
 * secretariat follows the phase through it, since it may not open `control` (ACCESS-1).
 */
export const SessionStatus = z.object({
  title: z.string(),
  kind: SessionKind,
  phase: Phase,
  language: Language,
})
export type SessionStatus = z.infer<typeof SessionStatus>

/** PHASE-5: how a session ended. */
export const EndingOutcome = z.enum([
  'full-agreement',
  'partial-agreement',
  'no-agreement',
  'referral',
  'ended-by-party',
  'ended-by-mediator',
  'not-suitable',
])
export type EndingOutcome = z.infer<typeof EndingOutcome>
/** Compiles only while the wire's outcomes are the domain's. */
const _outcomesMatch: Same<EndingOutcome, DomainOutcome> = true

/** POST /api/sessions/:id/ending — the mediator ends the session (PHASE-5); the note is read by everyone. */
export const EndSessionBody = z
  .object({ outcome: EndingOutcome, note: z.string().max(500).optional() })
  .strict()
export type EndSessionBody = z.infer<typeof EndSessionBody>

/** The recorded ending (PHASE-5), as POST …/ending answers it. */
export const EndingResponse = z.object({
  outcome: EndingOutcome,
  note: z.string(),
  at: z.number(),
  by: z.string(),
  phase: Phase,
})
export type EndingResponse = z.infer<typeof EndingResponse>
