/** The Jitsi page: the meeting with the mediator's controls, and the sidebar beside it (a tab on a phone). */
import type { JitsiKnockResponse, JitsiRoomResponse, Language } from '@mediation/protocol'
import type { SessionModel } from '@mediation/sidebar/ui'
import { useEffect, useState } from 'preact/hooks'
import { DisciplineBar } from './discipline-bar'
import type { JitsiHost } from './host'
import { jitsiText } from './i18n'
import { LobbyView } from './lobby-view'
import { MeetingArea } from './meeting-area'
import { useModeratorState } from './moderator-state'
import { Notices } from './notices'
import type { RoomController } from './room-controller'
import { SidebarSlot } from './sidebar-slot'

export interface AppProps {
  host: JitsiHost
  controller: RoomController
  lang: Language
  serverUrl: string
  credential: string
  sessionId: string
  /** How long the meeting may take to load before the page says so. */
  loadMs: number
  /** Mediator: asks the server whether a lobby knocker may pass at once. */
  checkKnock: (name: string) => Promise<JitsiKnockResponse>
}

export function App(props: AppProps) {
  const { host, controller, lang } = props
  const t = jitsiText(lang)
  const [room, setRoom] = useState<JitsiRoomResponse | null>(controller.current())
  const moderatorState = useModeratorState(host)
  // The session lives in the sidebar's model; the page only asks it to act (mute everyone but the speaker).
  const [sidebar, setSidebar] = useState<SessionModel | null>(null)
  const [collapsed, setCollapsed] = useState(false)
  const [tab, setTab] = useState<'meeting' | 'sidebar'>('meeting')
  const [videoOff, setVideoOff] = useState(false)
  const [failures, setFailures] = useState<{ id: number; text: string }[]>([])
  useEffect(() => controller.subscribe(setRoom), [controller])
  useEffect(
    () =>
      host.on((e) => {
        if (e.type === 'room') controller.joined(e.room)
        if (e.type === 'failure')
          setFailures((f) => [...f.slice(-2), { id: Date.now() + Math.random(), text: e.message }])
      }),
    [host, controller],
  )
  return (
    <div class={`jm ${collapsed ? 'jm-collapsed' : ''} ${videoOff ? 'jm-video-off' : ''} jm-tab-${tab}`}>
      <div class="jm-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'meeting'} onClick={() => setTab('meeting')}>
          {t('meeting')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'sidebar'} onClick={() => setTab('sidebar')}>
          {t('sidebar')}
        </button>
      </div>
      <main class="jm-main">
        {room && <Notices room={room} lang={lang} />}
        {failures.map((f) => (
          <p key={f.id} class="jm-fail" role="alert" data-testid="host-failure">
            {f.text}
            <button
              type="button"
              aria-label={t('dismiss')}
              onClick={() => setFailures((all) => all.filter((x) => x.id !== f.id))}
            >
              ×
            </button>
          </p>
        ))}
        {room?.moderator === true && (
          <LobbyView key={room.room} host={host} lang={lang} check={props.checkKnock} />
        )}
        {room?.moderator === true && (
          <DisciplineBar
            lang={lang}
            moderatorState={moderatorState}
            onMuteOthers={() => sidebar?.actions.muteOthersNow()}
            onLobby={() => host.setLobby(true).catch(() => undefined)}
          />
        )}
        <div class="jm-meeting">
          {room && (
            <MeetingArea
              room={room}
              host={host}
              lang={lang}
              loadMs={props.loadMs}
              onVideoOff={(off) => {
                setVideoOff(off)
                // On a phone the sidebar is what is left: show it.
                if (off) setTab('sidebar')
              }}
            />
          )}
        </div>
      </main>
      <button
        type="button"
        class="jm-collapse"
        aria-expanded={!collapsed}
        title={collapsed ? t('expand') : t('collapse')}
        aria-label={collapsed ? t('expand') : t('collapse')}
        onClick={() => setCollapsed(!collapsed)}
      >
        {collapsed ? '‹' : '›'}
      </button>
      <aside class="jm-side">
        <SidebarSlot
          host={host}
          serverUrl={props.serverUrl}
          credential={props.credential}
          lang={lang}
          sessionId={props.sessionId}
          onReady={setSidebar}
        />
      </aside>
    </div>
  )
}
