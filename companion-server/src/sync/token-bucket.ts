/**
 * A token bucket: `rate` tokens a second up to `burst`. Time is the monotonic clock by default, because a
 * budget must not refill when someone sets the wall clock (tests inject their own clock where they need to).
 */
export class TokenBucket {
  private tokens: number
  private at: number
  private readonly rate: number
  private readonly burst: number
  private readonly now: () => number

  constructor(rate: number, burst: number, now: () => number = () => performance.now()) {
    this.rate = rate
    this.burst = burst
    this.now = now
    this.tokens = burst
    this.at = now()
  }

  /** Takes `n` tokens if there are that many; false (and nothing taken) otherwise. */
  take(n = 1): boolean {
    this.refill()
    if (this.tokens < n) return false
    this.tokens -= n
    return true
  }

  /** True when the bucket is full again, so its owner can be forgotten without giving anyone a fresh burst. */
  get full(): boolean {
    this.refill()
    return this.tokens >= this.burst
  }

  private refill(): void {
    const t = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.at) / 1000) * this.rate)
    this.at = t
  }
}
