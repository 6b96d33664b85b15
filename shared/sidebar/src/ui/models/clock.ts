import { type ReadonlySignal, signal } from '@preact/signals'

/** A ticking clock signal for timers and "since 12:34" texts; one per sidebar, stopped on dispose. */
export function createClock(intervalMs = 1000): { now: ReadonlySignal<number>; dispose(): void } {
  const now = signal(Date.now())
  const id = setInterval(() => {
    now.value = Date.now()
  }, intervalMs)
  return { now, dispose: () => clearInterval(id) }
}
