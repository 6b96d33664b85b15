import { type MediatorProfile, profileOrEmpty } from '@mediation/core/prep'
import type { Directory } from '../store/directory'

/**
 * The practice profile of mediator `mediatorId` (the empty one, with the account's name, until it is entered);
 * null for an unknown account. The agreement to mediate and the time-log export read the register number here.
 */
export function mediatorProfile(directory: Directory, mediatorId: string): MediatorProfile | null {
  const m = directory.mediator(mediatorId)
  return m ? profileOrEmpty(m.profile, m.name) : null
}
