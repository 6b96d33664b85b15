import { randomId, randomToken, sha256 } from '../auth/crypto'
import type { AppContext } from '../http/context'

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
  await ctx.directory.updateSession(sessionId, (s) => {
    for (const inv of s.invites) {
      if (inv.participantId === participantId && inv.id.startsWith('zoom-') && !inv.revokedAt)
        inv.revokedAt = now
    }
    s.invites.push({
      id: `zoom-${randomId()}`,
      participantId,
      tokenHash: sha256(token),
      createdAt: now,
      revokedAt: null,
    })
  })
  return token
}
