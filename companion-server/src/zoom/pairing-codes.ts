import { randomInt } from 'node:crypto'
import type { ErrorCode } from '@mediation/protocol'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { HttpError } from '../errors'

/** What pairing may cost (README "Zoom: pairing"). */
export interface PairingLimits {
  /** How long a code stays valid. */
  ttlMs: number
  /** Pairing attempts per Zoom user in one meeting per window (guests: per meeting, all guests together). */
  attemptsPerUser: number
  attemptsPerGuests: number
  /** Attempts in one meeting per window, whoever makes them. */
  attemptsPerMeeting: number
  windowMs: number
  /** Codes one participant may ask for per window. */
  codesPerParticipant: number
}

export const PAIRING_DEFAULTS: PairingLimits = {
  ttlMs: 10 * 60_000,
  attemptsPerUser: 5,
  attemptsPerGuests: 10,
  attemptsPerMeeting: 30,
  windowMs: 15 * 60_000,
  codesPerParticipant: 20,
}

interface Code {
  sessionId: string
  participantId: string
  expiresAt: number
}

const MAX_CODES = 20_000
const DIGITS = 8

const tooMany = (res: unknown, code: ErrorCode, what: string) => {
  const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 60_000
  const seconds = Math.max(1, Math.ceil(ms / 1000))
  return new HttpError(429, `too many ${what}; try again in ${seconds} s`, {
    code,
    retryAfterSeconds: seconds,
  })
}

/**
 * Short codes that pair a Zoom app instance with a session participant. A code is issued only to the holder of
 * that participant's own credential (their invite page), works once, expires after `ttlMs`, and is looked up
 * only inside the session the meeting is linked to. Each participant has at most one live code (a new one
 * replaces the old). Attempts are counted before the lookup, so parallel guesses cannot outrun the budget.
 */
export function createPairingCodes(now: () => number, limits: PairingLimits = PAIRING_DEFAULTS) {
  const codes = new Map<string, Code>() // `${sessionId}|${code}`
  const live = new Map<string, string>() // `${sessionId}|${participantId}` → code key
  const seconds = Math.max(1, Math.round(limits.windowMs / 1000))
  const perUser = new RateLimiterMemory({ points: limits.attemptsPerUser, duration: seconds })
  const perGuests = new RateLimiterMemory({ points: limits.attemptsPerGuests, duration: seconds })
  const perMeeting = new RateLimiterMemory({ points: limits.attemptsPerMeeting, duration: seconds })
  const issued = new RateLimiterMemory({ points: limits.codesPerParticipant, duration: seconds })

  const drop = (key: string) => {
    const c = codes.get(key)
    codes.delete(key)
    if (c && live.get(`${c.sessionId}|${c.participantId}`) === key)
      live.delete(`${c.sessionId}|${c.participantId}`)
  }
  const sweep = () => {
    const t = now()
    for (const [key, c] of codes) if (c.expiresAt <= t) drop(key)
    while (codes.size >= MAX_CODES) drop(codes.keys().next().value as string)
  }

  return {
    /** A fresh code for this participant (their previous one stops working); 429 LIMIT-ZOOM-CODES when asked too often. */
    async issue(sessionId: string, participantId: string): Promise<{ code: string; expiresAt: number }> {
      try {
        await issued.consume(`${sessionId}|${participantId}`)
      } catch (res) {
        throw tooMany(res, 'LIMIT-ZOOM-CODES', 'pairing codes')
      }
      sweep()
      const previous = live.get(`${sessionId}|${participantId}`)
      if (previous) drop(previous)
      let code: string
      do code = String(randomInt(0, 10 ** DIGITS)).padStart(DIGITS, '0')
      while (codes.has(`${sessionId}|${code}`))
      const expiresAt = now() + limits.ttlMs
      codes.set(`${sessionId}|${code}`, { sessionId, participantId, expiresAt })
      live.set(`${sessionId}|${participantId}`, `${sessionId}|${code}`)
      return { code, expiresAt }
    },
    /**
     * Spends one attempt of `uid` (null: a guest) in `meeting`, then takes the code if it is live in `sessionId`:
     * the participant it pairs, or null. 429 LIMIT-ZOOM-PAIR once a budget is spent.
     */
    async take(meeting: string, uid: string | null, sessionId: string, code: string): Promise<string | null> {
      try {
        await perMeeting.consume(meeting)
        if (uid) await perUser.consume(`${meeting}|${uid}`)
        else await perGuests.consume(meeting)
      } catch (res) {
        throw tooMany(res, 'LIMIT-ZOOM-PAIR', 'pairing attempts')
      }
      const key = `${sessionId}|${code}`
      const found = codes.get(key)
      if (!found) return null
      drop(key)
      return found.expiresAt > now() ? found.participantId : null
    },
  }
}

export type PairingCodes = ReturnType<typeof createPairingCodes>
