import type { Interruption, Participant, Side, TalkTime } from '@mediation/core/domain'
import { coachingShare } from '@mediation/core/queries'
import type { Language } from '@mediation/protocol'
import { formatClock, formatDuration, formatList, type Translate } from '../i18n/i18n'
import { ShareBar } from '../kit/bar'
import { Button } from '../kit/button'
import { Hint, Section } from '../kit/section'
import { sideColours } from '../side-colours'
import { talkWords } from './talk-words'

export interface TalkViewProps {
  talk: TalkTime
  sides: Side[]
  participants: Participant[]
  interruptions: Interruption[]
  nameOf: (id: string) => string
  lang: Language
  t: Translate
  /** TALK-7: measured from the floor (no speaker detection here), said so above the numbers. */
  fromFloor?: boolean | undefined
  /** COACH-2: a coaching session shows the coach against the client, not sides. */
  coaching?: boolean
  /** TALK-8: the mediator's one-tap speaker marks (where talk is measured from the floor). */
  marking?: Marking | undefined
}

export interface Marking {
  /** Who is marked as speaking now, and since when. */
  current: { participantId: string; since: number } | null
  onMark: (participantId: string | null) => unknown
}

/** Talk time per side (and per person in it) as bars with numbers, the under-heard hint and the latest interruptions (mediator only). */
export function TalkView(props: TalkViewProps) {
  const { talk, sides, participants, interruptions, nameOf, lang, t, fromFloor } = props
  if (props.coaching) return <CoachingTalk {...props} />
  const nameOfSide = new Map(sides.map((s) => [s.id, s.name]))
  const colours = sideColours(sides)
  const underHeard = talk.underHeard.map((id) => nameOfSide.get(id) ?? id)
  const w = talkWords(lang)
  return (
    <div class="panel">
      {props.marking ? <MarkSpeaker {...props} marking={props.marking} /> : null}
      <Section id="talk" title={t('talk.heading')}>
        {fromFloor ? (
          <p class="hint" data-testid="talk-from-floor">
            {t('talk.fromFloor')}
          </p>
        ) : null}
        {talk.totalSideMs === 0 ? <Hint>{t('talk.none')}</Hint> : null}
        {sides.map((s) => {
          const share = talk.shares[s.id] ?? 0
          const text = t('talk.share', {
            side: s.name,
            time: formatDuration(talk.perSide[s.id] ?? 0),
            pct: Math.round(share * 100),
          })
          const members = participants.filter((p) => p.sideId === s.id && p.id in talk.perParticipant)
          return (
            <div key={s.id} data-testid={`talk-${s.id}`}>
              <ShareBar label={s.name} share={share} text={text} colour={colours.get(s.id)} />
              {talk.markedPerSide[s.id] ? (
                <p class="hint" data-testid={`talk-split-${s.id}`}>
                  {w('split', {
                    floor: formatDuration((talk.perSide[s.id] ?? 0) - (talk.markedPerSide[s.id] ?? 0)),
                    marked: formatDuration(talk.markedPerSide[s.id] ?? 0),
                  })}
                </p>
              ) : null}
              {members.length > 1 ? (
                <ul class="list talk-members">
                  {members.map((p) => (
                    <li key={p.id} class="hint">
                      {t('talk.member', {
                        name: p.name,
                        time: formatDuration(talk.perParticipant[p.id] ?? 0),
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          )
        })}
        {underHeard.length > 0 ? (
          <Hint tone="warn">{t('talk.imbalance', { sides: formatList(underHeard, lang) })}</Hint>
        ) : null}
      </Section>
      <Interruptions interruptions={interruptions} nameOf={nameOf} lang={lang} t={t} />
    </div>
  )
}

/** TALK-8: one toggle per person of every side (in side colour) and "nobody": the mediator's tap on who speaks. */
function MarkSpeaker({ sides, participants, lang, nameOf, marking }: TalkViewProps & { marking: Marking }) {
  const w = talkWords(lang)
  const colours = sideColours(sides)
  const current = marking.current?.participantId ?? null
  const people = sides.flatMap((s) =>
    participants.filter((p) => p.sideId === s.id && (p.role === 'party' || p.role === 'adviser')),
  )
  return (
    <Section id="mark-speaker" title={w('heading')}>
      <Hint>{w('hint')}</Hint>
      <div class="row mark-speaker" data-testid="mark-speaker">
        {people.map((p) => (
          <span key={p.id} class="mark-person" style={{ borderColor: colours.get(p.sideId ?? '') }}>
            <Button
              onClick={() => void marking.onMark(current === p.id ? null : p.id)}
              pressed={current === p.id}
              testId={`mark-${p.id}`}
            >
              {nameOf(p.id)}
            </Button>
          </span>
        ))}
        <Button
          kind="quiet"
          onClick={() => void marking.onMark(null)}
          pressed={current === null}
          label={w('nobodyLabel')}
          testId="mark-nobody"
        >
          {w('nobody')}
        </Button>
      </div>
      {marking.current ? (
        <p class="hint" role="status" data-testid="marked-now">
          {w('speaking', {
            name: nameOf(marking.current.participantId),
            time: formatClock(marking.current.since, lang),
          })}
        </p>
      ) : null}
    </Section>
  )
}

/** COACH-2: the coach's and the client's talk time as two bars. */
function CoachingTalk({ talk, participants, interruptions, nameOf, lang, t }: TalkViewProps) {
  const share = coachingShare(talk, participants)
  const rows = [
    { id: 'coach', label: t('role.mediator'), ms: share.coachMs, share: share.coachShare },
    { id: 'client', label: t('role.party'), ms: share.clientMs, share: share.clientShare },
  ]
  return (
    <div class="panel">
      <Section id="talk" title={t('talk.heading')}>
        {share.coachMs + share.clientMs === 0 ? <Hint>{t('talk.none')}</Hint> : null}
        {rows.map((r) => (
          <div key={r.id} data-testid={`talk-${r.id}`}>
            <ShareBar
              label={r.label}
              share={r.share}
              text={t('talk.share', {
                side: r.label,
                time: formatDuration(r.ms),
                pct: Math.round(r.share * 100),
              })}
            />
          </div>
        ))}
      </Section>
      <Interruptions interruptions={interruptions} nameOf={nameOf} lang={lang} t={t} />
    </div>
  )
}

function Interruptions({
  interruptions,
  nameOf,
  lang,
  t,
}: Pick<TalkViewProps, 'interruptions' | 'nameOf' | 'lang' | 't'>) {
  return (
    <Section id="interruptions" title={t('talk.interruptions')}>
      {interruptions.length === 0 ? <Hint>{t('talk.noInterruptions')}</Hint> : null}
      <ul class="list">
        {interruptions
          .slice(-5)
          .reverse()
          .map((i) => (
            <li key={`${i.participantId}-${i.at}`} class="hint hint-warn">
              {t('talk.interrupted', {
                name: nameOf(i.participantId),
                holder: nameOf(i.floorHolderId),
                time: formatClock(i.at, lang),
              })}
            </li>
          ))}
      </ul>
    </Section>
  )
}
