/** One session: its participants, the invite form and the link shown once, the open buttons, archive/delete. */
import type { ConsoleModel } from './console-model'
import { Heading } from './heading'
import { InviteForm } from './invite-form'
import { InviteLink } from './invite-link'
import { openAsMediator } from './login-store'
import { ManagePanel } from './manage-panel'
import { OpenPanel } from './open-panel'
import { ParticipantsView } from './participants-view'
import { RecordsPanel } from './records-panel'
import { ScheduleView } from './schedule-view'
import { when } from './strings'
import { TimesheetView } from './timesheet-view'
import { TrajectoryView } from './trajectory-view'

export function SessionView({ m }: { m: ConsoleModel }) {
  const s = m.current.value
  const login = m.login.value
  if (!s || !login) return null
  const t = m.t()
  const lang = m.lang.value
  const busy = m.busy.value
  const shown = m.invite.value
  const api = m.api()
  return (
    <div class="console-session-page" data-testid="session-page" data-session-id={s.id}>
      <p>
        <a href="#/" data-testid="back">
          {t('back')}
        </a>
      </p>
      <div class="console-card">
        <Heading id="session-h">{s.title}</Heading>
        <p class="card-meta">
          <span class={`badge ${s.status === 'active' ? 'badge-ok' : ''}`}>
            {s.status === 'active' ? t('statusActive') : t('statusArchived')}
          </span>{' '}
          {s.kind === 'coaching' ? t('kindCoaching') : t('kindMediation')} · {t(`lang.${s.language}`)} ·{' '}
          {t('createdOn', { when: when(s.createdAt, lang) })}
        </p>
      </div>
      <div class="console-grid">
        <div class="console-col">
          {shown ? (
            <InviteLink
              invite={shown}
              t={t}
              onDone={() => {
                m.invite.value = null
              }}
            />
          ) : null}
          <ParticipantsView
            session={s}
            t={t}
            busy={busy}
            onRevoke={(id, name) => void m.revoke(s, id, name)}
          />
          <InviteForm
            sides={s.sides}
            coaching={s.kind === 'coaching'}
            t={t}
            busy={busy}
            onInvite={(req) => m.sendInvite(s, req)}
          />
        </div>
        <div class="console-col">
          {api && s.kind === 'coaching' ? (
            <TrajectoryView sessionId={s.id} api={api} lang={lang} t={t} />
          ) : null}
          {api ? <ScheduleView sessionId={s.id} api={api} t={t} coaching={s.kind === 'coaching'} /> : null}
          <OpenPanel t={t} onOpen={(target) => openAsMediator(target, s.id, login.token, lang)} />
          <RecordsPanel sessionId={s.id} kind={s.kind} token={login.token} t={t} />
          {api ? (
            <TimesheetView
              sessionId={s.id}
              sides={s.sides}
              api={api}
              lang={lang}
              t={t}
              coaching={s.kind === 'coaching'}
            />
          ) : null}
          <ManagePanel
            session={s}
            token={login.token}
            t={t}
            lang={lang}
            busy={busy}
            onStatus={(status) => void m.setStatus(s, status)}
            onDelete={() => void m.remove(s)}
          />
        </div>
      </div>
    </div>
  )
}
