/** The shared sidebar, mounted once into its own element (it keeps its own state across meeting remounts). */

import type { Language } from '@mediation/protocol'
import type { MeetingHost } from '@mediation/sidebar/host'
import { mountSidebar, type SessionModel } from '@mediation/sidebar/ui'
import { useEffect, useRef } from 'preact/hooks'

export interface SidebarSlotProps {
  host: MeetingHost
  serverUrl: string
  credential: string
  lang: Language
  sessionId: string
  /** The sidebar's session model, once open (the page asks it to act; it holds no session state itself). */
  onReady?: (model: SessionModel) => void
}

export function SidebarSlot({ host, serverUrl, credential, lang, sessionId, onReady }: SidebarSlotProps) {
  const el = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!el.current) return
    // The sidebar opens without waiting for the meeting: a deployment that is down must not block the session.
    const mounted = mountSidebar(el.current, {
      host,
      serverUrl,
      credential,
      lang,
      sessionId,
      hostInBackground: true,
    })
    mounted.ready.then(
      (m) => onReady?.(m),
      () => undefined,
    )
    return () => mounted.unmount()
  }, [host, serverUrl, credential, lang, sessionId, onReady])
  return <div class="jm-sidebar-root" ref={el} />
}
