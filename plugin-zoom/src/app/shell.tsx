import type { MountedSidebar } from '@mediation/sidebar/ui'
import { useEffect, useRef } from 'preact/hooks'
import { AssignView, LinkView, LoginView } from './mediator-views'
import { PairView } from './pair-view'
import type { ShellModel } from './shell-model'
import { IssuesView, StatusView } from './status-view'
import { actionKey, type ZoomT } from './strings'

export type MountFn = (el: HTMLElement, credential: string, sessionId: string) => MountedSidebar

/** The sidebar's host element; mounts the shared sidebar once a credential is known. */
function SidebarSlot({
  credential,
  sessionId,
  mount,
}: {
  credential: string
  sessionId: string
  mount: MountFn
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!ref.current) return
    const mounted = mount(ref.current, credential, sessionId)
    return () => mounted.unmount()
  }, [credential, sessionId, mount])
  return <div ref={ref} class="zoom-sidebar" data-testid="sidebar-slot" />
}

/** The Zoom app: status, the way into the session (claim or mediator sign-in), mediator tools, the sidebar. */
export function ZoomShell({ m, t, mount }: { m: ShellModel; t: ZoomT; mount: MountFn }) {
  const phase = m.phase.value
  const self = m.self.value
  const config = m.config.value
  const mediator = phase.kind === 'sidebar' && phase.as === 'mediator'
  return (
    <div class="zoom-shell">
      {config ? (
        <StatusView
          config={config}
          t={t}
          onSignIn={() => void m.signInToZoom()}
          party={phase.kind === 'sidebar' && phase.as === 'party'}
        />
      ) : null}
      {m.failures.value.map((f, i) => (
        <p key={`${i}-${f.action}`} role="alert" class="zoom-failure" data-testid="zoom-failure">
          {t('failure', { action: t(actionKey(f.action)), message: f.message })}
        </p>
      ))}
      {m.moveRequest.value ? (
        <div role="status" class="zoom-move-request" data-testid="zoom-move-request">
          <p>
            {m.moveRequest.value.roomName === null
              ? t('moveRequestMain')
              : t('moveRequest', { room: m.moveRequest.value.roomName })}
          </p>
          <p class="hint">{t('moveRequestHint')}</p>
        </div>
      ) : null}
      {phase.kind === 'starting' ? <p role="status">{t('starting')}</p> : null}
      {phase.kind === 'notInZoom' ? (
        <p role="alert" data-testid="not-in-zoom">
          {t('notInZoom', { message: phase.message })}
        </p>
      ) : null}
      {phase.kind === 'pair' ? (
        <PairView t={t} problem={phase.problem} busy={phase.busy} onPair={(code) => void m.pair(code)} />
      ) : null}
      {phase.kind === 'pair' && self?.moderator ? (
        <button type="button" data-testid="mediator-sign-in" onClick={() => m.showLogin()}>
          {t('iAmMediator')}
        </button>
      ) : null}
      {phase.kind === 'login' ? (
        <LoginView t={t} error={phase.error} onLogin={(e, p) => void m.login(e, p)} />
      ) : null}
      {phase.kind === 'link' ? (
        <LinkView t={t} sessions={phase.sessions} onLink={(id) => void m.link(id)} />
      ) : null}
      {mediator && self?.moderator && m.session.value && m.meeting.value ? (
        <>
          <AssignView
            t={t}
            selfId={self.hostId}
            roster={m.roster.value}
            session={m.session.value}
            meeting={m.meeting.value}
            onAssign={(uuid, id) => void m.assign(uuid, id)}
          />
          <IssuesView issues={m.issues.value} t={t} />
        </>
      ) : null}
      {phase.kind === 'sidebar' ? (
        <SidebarSlot credential={phase.credential} sessionId={phase.sessionId} mount={mount} />
      ) : null}
    </div>
  )
}
