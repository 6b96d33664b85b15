/**
 * Browser harness for the MeetingHost contract: the REAL Jitsi adapter with the REAL react-sdk meeting (and so the
 * real external_api.js) in Chromium. The room to join comes in the URL fragment; the Node test drives the
 * adapter through `window.jitsiHost` and receives its events through the exposed `hostEvent` function.
 */
import { createJitsiHost } from '@mediation/plugin-jitsi'
import { Meeting } from '@mediation/plugin-jitsi/meeting'
import type { JitsiRoomResponse } from '@mediation/protocol'
import type { HostEvent } from '@mediation/sidebar/host'
import { render } from 'preact'

declare global {
  interface Window {
    jitsiHost: ReturnType<typeof createJitsiHost>
    hostEvent: (e: HostEvent) => void
  }
}

const room = JSON.parse(decodeURIComponent(location.hash.slice(1))) as JitsiRoomResponse
const host = createJitsiHost({ lang: 'en', confirmMs: 3000 })
window.jitsiHost = host
host.on((e) => window.hostEvent(e))
const root = document.getElementById('app') as HTMLElement
render(
  <div style="height:400px">
    {/* The contract is about the adapter: mount as a page does after its first join (no prejoin screen). */}
    <Meeting
      room={room}
      host={host}
      lang="en"
      loadMs={10_000}
      chosen={{ labels: null }}
      onState={() => undefined}
    />
  </div>,
  root,
)
