import { isMemberId } from '../auth/actor'
import type { Directory } from '../store/directory'
import type { Budgets } from './budgets'
import { CLOSE } from './messages'

/**
 * Closes (4401) every open socket whose participant is no longer a member: revoked (also closed at once by the
 * revocation), or expired — an expiry has no event, and a socket that only reads would never hit the check that
 * runs on every message. Returns how many were closed.
 */
export function closeLapsed(budgets: Budgets, directory: Directory, now: number): number {
  let closed = 0
  for (const b of [...budgets.withSockets()]) {
    const session = directory.session(b.sessionId)
    if (session && isMemberId(session, b.participantId, now)) continue
    closed += budgets.closeSockets(
      b.sessionId,
      CLOSE.unauthorized,
      'no longer a member of this session',
      b.participantId,
    )
  }
  return closed
}

/** Runs `closeLapsed` every `everyMs` until stopped. */
export function startMembershipSweep(
  budgets: Budgets,
  directory: Directory,
  now: () => number,
  everyMs: number,
): () => void {
  const timer = setInterval(() => {
    closeLapsed(budgets, directory, now())
    budgets.sweep()
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
