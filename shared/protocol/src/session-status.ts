import type { Phase } from '@mediation/core/domain'
import type { Language, SessionKind } from './wire'

/**
 * GET /api/sessions/:id/status — what anyone in the session may know without reading a document: the
 * secretariat follows the phase through it, since it may not open `control` (ACCESS-1).
 */
export interface SessionStatus {
  title: string
  kind: SessionKind
  phase: Phase
  language: Language
}
