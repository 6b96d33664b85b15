/**
 * Browser entry for adapter tests: the real `@zoom/appssdk` and the real Zoom adapter, nothing else. Tests
 * drive it through `window.zoomHarness` (see zoom-emulator-remote.ts); the emulator answers the SDK.
 */

import { type CaucusIssue, createZoomHost, type ZoomHost } from '@mediation/plugin-zoom'
import type { HostEvent } from '@mediation/sidebar/host'
import zoomSdk from '@zoom/appssdk'

declare global {
  interface Window {
    zoomHarness: {
      host: ZoomHost
      events: HostEvent[]
      issues: CaucusIssue[][]
      nudges: string[]
      /** Every move request the adapter showed (null: it ended). */
      moveRequests: ({ roomName: string | null } | null)[]
    }
    __zoomHostEvent?: (e: HostEvent) => void
  }
}

const moveTimeoutMs = Number(new URLSearchParams(location.search).get('moveTimeoutMs') ?? 8000)
const host = createZoomHost(zoomSdk, { moveTimeoutMs })
const harness: Window['zoomHarness'] = { host, events: [], issues: [], nudges: [], moveRequests: [] }
host.on((e) => {
  harness.events.push(e)
  window.__zoomHostEvent?.(e)
})
host.onCaucusIssues((i) => harness.issues.push(i))
host.onNudge((k) => harness.nudges.push(k))
host.onMoveRequest((r) => harness.moveRequests.push(r))
window.zoomHarness = harness
