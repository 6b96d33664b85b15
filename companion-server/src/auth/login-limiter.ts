import type { ErrorCode } from '@mediation/protocol'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { HttpError } from '../errors'

/** What logins may cost (README "Accounts"). */
export interface LoginLimits {
  /** Attempts per account from one address in the window (a success clears them). */
  loginFailures: number
  loginWindowMs: number
  /** Attempts per address in the window, whatever the account. */
  loginAttemptsPerAddress: number
  /** Failures of one account (from any address) before each further failure adds a growing delay. */
  loginFreeFailures: number
  /** The longest such delay: the real mediator waits at most this long, whoever guesses meanwhile. */
  loginMaxDelayMs: number
}

// 21 days: the memory store expires keys with setTimeout, which holds at most 24.8 days.
const KNOWN_SECONDS = 21 * 86_400

const tooMany = (res: unknown, what: string) => {
  const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 60_000
  return new HttpError(429, `too many ${what}; try again in ${Math.ceil(ms / 1000)} s`, {
    code: 'LIMIT-LOGIN',
    retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)),
  })
}

/**
 * Login attempts, counted before the password is hashed: a counter goes up the moment a request arrives, so 40
 * parallel guesses cannot all be tried before the first failure is recorded. A lockout is per account AND
 * address (a shared address cannot lock the mediator out from elsewhere); across addresses an account gets a
 * progressive delay (1 s, 2 s, 4 s … up to `loginMaxDelayMs`), never a lockout, so distributed guessing slows to
 * a crawl while the real mediator waits at most that long — and not at all from an address they logged in from
 * before (remembered 21 days), so guessing from everywhere cannot keep the mediator out.
 */
export class LoginLimiter {
  private readonly pair: RateLimiterMemory
  private readonly address: RateLimiterMemory
  private readonly accountFailures: RateLimiterMemory
  private readonly accountDelay: RateLimiterMemory
  /** `<account>|<address>` pairs that logged in successfully. */
  private readonly known: RateLimiterMemory
  private readonly limits: LoginLimits

  constructor(limits: LoginLimits) {
    this.limits = limits
    const duration = Math.max(1, Math.round(limits.loginWindowMs / 1000))
    this.pair = new RateLimiterMemory({ points: limits.loginFailures, duration })
    this.address = new RateLimiterMemory({ points: limits.loginAttemptsPerAddress, duration })
    this.accountFailures = new RateLimiterMemory({ points: 1_000_000, duration: 3600 })
    this.accountDelay = new RateLimiterMemory({ points: 1, duration: 1 })
    this.known = new RateLimiterMemory({ points: 1, duration: KNOWN_SECONDS })
  }

  /** Counts one attempt of `email` from `ip`; 429 LIMIT-LOGIN when over a budget or inside a delay. */
  async attempt(email: string, ip: string): Promise<void> {
    const account = email.toLowerCase()
    const known = await this.known.get(`${account}|${ip}`)
    const delay = known ? null : await this.accountDelay.get(account)
    if (delay && delay.consumedPoints > 1) throw tooMany(delay, 'failed logins for this account')
    try {
      await this.address.consume(ip)
    } catch (res) {
      throw tooMany(res, 'login attempts from this address')
    }
    try {
      await this.pair.consume(`${account}|${ip}`)
    } catch (res) {
      throw tooMany(res, 'failed logins')
    }
  }

  /** After a wrong password: past the free failures, the account waits longer before each next try. */
  async failed(email: string): Promise<void> {
    const account = email.toLowerCase()
    const { consumedPoints } = await this.accountFailures.penalty(account, 1)
    const over = consumedPoints - this.limits.loginFreeFailures
    if (over <= 0) return
    const ms = Math.min(this.limits.loginMaxDelayMs, 1000 * 2 ** Math.min(over - 1, 20))
    await this.accountDelay.block(account, Math.max(1, Math.round(ms / 1000)))
  }

  /** After a success: this address's count and the account's delay start over. */
  async succeeded(email: string, ip: string): Promise<void> {
    const account = email.toLowerCase()
    await Promise.all([
      this.known.set(`${account}|${ip}`, 1, KNOWN_SECONDS),
      this.pair.delete(`${account}|${ip}`),
      this.accountFailures.delete(account),
      this.accountDelay.delete(account),
    ])
  }
}

/** A per-address budget for an unauthenticated route (setup, verify, Zoom install): 429 with `code` beyond it. */
export function addressBudget(points: number, durationSeconds: number, code: ErrorCode) {
  const limiter = new RateLimiterMemory({ points, duration: durationSeconds })
  return async (ip: string): Promise<void> => {
    try {
      await limiter.consume(ip)
    } catch (res) {
      const ms = res instanceof RateLimiterRes ? res.msBeforeNext : 60_000
      throw new HttpError(429, 'too many requests; wait a moment', {
        code,
        retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)),
      })
    }
  }
}
