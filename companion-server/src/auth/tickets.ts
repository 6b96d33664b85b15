import type { Actor } from './actor'
import { randomToken } from './crypto'

export interface Ticket {
  sessionId: string
  actor: Actor
  expiresAt: number
}

/**
 * Short-lived single-use tickets for opening one sync socket. Kept in memory only: a restart simply makes
 * clients fetch a new one. The clock is injected so expiry is testable without waiting.
 */
export class TicketBook {
  private readonly tickets = new Map<string, Ticket>()
  private readonly ttlMs: number
  private readonly now: () => number

  constructor(ttlMs: number, now: () => number) {
    this.ttlMs = Math.min(ttlMs, 60_000)
    this.now = now
  }

  issue(sessionId: string, actor: Actor): { ticket: string; expiresAt: number } {
    this.prune()
    const ticket = randomToken(24)
    const expiresAt = this.now() + this.ttlMs
    this.tickets.set(ticket, { sessionId, actor, expiresAt })
    return { ticket, expiresAt }
  }

  /** Consumes the ticket: a second use, or a use after expiry, returns null. */
  redeem(ticket: string): Ticket | null {
    const t = this.tickets.get(ticket)
    if (!t) return null
    this.tickets.delete(ticket)
    return t.expiresAt > this.now() ? t : null
  }

  private prune(): void {
    const now = this.now()
    for (const [k, t] of this.tickets) if (t.expiresAt <= now) this.tickets.delete(k)
  }
}
