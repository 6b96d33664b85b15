import { TokenBucket } from './token-bucket'

/** What one participant may spend across all their sockets and requests (README "Budgets"). */
export interface ParticipantLimits {
  /** Open sync sockets at once (the sidebar opens five documents; a few tabs fit). */
  socketsPerParticipant: number
  /** Write messages (sync step 2 and updates), and their bytes, per second with a burst. */
  updatesPerSecond: number
  updateBurst: number
  updateBytesPerSecond: number
  updateBytesBurst: number
  /** Awareness messages that carry the connection's own state, per second with a burst. */
  awarenessPerSecond: number
  awarenessBurst: number
  /**
   * Awareness messages that carry nothing of the sender's own: y-websocket clients echo every awareness change
   * they receive back to the server, so these scale with the others' (budgeted) traffic and must not be charged
   * to the echoing victim's own budget; a looser bucket still stops a flood of them.
   */
  awarenessEchoPerSecond: number
  awarenessEchoBurst: number
  /** Commands (POST /api/sessions/:id/commands) per second with a burst. */
  commandsPerSecond: number
  commandBurst: number
  /** Socket tickets per second with a burst. */
  ticketsPerSecond: number
  ticketBurst: number
}

/** An open socket of a participant (sync or practice ping), closable from outside (revocation, expiry). */
export interface OpenSocket {
  close(code: number, reason: string): void
}

/** One participant's buckets; shared by every socket and request of theirs, so four sockets buy nothing. */
export class ParticipantBudget {
  readonly sessionId: string
  readonly participantId: string
  /** Every open socket of theirs; its size is what `socketsPerParticipant` caps. */
  readonly sockets = new Set<OpenSocket>()
  readonly updates: TokenBucket
  readonly updateBytes: TokenBucket
  readonly awareness: TokenBucket
  readonly awarenessEcho: TokenBucket
  readonly commands: TokenBucket
  readonly tickets: TokenBucket

  constructor(sessionId: string, participantId: string, l: ParticipantLimits) {
    this.sessionId = sessionId
    this.participantId = participantId
    this.updates = new TokenBucket(l.updatesPerSecond, l.updateBurst)
    this.updateBytes = new TokenBucket(l.updateBytesPerSecond, l.updateBytesBurst)
    this.awareness = new TokenBucket(l.awarenessPerSecond, l.awarenessBurst)
    this.awarenessEcho = new TokenBucket(l.awarenessEchoPerSecond, l.awarenessEchoBurst)
    this.commands = new TokenBucket(l.commandsPerSecond, l.commandBurst)
    this.tickets = new TokenBucket(l.ticketsPerSecond, l.ticketBurst)
  }

  /** Nothing open and every bucket refilled: forgetting it gives nobody a fresh burst. */
  get idle(): boolean {
    return (
      this.sockets.size === 0 &&
      this.updates.full &&
      this.updateBytes.full &&
      this.awareness.full &&
      this.awarenessEcho.full &&
      this.commands.full &&
      this.tickets.full
    )
  }
}

/**
 * Budgets per participant (`<sessionId>/<participantId>`). Entries exist only for authenticated participants, so
 * the map is bounded by the invites mediators made; idle entries are swept.
 */
export class Budgets {
  readonly limits: ParticipantLimits
  private readonly byKey = new Map<string, ParticipantBudget>()

  constructor(limits: ParticipantLimits) {
    this.limits = limits
  }

  of(sessionId: string, participantId: string): ParticipantBudget {
    const key = `${sessionId}/${participantId}`
    let b = this.byKey.get(key)
    if (!b) {
      b = new ParticipantBudget(sessionId, participantId, this.limits)
      this.byKey.set(key, b)
    }
    return b
  }

  /** True when the participant may open one more socket. */
  canOpen(b: ParticipantBudget): boolean {
    return b.sockets.size < this.limits.socketsPerParticipant
  }

  /** Closes every open socket of a session, or of one participant in it; returns how many. */
  closeSockets(sessionId: string, code: number, reason: string, participantId?: string): number {
    let closed = 0
    for (const b of this.byKey.values()) {
      if (b.sessionId !== sessionId || (participantId !== undefined && b.participantId !== participantId))
        continue
      for (const s of [...b.sockets]) {
        s.close(code, reason)
        closed++
      }
    }
    return closed
  }

  /** Every participant with open sockets (for the membership sweep). */
  *withSockets(): Iterable<ParticipantBudget> {
    for (const b of this.byKey.values()) if (b.sockets.size > 0) yield b
  }

  /** Drops idle entries. */
  sweep(): void {
    for (const [key, b] of this.byKey) if (b.idle) this.byKey.delete(key)
  }

  get size(): number {
    return this.byKey.size
  }
}
