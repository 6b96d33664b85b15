import type {
  CaucusRoomPlan,
  HostCapabilities,
  HostEvent,
  HostRoom,
  HostSelf,
  MeetingHost,
} from '@mediation/sidebar/host'
import type { Browser, Page } from 'playwright-core'
import type { ZoomEmulator } from './zoom-emulator'
import { attachZoomClient } from './zoom-emulator-page'

/** One participant's Zoom app instance: a page running the real SDK + adapter, and a Node-side handle on it. */
export interface ZoomInstance {
  page: Page
  /** The adapter in the page, driven from Node (each call is a `page.evaluate`). */
  host: MeetingHost
  events: HostEvent[]
  /** Resolves once an event matching `pred` has arrived (checked against past events first). */
  waitFor(pred: (e: HostEvent) => boolean, what: string, timeoutMs?: number): Promise<HostEvent>
  close(): Promise<void>
}

/** Polls `check` until it returns a value (not undefined/false) or the deadline passes. */
export async function until<T>(
  check: () => T | Promise<T>,
  what: string,
  timeoutMs = 5000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await check()
    if (v !== undefined && v !== null && v !== false) return v as NonNullable<T>
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Opens the app for `participantUUID` in a fresh browser context at `url` (harness or the real app). */
export async function openZoomInstance(
  browser: Browser,
  emulator: ZoomEmulator,
  participantUUID: string,
  url: string,
  viewport = { width: 320, height: 720 },
): Promise<ZoomInstance> {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const events: HostEvent[] = []
  const listeners = new Set<(e: HostEvent) => void>()
  let caps: HostCapabilities | null = null
  // Events cross from the page's adapter listener (zoom-emulator-harness.ts) into Node.
  await page.exposeFunction('__zoomHostEvent', (e: HostEvent) => {
    events.push(e)
    for (const l of [...listeners]) {
      try {
        l(e)
      } catch {
        // mirrors the adapter: a throwing listener never stops the others
      }
    }
  })
  await attachZoomClient(page, emulator, participantUUID)
  await page.goto(url)
  const call = <T>(method: string, args: unknown[]) =>
    page.evaluate(
      ([m, a]) =>
        (window.zoomHarness.host as unknown as Record<string, (...x: unknown[]) => unknown>)[m as string]!(
          ...(a as unknown[]),
        ),
      [method, args] as const,
    ) as Promise<T>
  const host: MeetingHost = {
    kind: 'zoom',
    start: async () => {
      const self = await call<HostSelf>('start', [])
      caps = await page.evaluate(() => window.zoomHarness.host.capabilities())
      return self
    },
    capabilities: () => {
      if (!caps) throw new Error('start() first: capabilities are read from the page after start')
      return { ...caps }
    },
    on: (l) => {
      listeners.add(l)
      return () => {
        listeners.delete(l)
      }
    },
    setHand: (raised) => call('setHand', [raised]),
    muteAllExcept: (id) => call('muteAllExcept', [id]),
    openCaucus: (rooms: CaucusRoomPlan[]) => call('openCaucus', [rooms]),
    moveSelf: (room: HostRoom, plan?: CaucusRoomPlan) => call('moveSelf', plan ? [room, plan] : [room]),
    closeCaucus: () => call('closeCaucus', []),
    leave: () => call('leave', []),
    followRoom: (room: HostRoom) => call('followRoom', [room]),
    dispose: () => void page.evaluate(() => window.zoomHarness.host.dispose()).catch(() => {}),
  }
  return {
    page,
    host,
    events,
    waitFor(pred, what, timeoutMs = 5000) {
      return until(() => events.find(pred), what, timeoutMs)
    },
    close: () => context.close(),
  }
}

/** The adapter's synchronous `capabilities()`, read in the page. */
export function capabilitiesOf(i: ZoomInstance): Promise<HostCapabilities> {
  return i.page.evaluate(() => window.zoomHarness.host.capabilities())
}
