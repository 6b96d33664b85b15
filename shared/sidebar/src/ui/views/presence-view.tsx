import type { Participant, Side } from '@mediation/core/domain'
import type { HostParticipant } from '../../host/meeting-host'
import type { Translate } from '../i18n/i18n'
import { Section } from '../kit/section'
import { sideColours } from '../side-colours'

export interface PresenceViewProps {
  participants: Participant[]
  sides: Side[]
  /** PRESENCE-1: the participant ids connected to the session now (server-stamped), this reader included. */
  present: ReadonlySet<string>
  /** PRESENCE-2 (the mediator): the platform's roster, to name who is in the meeting but not in the sidebar. */
  roster?: HostParticipant[] | undefined
  t: Translate
}

/**
 * PRESENCE-1/2: who is connected now, per side (the secretariat is not part of the talks and not listed); for
 * the mediator also who is in the video meeting without an open sidebar, where the platform says who is who.
 */
export function PresenceView({ participants, sides, present, roster, t }: PresenceViewProps) {
  const colours = sideColours(sides)
  const groups = sides
    .map((s) => ({ id: s.id, name: s.name, people: participants.filter((p) => p.sideId === s.id) }))
    .filter((g) => g.people.length > 0)
  const mediators = participants.filter((p) => p.role === 'mediator')
  const inMeetingOnly = (roster ?? []).filter(
    (r) =>
      !r.participantId ||
      (!present.has(r.participantId) && participants.some((p) => p.id === r.participantId)),
  )
  const who = (p: Participant) => (
    <li key={p.id} data-testid={`presence-${p.id}`} data-present={present.has(p.id) ? 'yes' : 'no'}>
      <span class={present.has(p.id) ? 'dot dot-on' : 'dot'} aria-hidden="true" />
      {p.name} <span class="hint">{t(present.has(p.id) ? 'presence.on' : 'presence.off')}</span>
    </li>
  )
  return (
    <Section id="presence" title={t('presence.heading')}>
      <ul class="list presence">{mediators.map(who)}</ul>
      {groups.map((g) => (
        <div key={g.id} class="presence-side" style={{ borderLeftColor: colours.get(g.id) }}>
          <strong>{g.name}</strong>
          <ul class="list presence">{g.people.map(who)}</ul>
        </div>
      ))}
      {roster && inMeetingOnly.length > 0 ? (
        <p class="hint" data-testid="presence-meeting-only">
          {t('presence.meetingOnly', { names: inMeetingOnly.map((r) => r.name).join(', ') })}
        </p>
      ) : null}
    </Section>
  )
}
