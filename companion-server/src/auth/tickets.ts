import { HttpError } from '../errors'
import type { Budgets } from '../sync/budgets'
import type { Caller } from './actor'
import { randomToken } from './crypto'

export interface Ticket {
  sessionId: string
  actor: Caller
  expiresAt: number
}

/**
 * Short-lived single-use tickets for opening one sync socket. Kept in memory only: a restart simply makes
 * clients fetch a new one. The clock is injected so expiry is testable without waiting. Each participant has a
 * ticket budget, so the map stays bounded (rate × lifetime per participant).
 */
export class TicketBook {
  private readonly tickets = new Map<string, Ticket>()
  private readonly ttlMs: number
  private readonly now: () => number
  private readonly budgets: Budgets | null
  private prunedAt = Number.NEGATIVE_INFINITY

  constructor(ttlMs: number, now: () => number, budgets: Budgets | null = null) {
    this.ttlMs = Math.min(ttlMs, 60_000)
    this.now = now
    this.budgets = budgets
  }

  /** A new ticket, or 429 LIMIT-TICKETS when the participant asked for too many too fast. */
  issue(sessionId: string, actor: Caller): { ticket: string; expiresAt: number } {
    const { tickets, expiresAt } = this.issueMany(sessionId, actor, 1)
    return { ticket: tickets[0] as string, expiresAt }
  }

  /** `count` new tickets, each charged to the participant's ticket budget; all or none (429 LIMIT-TICKETS). */
  issueMany(sessionId: string, actor: Caller, count: number): { tickets: string[]; expiresAt: number } {
    if (this.budgets && !this.budgets.of(sessionId, actor.id).tickets.take(count)) {
      throw new HttpError(429, 'too many connection attempts; wait a moment', { code: 'LIMIT-TICKETS' })
    }
    this.prune()
    const expiresAt = this.now() + this.ttlMs
    const tickets = Array.from({ length: count }, () => {
      const ticket = randomToken(24)
      this.tickets.set(ticket, { sessionId, actor, expiresAt })
      return ticket
    })
    return { tickets, expiresAt }
  }

  /** Consumes the ticket: a second use, or a use after expiry, returns null. */
  redeem(ticket: string): Ticket | null {
    const t = this.tickets.get(ticket)
    if (!t) return null
    this.tickets.delete(ticket)
    return t.expiresAt > this.now() ? t : null
  }

  get size(): number {
    return this.tickets.size
  }

  /** At most once a second: a scan per issue would make issuing O(tickets). */
  private prune(): void {
    const now = this.now()
    if (now - this.prunedAt < 1000) return
    this.prunedAt = now
    for (const [k, t] of this.tickets) if (t.expiresAt <= now) this.tickets.delete(k)
  }
}
