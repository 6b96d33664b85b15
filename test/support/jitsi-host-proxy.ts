/**
 * A MeetingHost in the test process that forwards to the real Jitsi adapter running in a Chromium page
 * (test/support/jitsi-host-page.tsx), so the shared contract suite runs against the real adapter, the real
 * react-sdk and the real external_api.js. Listeners stay here; events come from the page's adapter only.
 */
import type { HostCapabilities, HostEvent, MeetingHost } from '@mediation/sidebar/host'
import type { Page } from 'playwright-core'

/** Wraps the page's adapter; `exposeEvents` must run before the page loads. */
export function createHostProxy(page: Page) {
  const listeners = new Set<(e: HostEvent) => void>()
  let caps: HostCapabilities | null = null
  let disposing: Promise<void> | null = null
  const log: HostEvent[] = []
  const emit = (e: HostEvent) => {
    log.push(e)
    for (const l of [...listeners]) {
      try {
        l(e)
      } catch {
        // The contract checks that one throwing listener does not stop the others.
      }
    }
  }
  const host: MeetingHost = {
    kind: 'jitsi',
    start: () => page.evaluate(() => window.jitsiHost.start()),
    capabilities: () => {
      if (!caps) throw new Error('call ready() first')
      return caps
    },
    on(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    setHand: (raised) => page.evaluate((r) => window.jitsiHost.setHand(r), raised),
    muteAllExcept: (id) => page.evaluate((x) => window.jitsiHost.muteAllExcept(x), id),
    openCaucus: (rooms) => page.evaluate((r) => window.jitsiHost.openCaucus(r), rooms),
    moveSelf: (room) => page.evaluate((r) => window.jitsiHost.moveSelf(r), room),
    followRoom: (room) => page.evaluate((r) => window.jitsiHost.followRoom(r), room),
    closeCaucus: () => page.evaluate(() => window.jitsiHost.closeCaucus()),
    leave: () => page.evaluate(() => window.jitsiHost.leave()),
    dispose() {
      // The interface is synchronous; later calls (provokeEvent) wait for the page to have run it.
      disposing = page.evaluate(() => window.jitsiHost.dispose())
    },
  }
  return {
    host,
    exposeEvents: () => page.exposeFunction('hostEvent', emit),
    /** Caches the adapter's capabilities (constant once its meeting is attached). */
    async ready() {
      caps = await page.evaluate(() => window.jitsiHost.capabilities())
    },
    disposed: () => disposing,
    /** Every event the page's adapter sent, for the harness's own waiting. */
    log,
  }
}
