import { emptyProfile, type MeetingPlatform } from '@mediation/core/prep'
import { mediatorProfile } from '../services/profile'
import type { Directory } from '../store/directory'
import type { FillFor } from './service'

/**
 * What fills a session's agreement to mediate (a coaching session's coaching agreement): its parties (as invited;
 * coaching's one client), its mediator's practice profile, its title as the matter, and the configured platforms.
 */
export function agreementFillFor(directory: Directory, platforms: readonly MeetingPlatform[]): FillFor {
  return (session, date) => ({
    parties: session.participants.filter((p) => p.role === 'party').map((p) => p.name),
    profile: mediatorProfile(directory, session.ownerId) ?? emptyProfile(''),
    matter: session.title,
    date,
    platforms: [...platforms],
    kind: session.kind,
  })
}
