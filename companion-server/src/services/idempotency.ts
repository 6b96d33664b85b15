/**
 * CMD-4: a command sent with an `Idempotency-Key` is applied once. The sidebar's outbox sends a command again when
 * it never learned the first answer (the connection dropped meanwhile); the server answers the repeat with the
 * first answer instead of applying it twice. Keys are remembered per participant, for a while, a bounded number.
 */

/** How long a key is remembered, and how many one participant may have remembered at once. */
export interface IdempotencyLimits {
  idempotencyTtlMs: number
  idempotencyKeysPerParticipant: number
}

/** A key as the client sends it: 1–100 letters, digits, `-` or `_`. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,100}$/

interface Entry<T> {
  at: number
  result: Promise<T>
}

/** The remembered keys of every participant (`<sessionId>/<participantId>`), each map in insertion order. */
export class IdempotencyBook<T> {
  private readonly byScope = new Map<string, Map<string, Entry<T>>>()
  private calls = 0

  constructor(
    private readonly limits: IdempotencyLimits,
    private readonly now: () => number,
  ) {}

  /**
   * Runs `apply` unless `key` was seen for `scope` within the TTL; then resolves to the first run's answer (also
   * while that run is still under way). A run that fails is forgotten: nothing was applied, a retry may try again.
   */
  run(scope: string, key: string | undefined, apply: () => Promise<T>): Promise<T> {
    if (key === undefined) return apply()
    if (++this.calls % 256 === 0) this.sweep()
    const at = this.now()
    let keys = this.byScope.get(scope)
    if (!keys) {
      keys = new Map()
      this.byScope.set(scope, keys)
    }
    this.expire(keys, at)
    const seen = keys.get(key)
    if (seen) return seen.result
    // The oldest key goes first when the participant's share is full (a flood of keys buys nothing else).
    while (keys.size >= this.limits.idempotencyKeysPerParticipant) keys.delete(keys.keys().next().value!)
    const result = apply()
    const entry = { at, result }
    keys.set(key, entry)
    result.catch(() => {
      if (keys.get(key) === entry) keys.delete(key)
    })
    return result
  }

  /** Drops expired keys and empty participants (every 256 runs, so the map never outgrows the live ones). */
  sweep(): void {
    const at = this.now()
    for (const [scope, keys] of this.byScope) {
      this.expire(keys, at)
      if (keys.size === 0) this.byScope.delete(scope)
    }
  }

  /** How many keys are remembered in all (for tests and the budget's figures). */
  get size(): number {
    let n = 0
    for (const keys of this.byScope.values()) n += keys.size
    return n
  }

  private expire(keys: Map<string, Entry<T>>, at: number): void {
    // Insertion order is time order: stop at the first key still young enough.
    for (const [k, e] of keys) {
      if (at - e.at < this.limits.idempotencyTtlMs) break
      keys.delete(k)
    }
  }
}
