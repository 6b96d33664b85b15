import type { Phase as DomainPhase } from '@mediation/core/domain'
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
