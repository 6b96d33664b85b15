/**
 * Test page for test/e2e/sidebar.test.ts: the real sidebar bundle with the fake MeetingHost, mounted from
 * `#t=<credential>&s=<sessionId>&lang=<nl|en>`. The fake host is on `window.fakeHost` so the test can play
 * platform events into it.
 */
import { createFakeHost, createStandaloneHost, type FakeHost } from '@mediation/sidebar/host'
import { type MountedSidebar, mountSidebar } from '@mediation/sidebar/ui'
import '@mediation/sidebar/ui/sidebar.css'

declare global {
  interface Window {
    fakeHost: FakeHost
    sidebar: MountedSidebar
    sidebarReady: boolean
  }
}

// Like the real pages: the fragment moves into this tab's sessionStorage (so a reload keeps it) and leaves the URL.
if (location.hash.length > 1) sessionStorage.setItem('sidebar-fake', location.hash.slice(1))
const params = new URLSearchParams(sessionStorage.getItem('sidebar-fake') ?? '')
history.replaceState(null, '', location.pathname)
const lang = params.get('lang') === 'nl' ? 'nl' : 'en'
const host = createFakeHost({
  self: {
    hostId: params.get('hostId') ?? 'self',
    name: params.get('name') ?? '',
    moderator: params.has('s') && params.get('moderator') !== 'no',
  },
  // `caps=noMute`: a platform (or role on it) that cannot mute others; `caps=oneScreen`: what the standalone page's
  // host offers (no platform at all: no speakers, hands, rooms or roster).
  ...(params.get('caps') === 'noMute' ? { capabilities: { muteOthers: false } } : {}),
  // `leave=no`: a platform that cannot hang up (an older Zoom client): the page asks to close the call.
  ...(params.get('leave') === 'no' ? { canLeave: false } : {}),
  ...(params.get('caps') === 'oneScreen' ? { capabilities: createStandaloneHost().capabilities() } : {}),
})
const root = document.getElementById('app')
if (root) {
  window.fakeHost = host
  window.sidebar = mountSidebar(root, {
    host,
    serverUrl: location.origin,
    credential: params.get('t') ?? '',
    lang,
    ...(params.get('s') ? { sessionId: params.get('s') ?? '' } : {}),
  })
  void window.sidebar.ready.then(() => {
    window.sidebarReady = true
  })
}
