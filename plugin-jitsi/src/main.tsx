/**
 * Entry of the Jitsi page: `/jitsi/?session=<id>&lang=nl#credential=<invite or login token>`. The credential is
 * read from the fragment (never sent in a URL to any server), kept in sessionStorage and removed from the bar.
 */

import { getFloor } from '@mediation/core/domain'
import { createApi, createSessionClient } from '@mediation/sidebar/client'
import type { HostParticipant } from '@mediation/sidebar/host'
import { render } from 'preact'
import { App } from './app'
import { createJitsiHost } from './host'
import type { Lang } from './i18n'
import { createJitsiClient } from './jitsi-client'
import { createRoomController } from './room-controller'
import { linkSession } from './session-link'
import '@mediation/sidebar/ui/sidebar.css'
import './page.css'

const KEY = 'mediation.jitsi.credential'
const query = new URLSearchParams(location.search)
const fragment = new URLSearchParams(location.hash.slice(1))
const sessionId = query.get('session') ?? ''
const credential = fragment.get('credential') ?? sessionStorage.getItem(KEY) ?? ''
if (fragment.has('credential')) {
  sessionStorage.setItem(KEY, credential)
  history.replaceState(null, '', location.pathname + location.search)
}
const lang: Lang = (query.get('lang') ?? navigator.language).startsWith('nl') ? 'nl' : 'en'
const serverUrl = location.origin
// How long a Jitsi command may take to show its effect; slow deployments may raise it (?confirm=<ms>).
const confirmMs = Math.min(30_000, Math.max(500, Number(query.get('confirm')) || 8000))

async function boot(root: HTMLElement): Promise<void> {
  const jitsi = createJitsiClient(serverUrl, sessionId, credential)
  const controller = createRoomController({ fetchRoom: jitsi.room })
  const first = await controller.refresh()
  const host = createJitsiHost({
    lang,
    confirmMs,
    switchRoom: (room) => controller.moveTo(room),
    announce: jitsi.announce,
    ...(first.moderator ? { lookupBindings: jitsi.bindings } : {}),
  })
  const client = createSessionClient({ api: createApi({ serverUrl, credential }), serverUrl, sessionId })
  let people: HostParticipant[] = []
  host.on((e) => {
    if (e.type === 'participants') people = e.participants
  })
  let waiting = false
  const waitingListeners = new Set<(w: boolean) => void>()
  // The secretariat may read no session document (DESIGN's access table): it stays in the main room, unlinked.
  if (first.role !== 'secretariat')
    linkSession({
      client,
      host,
      controller,
      participantId: first.participantId,
      mediator: first.moderator,
      onWaiting: (w) => {
        waiting = w
        for (const l of waitingListeners) l(w)
      },
    })
  const muteOthers = () => {
    const floor = getFloor(client.open('control').doc, Date.now())
    const holder = floor ? people.find((p) => p.participantId === floor.holderId) : undefined
    host.muteAllExcept(holder?.hostId ?? null).catch(() => undefined)
  }
  render(
    <App
      host={host}
      controller={controller}
      lang={lang}
      serverUrl={serverUrl}
      credential={credential}
      sessionId={sessionId}
      waiting={() => waiting}
      subscribeWaiting={(l) => {
        waitingListeners.add(l)
        return () => waitingListeners.delete(l)
      }}
      muteOthers={muteOthers}
    />,
    root,
  )
}

const root = document.getElementById('app')
if (root) {
  boot(root).catch((err: Error) => {
    const p = document.createElement('p')
    p.className = 'jm-error'
    p.setAttribute('role', 'alert')
    p.textContent = `${lang === 'nl' ? 'De vergadering kon niet worden geopend' : 'The meeting could not be opened'}: ${err.message}`
    root.replaceChildren(p)
  })
}
