/** Exponential reconnect delays with jitter, so many sidebars do not reconnect in lockstep after a restart. */
export function backoffDelay(attempt: number, minMs = 250, maxMs = 5000): number {
  const base = Math.min(maxMs, minMs * 2 ** attempt)
  return Math.round(base / 2 + (Math.random() * base) / 2)
}
