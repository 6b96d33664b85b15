import { randomId, randomToken, sha256 } from '../auth/crypto'
import type { AppContext } from '../http/context'

const PREFIX = 'zoom-'

/**
 * Issues a fresh credential for a session participant who proved themselves through Zoom: a new invite record
 * (only its hash is stored, like every invite). The participant's previous Zoom-issued credential is revoked,
 * so each participant holds at most one live Zoom credential; their own invite link is left alone.
 */
export async function issueZoomCredential(
  ctx: AppContext,
  sessionId: string,
  participantId: string,
): Promise<string> {
  const token = randomToken(16)
  const now = new Date(ctx.now()).toISOString()
  const zoomOf = (inv: { id: string; participantId: string }) =>
    inv.participantId === participantId && inv.id.startsWith(PREFIX)
  await ctx.directory.updateSession(sessionId, (s) => {
    // Already revoked Zoom credentials are dropped, so repeated claims cannot grow the session file.
    s.invites = s.invites.filter((inv) => !(zoomOf(inv) && inv.revokedAt))
    for (const inv of s.invites) if (zoomOf(inv)) inv.revokedAt = now
    s.invites.push({
      id: `${PREFIX}${randomId()}`,
      participantId,
      tokenHash: sha256(token),
      createdAt: now,
      revokedAt: null,
    })
  })
  return token
}
