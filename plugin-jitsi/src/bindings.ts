/**
 * Binds Jitsi endpoints to session participants. A page announces its own endpoint to the server under its
 * invite credential; the mediator's page asks the server about endpoints it cannot yet attribute. An endpoint can
 * appear here before its page has announced itself, so unknown ids are asked again with a growing delay.
 */
import type { Roster } from './roster'

const RETRY_MS = [200, 400, 800, 1600, 3200, 6400]

/** Watches the roster for unbound endpoints and resolves them through `lookup` (no-op without it). */
export function watchBindings(
  roster: Roster,
  lookup?: (hostIds: string[]) => Promise<Record<string, string>>,
) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let attempt = 0
  let stopped = false
  let inFlight = false

  async function run(): Promise<void> {
    timer = undefined
    const ids = roster.unbound()
    if (!lookup || stopped || inFlight || ids.length === 0) return
    inFlight = true
    try {
      roster.bind(await lookup(ids))
    } catch {
      // A failed lookup is retried below like an endpoint the server does not know yet.
    } finally {
      inFlight = false
    }
    if (stopped || roster.unbound().length === 0) return
    const delay = RETRY_MS[attempt++]
    if (delay !== undefined) timer = setTimeout(run, delay)
  }

  return {
    /** Looks up unbound endpoints now (after a join), restarting the retry schedule. */
    check(): void {
      if (!lookup || stopped) return
      attempt = 0
      if (timer) clearTimeout(timer)
      timer = setTimeout(run, 0)
    },
    stop(): void {
      stopped = true
      if (timer) clearTimeout(timer)
    },
  }
}
