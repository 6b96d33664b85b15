/**
 * IFrame API commands are fire-and-forget: nothing comes back, and a refused command fails silently inside the
 * iframe. So every command waits for the event that shows its effect, within a bound; silence is a failure.
 */

/** A command whose confirming event did not arrive in time (or whose meeting went away first). */
export class JitsiCommandError extends Error {
  constructor(
    readonly action: string,
    readonly reason: 'timeout' | 'detached' | 'forbidden' | 'unsupported',
  ) {
    super(`${action}: ${reason}`)
    this.name = 'JitsiCommandError'
  }
}

interface Waiter {
  action: string
  test: (name: string, payload: unknown) => boolean
  done: (err?: JitsiCommandError) => void
}

/** Pending confirmations, fed with every IFrame API event the adapter sees. */
export function createConfirmations(boundMs: number) {
  const waiters = new Set<Waiter>()
  return {
    /** Resolves when `test` accepts an event; rejects with a timeout after `boundMs`. */
    expect(action: string, test: (name: string, payload: unknown) => boolean): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => waiter.done(new JitsiCommandError(action, 'timeout')), boundMs)
        const waiter: Waiter = {
          action,
          test,
          done(err) {
            clearTimeout(timer)
            waiters.delete(waiter)
            if (err) reject(err)
            else resolve()
          },
        }
        waiters.add(waiter)
      })
    },
    feed(name: string, payload: unknown): void {
      for (const w of [...waiters]) if (w.test(name, payload)) w.done()
    },
    /** Fails everything still pending (the meeting it was sent to is gone). */
    clear(): void {
      for (const w of [...waiters]) w.done(new JitsiCommandError(w.action, 'detached'))
    },
  }
}

export type Confirmations = ReturnType<typeof createConfirmations>
