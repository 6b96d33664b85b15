import { type FEATURE_APIS, MODERATOR_FEATURES } from '../capabilities'
import type { CaucusIssue } from '../caucus-check'
import type { ZoomConfigState } from '../zoom-config'
import type { ZoomKey, ZoomT } from './strings'

const ROLE_KEY: Record<string, ZoomKey> = {
  host: 'role.host',
  coHost: 'role.coHost',
  attendee: 'role.attendee',
}

const REASON_KEY: Record<'role' | 'guest', ZoomKey> = { role: 'reason.role', guest: 'reason.guest' }

/**
 * Role and every feature Zoom switched off, with the reason, so nothing fails silently; a guest is offered
 * Zoom's own sign-in for what Zoom keeps from guests.
 */
export function StatusView({
  config,
  t,
  onSignIn,
  party,
}: {
  config: ZoomConfigState
  t: ZoomT
  onSignIn: () => void
  /** Paired as a party: the mediator's features (roster, everyone's speaking, rooms) are none of its concern. */
  party: boolean
}) {
  const off = (
    Object.entries(config.features) as [
      keyof typeof FEATURE_APIS,
      ZoomConfigState['features'][keyof typeof FEATURE_APIS],
    ][]
  ).filter(([name, f]) => !f.on && !(party && MODERATOR_FEATURES.includes(name)))
  return (
    <section class="zoom-status" data-testid="zoom-status">
      <p data-testid="zoom-role">{t('role', { role: t(ROLE_KEY[config.role] ?? 'role.attendee') })}</p>
      {off.length > 0 ? (
        <ul class="zoom-off">
          {off.map(([name, f]) =>
            f.on ? null : (
              <li key={name} data-testid={`feature-off-${name}`} data-reason={f.reason}>
                {t('featureOff', {
                  feature: t(`feature.${name}` as ZoomKey),
                  reason:
                    f.reason === 'unsupported'
                      ? t('reason.unsupported', { apis: f.apis.join(', ') })
                      : t(REASON_KEY[f.reason]),
                })}
              </li>
            ),
          )}
        </ul>
      ) : null}
      {config.guest ? (
        <div class="zoom-guest" data-testid="zoom-guest">
          <p>{t('guestNotice')}</p>
          <button type="button" data-testid="zoom-guest-sign-in" onClick={onSignIn}>
            {t('guestSignIn')}
          </button>
        </div>
      ) : null}
    </section>
  )
}

/** The mediator's caucus checks: the rooms Zoom reports against the plan. */
export function IssuesView({ issues, t }: { issues: CaucusIssue[]; t: ZoomT }) {
  const text = (i: CaucusIssue) => {
    const expected = 'expectedRoomName' in i ? (i.expectedRoomName ?? t('mainRoom')) : ''
    switch (i.kind) {
      case 'misplaced':
        return t('issue.misplaced', { name: i.name, room: i.roomName, expected })
      case 'unassigned':
        return t('issue.unassigned', { name: i.name })
      case 'notAssigned':
        return t('issue.notAssigned', { expected })
      case 'missingRoom':
        return t(i.canAdd ? 'issue.missingRoom' : 'issue.missingRoomOpen', { room: i.roomName })
      case 'noLists':
        return t('issue.noLists')
      case 'unknown':
        return t('issue.unknown', { name: i.name, expected })
      case 'notJoined':
        return t('issue.notJoined', { name: i.name, expected })
    }
  }
  return (
    <section class="zoom-issues" data-testid="caucus-issues" aria-live="polite">
      <h3>{t('issuesHeading')}</h3>
      {issues.every((i) => i.kind === 'noLists') ? <p>{t('noIssues')}</p> : null}
      {issues.length === 0 ? null : (
        <ul>
          {issues.map((i) => (
            <li
              key={`${i.kind}-${'participantUUID' in i ? i.participantUUID : 'roomName' in i ? i.roomName : ''}`}
              data-testid={`issue-${i.kind}`}
            >
              {text(i)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
