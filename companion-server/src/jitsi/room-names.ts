/**
 * Unguessable Jitsi room names: 128 bits from an HMAC over the session (and side, and caucus start) with the
 * server's room secret. Nothing is stored in a shared document: a page learns a name only from its own
 * answer of GET /api/sessions/:id/jitsi/room, and a caucus name only if its caller belongs in that caucus.
 */
import { createHmac } from 'node:crypto'

function name(secret: Buffer, prefix: string, parts: string[]): string {
  const mac = createHmac('sha256', secret).update(parts.join('\u0000')).digest('hex')
  return `${prefix}${mac.slice(0, 32)}`
}

/** The session's main meeting room. */
export const mainRoomName = (secret: Buffer, sessionId: string) =>
  name(secret, 'mediation', ['main', sessionId])

/** One side's caucus room; a new caucus (another start time) gets a new room. */
export const caucusRoomName = (secret: Buffer, sessionId: string, sideId: string, startedAt: number | null) =>
  name(secret, 'caucus', ['caucus', sessionId, sideId, String(startedAt ?? 0)])

/** One participant's practice room: theirs alone (and the secretariat's or mediator's when they come to help). */
export const practiceRoomName = (secret: Buffer, sessionId: string, participantId: string) =>
  name(secret, 'practice', ['practice', sessionId, participantId])
