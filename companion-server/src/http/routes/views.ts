import type { SessionSummary } from '@mediation/protocol'
import { retainedUntil } from '../../services/sessions'
import type { SessionRecord } from '../../store/meta-types'

/** The public summary of a session (no owner id, no invite hashes). */
export function summary(s: SessionRecord): SessionSummary {
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    language: s.language,
    status: s.status,
    createdAt: s.createdAt,
  }
}

/** The mediator's full view: summary, sides, participants and invites (never tokens or hashes). */
export function details(s: SessionRecord, retentionYears: number) {
  return {
    ...summary(s),
    exportedAt: s.exportedAt ?? null,
    archivedAt: s.archivedAt ?? null,
    retainedUntil: s.archivedAt ? retainedUntil(s.archivedAt, retentionYears) : null,
    sides: s.sides,
    participants: s.participants,
    invites: s.invites.map((i) => ({
      id: i.id,
      participantId: i.participantId,
      createdAt: i.createdAt,
      revokedAt: i.revokedAt,
    })),
  }
}
