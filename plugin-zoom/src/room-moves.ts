import type { OnBreakoutRoomChangeEvent } from '@zoom/appssdk'
import { ZoomHostError } from './errors'

interface Waiter {
  /** true: the move happened; an Error: Zoom moved us elsewhere (the move failed); false: not about this move. */
  matches(e: OnBreakoutRoomChangeEvent): boolean | Error
  resolve(): void
  reject(err: Error): void
  cancel(): void
}

/**
 * A move of the mediator (Join in Zoom's own panel) is real only when `onBreakoutRoomChange`
 * arrives. This waits for that confirmation within a bound, so a lost move becomes a visible failure.
 */
export function createMoveConfirmations(timeoutMs: number) {
  const waiters = new Set<Waiter>()
  return {
    /** Feed every `onBreakoutRoomChange` here. */
    seen(e: OnBreakoutRoomChangeEvent) {
      for (const w of [...waiters]) {
        const verdict = w.matches(e)
        if (verdict instanceof Error) w.reject(verdict)
        else if (verdict) w.resolve()
      }
    },
    /** Starts waiting *before* the move is requested (the event may beat the API response). */
    expect(matches: Waiter['matches'], what: string): Promise<void> {
      let waiter!: Waiter
      let timer: ReturnType<typeof setTimeout>
      const done = new Promise<void>((resolve, reject) => {
        waiter = {
          matches,
          resolve: () => {
            clearTimeout(timer)
            waiters.delete(waiter)
            resolve()
          },
          reject: (err) => {
            clearTimeout(timer)
            waiters.delete(waiter)
            reject(err)
          },
          cancel: () => clearTimeout(timer),
        }
        timer = setTimeout(() => {
          waiters.delete(waiter)
          reject(
            new ZoomHostError(
              'moveSelf',
              `Zoom did not confirm the move to ${what} within ${timeoutMs / 1000} s`,
            ),
          )
        }, timeoutMs)
      })
      waiters.add(waiter)
      return done
    },
    dispose() {
      for (const w of waiters) w.cancel()
      waiters.clear()
    },
  }
}
