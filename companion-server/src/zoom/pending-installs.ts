/** One install in flight: the PKCE verifier waiting for Zoom to send the browser back with `state`. */
interface Pending {
  verifier: string
  expiresAt: number
}

export interface PendingInstalls {
  put(state: string, verifier: string, now: number): void
  /** Returns the verifier once (single use) if `state` is known and fresh. */
  take(state: string, now: number): string | null
}

/**
 * In-memory store of installs in flight, bounded in count and age so a flood of `/zoom/install` hits cannot
 * grow memory; the oldest entry is dropped first.
 */
export function createPendingInstalls(opts: { ttlMs: number; max: number }): PendingInstalls {
  const byState = new Map<string, Pending>()
  return {
    put(state, verifier, now) {
      for (const [key, entry] of byState) if (entry.expiresAt < now) byState.delete(key)
      while (byState.size >= opts.max) {
        const oldest = byState.keys().next().value
        if (oldest === undefined) break
        byState.delete(oldest)
      }
      byState.set(state, { verifier, expiresAt: now + opts.ttlMs })
    },
    take(state, now) {
      const entry = byState.get(state)
      byState.delete(state)
      if (!entry || entry.expiresAt < now) return null
      return entry.verifier
    },
  }
}
