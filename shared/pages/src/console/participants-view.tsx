/** Who is invited to the session, with role and side, and a revoke button per live invite. */

import type { ParticipantInfo, Role, SessionKind } from '@mediation/protocol'
import { useState } from 'preact/hooks'
import { ConfirmDialog } from './confirm-dialog'
import type { SessionDetails } from './console-api'
import type { ConsoleKey, ConsoleText } from './strings'

const ROLE_KEY: Record<SessionKind, Record<Role, ConsoleKey>> = {
  mediation: {
    mediator: 'roleMediator',
    party: 'roleParty',
    adviser: 'roleAdviser',
    secretariat: 'roleSecretariat',
  },
  // A coaching session has a coach and a client (COACH-1).
  coaching: {
    mediator: 'roleCoach',
    party: 'roleClient',
    adviser: 'roleAdviser',
    secretariat: 'roleSecretariat',
  },
}

/** The role's name in the reader's language, in the words of the session's kind. */
export const roleName = (t: ConsoleText, role: Role, kind: SessionKind = 'mediation') =>
  t(ROLE_KEY[kind][role])

export interface ParticipantsViewProps {
  session: SessionDetails
  t: ConsoleText
  busy: boolean
  onRevoke: (inviteId: string, name: string) => void
}

export function ParticipantsView({ session, t, busy, onRevoke }: ParticipantsViewProps) {
  const [pending, setPending] = useState<{ inviteId: string; name: string } | null>(null)
  const people = session.participants.filter((p) => p.role !== 'mediator')
  const coaching = session.kind === 'coaching'
  // A coaching session has no sides to show.
  const sideName = (p: ParticipantInfo) =>
    coaching ? undefined : session.sides.find((s) => s.id === p.sideId)?.name
  const liveInvite = (p: ParticipantInfo) =>
    session.invites.find((i) => i.participantId === p.id && !i.revokedAt)
  return (
    <section class="console-card" aria-labelledby="people-h" data-testid="participants">
      <h2 id="people-h" class="console-h">
        {t('participantsHeading')}
      </h2>
      {people.length === 0 ? (
        <p class="hint hint-muted">{t(coaching ? 'noParticipantsCoaching' : 'noParticipants')}</p>
      ) : null}
      <ul class="list">
        {people.map((p) => {
          const side = sideName(p)
          const inv = liveInvite(p)
          return (
            <li key={p.id} class="card console-person" data-testid="participant" data-participant-id={p.id}>
              <div class="console-person-text">
                <span class="card-title" data-testid="participant-name">
                  {p.name}
                </span>
                <span class="card-meta">
                  <span class="badge">{roleName(t, p.role, session.kind)}</span>{' '}
                  {side ? t('sideOf', { side }) : p.role === 'secretariat' && !coaching ? t('noSide') : ''}
                </span>
              </div>
              {inv ? (
                <button
                  type="button"
                  class="btn btn-danger"
                  disabled={busy}
                  aria-label={t('revokeFor', { name: p.name })}
                  data-testid="revoke"
                  onClick={() => setPending({ inviteId: inv.id, name: p.name })}
                >
                  {t('revoke')}
                </button>
              ) : null}
            </li>
          )
        })}
      </ul>
      {pending ? (
        <ConfirmDialog
          title={t('revokeTitle', { name: pending.name })}
          body={t('revokeBody')}
          confirmLabel={t('revokeConfirm')}
          cancelLabel={t('cancel')}
          onConfirm={() => onRevoke(pending.inviteId, pending.name)}
          onClose={() => setPending(null)}
        />
      ) : null}
    </section>
  )
}
