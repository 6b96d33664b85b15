import type { SessionSummary, ZoomMeetingResponse } from '@mediation/protocol'
import type { HostParticipant } from '@mediation/sidebar/host'
import { useState } from 'preact/hooks'
import type { LoginProblem } from './shell-model'
import type { ZoomT } from './strings'
import type { SessionDetails } from './zoom-client'

export function LoginView(p: {
  t: ZoomT
  error: LoginProblem | null
  onLogin: (email: string, password: string) => void
}) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  return (
    <form
      class="zoom-login"
      data-testid="zoom-login"
      onSubmit={(e) => {
        e.preventDefault()
        p.onLogin(email, password)
      }}
    >
      <label>
        {p.t('email')}
        <input
          type="email"
          autocomplete="username"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
          required
        />
      </label>
      <label>
        {p.t('password')}
        <input
          type="password"
          autocomplete="current-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          required
        />
      </label>
      {p.error ? <p role="alert">{p.t(p.error)}</p> : null}
      <button type="submit">{p.t('signIn')}</button>
    </form>
  )
}

export function LinkView(p: { t: ZoomT; sessions: SessionSummary[]; onLink: (id: string) => void }) {
  const active = p.sessions.filter((s) => s.status === 'active')
  return (
    <section class="zoom-link" data-testid="zoom-link">
      <h3>{p.t('linkHeading')}</h3>
      {active.length === 0 ? <p>{p.t('noSessions')}</p> : null}
      <ul>
        {active.map((s) => (
          <li key={s.id}>
            <span>{s.title}</span>
            <button type="button" data-testid={`link-${s.id}`} onClick={() => p.onLink(s.id)}>
              {p.t('link')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Zoom participants (from the host's roster) matched to session participants by the mediator. */
export function AssignView(p: {
  t: ZoomT
  selfId: string
  roster: HostParticipant[]
  session: SessionDetails
  meeting: ZoomMeetingResponse
  onAssign: (participantUUID: string, participantId: string | null) => void
}) {
  const assigned = new Map(p.meeting.assignments.map((a) => [a.participantUUID, a]))
  const conflicts = new Set(p.meeting.conflicts)
  const choices = p.session.participants.filter((x) => x.role !== 'mediator')
  const sideName = (id: string | null) => p.session.sides.find((s) => s.id === id)?.name
  return (
    <section class="zoom-assign" data-testid="zoom-assign">
      <h3>{p.t('assignHeading')}</h3>
      <p class="hint">{p.t('assignHint')}</p>
      <ul>
        {p.roster
          .filter((z) => z.hostId !== p.selfId)
          .map((z) => {
            const a = assigned.get(z.hostId)
            return (
              <li key={z.hostId}>
                <label>
                  <span>{z.name}</span>
                  <select
                    data-testid={`assign-${z.name}`}
                    data-assigned={a?.participantId ?? ''}
                    value={a?.participantId ?? ''}
                    onChange={(e) => p.onAssign(z.hostId, e.currentTarget.value || null)}
                  >
                    <option value="">{p.t('unassigned')}</option>
                    {choices.map((c) => (
                      <option key={c.id} value={c.id}>
                        {sideName(c.sideId) ? `${c.name} (${sideName(c.sideId)})` : c.name}
                      </option>
                    ))}
                  </select>
                </label>
                {a?.claimed ? <small data-testid={`claimed-${z.name}`}> {p.t('claimed')}</small> : null}
                {conflicts.has(z.hostId) ? (
                  <p role="alert" class="hint" data-testid={`conflict-${z.name}`}>
                    {p.t('conflict')}
                  </p>
                ) : null}
              </li>
            )
          })}
      </ul>
    </section>
  )
}
