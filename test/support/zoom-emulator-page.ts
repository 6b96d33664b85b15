import type { Page } from 'playwright-core'
import type { ZoomEmulator } from './zoom-emulator'

declare global {
  interface Window {
    __zoomNative(json: string): Promise<unknown>
    __zoomDeliver(msg: unknown): void
  }
}

/**
 * Installs the WebView2 bridge the Zoom desktop client gives an app (reference zoom.md §2.6 A): the SDK finds
 * `window.chrome.webview`, posts every request as a JSON string, and listens for `message` events whose
 * `data` is the reply or event object. Runs before any page script, so the unmodified SDK picks it up.
 */
function bridge() {
  const listeners: ((e: { data: unknown }) => void)[] = []
  window.__zoomDeliver = (msg) => {
    for (const l of listeners) l({ data: msg })
  }
  const webview = {
    postMessage(json: string) {
      void window.__zoomNative(json).then((reply) => reply && window.__zoomDeliver(reply))
    },
    addEventListener(type: string, fn: (e: { data: unknown }) => void) {
      if (type === 'message') listeners.push(fn)
    },
  }
  const w = window as unknown as { chrome?: Record<string, unknown> }
  w.chrome = Object.assign(w.chrome ?? {}, { webview })
}

/** Connects `page` to the emulator as `participantUUID`'s Zoom client. Call before `page.goto`. */
export async function attachZoomClient(
  page: Page,
  emulator: ZoomEmulator,
  participantUUID: string,
): Promise<void> {
  const person = emulator.people.get(participantUUID)
  if (!person) throw new Error(`no participant ${participantUUID}`)
  // Bound to the person, not the participantUUID: Zoom may give them a new one (a role change).
  await page.exposeFunction('__zoomNative', (json: string) => emulator.handle(person, json))
  await page.addInitScript(bridge)
  person.configured = null
  person.deliver = async (msg) => {
    if (page.isClosed()) return
    await page.evaluate((m) => window.__zoomDeliver(m), msg).catch(() => {})
  }
  page.once('close', () => {
    person.deliver = null
    person.configured = null
  })
}
