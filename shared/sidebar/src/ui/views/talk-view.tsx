import type { Interruption, Side, TalkTime } from '@mediation/core/domain'
import type { Language } from '@mediation/protocol'
import { formatClock, formatDuration, type Translate } from '../i18n/i18n'
import { ShareBar } from '../kit/bar'
import { Hint, Section } from '../kit/section'

export interface TalkViewProps {
  talk: TalkTime
  sides: Side[]
  interruptions: Interruption[]
  nameOf: (id: string) => string
  lang: Language
  t: Translate
}

/** Talk time per side as bars with numbers, an imbalance hint and the latest interruptions (mediator only). */
export function TalkView({ talk, sides, interruptions, nameOf, lang, t }: TalkViewProps) {
  const quietest = [...sides].sort((a, b) => (talk.shares[a.id] ?? 0) - (talk.shares[b.id] ?? 0))[0]
  return (
    <div class="panel">
      <Section id="talk" title={t('talk.heading')}>
        {talk.totalSideMs === 0 ? <Hint>{t('talk.none')}</Hint> : null}
        {sides.map((s) => {
          const share = talk.shares[s.id] ?? 0
          const text = t('talk.share', {
            side: s.name,
            time: formatDuration(talk.perSide[s.id] ?? 0),
            pct: Math.round(share * 100),
          })
          return <ShareBar key={s.id} label={s.name} share={share} text={text} />
        })}
        {talk.imbalance && quietest ? (
          <Hint tone="warn">{t('talk.imbalance', { side: quietest.name })}</Hint>
        ) : null}
      </Section>
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
    </div>
  )
}
