/** Round-trip statistics of the practice ping over a WebSocket, and what they mean for a video call. */

export interface PingStats {
  /** Replies received out of pings sent. */
  sent: number
  received: number
  /** Median round trip in ms (robust to one slow outlier); null when nothing came back. */
  rttMs: number | null
  /** Mean absolute difference between consecutive round trips (RFC 3550's idea, without smoothing). */
  jitterMs: number | null
  lossPct: number
}

export type Verdict = 'good' | 'fair' | 'poor'

/** Summarises round-trip samples (ms, in send order) out of `sent` pings. */
export function summarizePings(samples: readonly number[], sent: number): PingStats {
  const received = samples.length
  const lossPct = sent === 0 ? 0 : Math.round(((sent - received) / sent) * 1000) / 10
  if (received === 0) return { sent, received, rttMs: null, jitterMs: null, lossPct }
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  let diffs = 0
  for (let i = 1; i < samples.length; i++) diffs += Math.abs(samples[i]! - samples[i - 1]!)
  const jitter = samples.length > 1 ? diffs / (samples.length - 1) : 0
  return { sent, received, rttMs: round1(median), jitterMs: round1(jitter), lossPct }
}

// Thresholds from common video-call guidance: below 150 ms RTT and 30 ms jitter feels live; past 400/100 talk
// overlaps and audio breaks up.
const GOOD = { rtt: 150, jitter: 30, loss: 1 }
const FAIR = { rtt: 400, jitter: 100, loss: 5 }

/** How a video call will feel on this connection. */
export function networkVerdict(s: PingStats): Verdict {
  if (s.rttMs === null || s.jitterMs === null) return 'poor'
  if (s.rttMs <= GOOD.rtt && s.jitterMs <= GOOD.jitter && s.lossPct <= GOOD.loss) return 'good'
  if (s.rttMs <= FAIR.rtt && s.jitterMs <= FAIR.jitter && s.lossPct <= FAIR.loss) return 'fair'
  return 'poor'
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}
