/**
 * The Zoom App page (Home URL `/zoom/`): the bundled `@zoom/appssdk` (never the CDN), the Zoom MeetingHost, and
 * the shared sidebar. Served by the companion server with the OWASP headers Zoom requires.
 */
import '@mediation/sidebar/ui/sidebar.css'
import './app/zoom.css'
import { mountSidebar, pickLanguage } from '@mediation/sidebar/ui'
import zoomSdk from '@zoom/appssdk'
import { render } from 'preact'
import { type MountFn, ZoomShell } from './app/shell'
import { createShellModel } from './app/shell-model'
import { zoomStrings } from './app/strings'
import { createZoomClient } from './app/zoom-client'
import { createZoomHost } from './zoom-host'

const root = document.getElementById('app')
if (root) {
  const lang = pickLanguage([...navigator.languages])
  document.documentElement.lang = lang
  const host = createZoomHost(zoomSdk)
  const serverUrl = location.origin
  const client = createZoomClient(serverUrl, () => host.appContext())
  const model = createShellModel(host, client)
  const mount: MountFn = (el, credential, sessionId) =>
    mountSidebar(el, { host, serverUrl, credential, sessionId, lang })
  render(<ZoomShell m={model} t={zoomStrings(lang)} mount={mount} />, root)
  void model.start()
}
