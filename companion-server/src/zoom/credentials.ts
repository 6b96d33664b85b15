import { randomId, randomToken, sha256 } from '../auth/crypto'
import { HttpError } from '../errors'
import type { AppContext } from '../http/context'

const PREFIX = 'zoom-'

/**
 * Issues a fresh credential for a session participant who proved themselves through Zoom: a new invite record
 * (only its hash is stored, like every invite). The participant's previous Zoom-issued credential is revoked,
 * so each participant holds at most one live Zoom credential; their own invite link is left alone. A participant
 * whose own invites are all revoked or expired gets none (403 ZOOM-REVOKED): Zoom never outlives the invite, and
 * the Zoom credential expires with the latest of them.
 */
export async function issueZoomCredential(
  ctx: AppContext,
  sessionId: string,
  participantId: string,
): Promise<string> {
  const token = randomToken(16)
  const at = ctx.now()
  const now = new Date(at).toISOString()
  const zoomOf = (inv: { id: string; participantId: string }) =>
    inv.participantId === participantId && inv.id.startsWith(PREFIX)
  const session = ctx.directory.session(sessionId)
  const own = (session?.invites ?? []).filter(
    (inv) =>
      inv.participantId === participantId &&
      !inv.id.startsWith(PREFIX) &&
      !inv.revokedAt &&
      (!inv.expiresAt || Date.parse(inv.expiresAt) > at),
  )
  if (own.length === 0)
    throw new HttpError(403, 'your invite was revoked or has expired; ask your mediator for a new one', {
      code: 'ZOOM-REVOKED',
    })
  const expiresAt = own.some((inv) => !inv.expiresAt)
    ? null
    : (own
        .map((inv) => inv.expiresAt as string)
        .sort()
        .at(-1) ?? null)
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
      expiresAt,
    })
  })
  return token
}
