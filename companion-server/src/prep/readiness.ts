/** Readiness of a session's participants from the prep records and the control document's rule acceptances. */
import { rulesStatus } from '@mediation/core/domain'
import { deriveReadiness, type ReadinessResponse } from '@mediation/core/prep'
import type { SessionRecord } from '../store/meta-types'
import type { Rooms } from '../sync/rooms'
import type { PrepService } from './service'

/** Participants whose invite is revoked are gone from the session; they are not waited for. */
function activeParticipants(session: SessionRecord) {
  const revoked = new Set(session.invites.filter((i) => i.revokedAt).map((i) => i.participantId))
  const live = new Set(session.invites.filter((i) => !i.revokedAt).map((i) => i.participantId))
  return session.participants.filter((p) => !revoked.has(p.id) || live.has(p.id))
}

export async function sessionReadiness(
  session: SessionRecord,
  service: PrepService,
  rooms: Rooms,
): Promise<ReadinessResponse> {
  const d = await service.data(session)
  const rules = await rooms.withDocs([`${session.id}/control`], ([control]) => rulesStatus(control!))
  return {
    session: {
      id: session.id,
      title: session.title,
      language: session.language,
      createdAt: session.createdAt,
    },
    agreementVersion: service.current(d).version,
    participants: deriveReadiness({
      participants: activeParticipants(session),
      practice: d.practice,
      questions: service.questionsOf(d, session),
      answers: Object.fromEntries(Object.entries(d.intake).map(([pid, r]) => [pid, r.answers])),
      agreement: service.current(d),
      signatures: d.signatures,
      rulesAcceptedBy: rules.participants.filter((p) => p.current).map((p) => p.participantId),
    }),
  }
}
