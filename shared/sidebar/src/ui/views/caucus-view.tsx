import type { CaucusView as Caucus, Participant, Side } from '@mediation/core/domain'
import type { Language } from '@mediation/protocol'
import { useState } from 'preact/hooks'
import { formatClock, formatDuration, type Translate } from '../i18n/i18n'
import { ShareBar } from '../kit/bar'
import { Button } from '../kit/button'
import { Hint, Section } from '../kit/section'

export interface CaucusViewProps {
  caucus: Caucus
  sides: Side[]
  participants: Participant[]
  lang: Language
  t: Translate
  roomsSupported: boolean
  onPlan: (sides: string[]) => void
  onStart: () => void
  onMove: (room: string) => void
  onEnd: () => void
}

/** The mediator's caucus controls: plan, start, move between rooms, end; who is where and time per side. */
export function CaucusView(p: CaucusViewProps) {
  const { caucus, t } = p
  const [chosen, setChosen] = useState<string[]>(() => p.sides.map((s) => s.id))
  const sideName = (id: string) => p.sides.find((s) => s.id === id)?.name ?? id
  const roomName = (room: string) =>
    room === 'main' ? t('caucus.main') : t('caucus.roomOf', { side: sideName(room) })
  const totalMs = Object.values(caucus.perSideMs).reduce((a, b) => a + b, 0)
  return (
    <div class="panel">
      <Section id="caucus" title={t('caucus.heading')}>
        <p data-testid="caucus-status">
          {caucus.status === 'idle'
            ? t('caucus.idle')
            : caucus.status === 'planned'
              ? t('caucus.planned', { sides: caucus.plannedSides.map(sideName).join(', ') })
              : t('caucus.active', { time: caucus.startedAt ? formatClock(caucus.startedAt, p.lang) : '' })}
        </p>
        {!p.roomsSupported ? <Hint>{t('caucus.roomsUnsupported')}</Hint> : null}
        {caucus.status !== 'active' ? (
          <fieldset class="rating">
            <legend>{t('caucus.sides')}</legend>
            {p.sides.map((s) => (
              <label key={s.id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(s.id)}
                  onChange={(e) =>
                    setChosen(
                      (e.currentTarget as HTMLInputElement).checked
                        ? [...chosen, s.id]
                        : chosen.filter((x) => x !== s.id),
                    )
                  }
                />
                {s.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div class="row">
          {caucus.status !== 'active' ? (
            <>
              <Button onClick={() => p.onPlan(chosen)} testId="plan-caucus">
                {t('caucus.plan')}
              </Button>
              <Button
                kind="primary"
                onClick={p.onStart}
                disabled={caucus.status !== 'planned'}
                testId="start-caucus"
              >
                {t('caucus.start')}
              </Button>
            </>
          ) : (
            <Button kind="danger" onClick={p.onEnd} testId="end-caucus">
              {t('caucus.end')}
            </Button>
          )}
        </div>
        {caucus.status === 'active' ? (
          <>
            <p>
              <strong>{t('caucus.youAreIn', { room: roomName(caucus.mediatorRoom) })}</strong>
            </p>
            <div class="row">
              {['main', ...caucus.plannedSides]
                .filter((r) => r !== caucus.mediatorRoom)
                .map((r) => (
                  <Button key={r} onClick={() => p.onMove(r)} testId={`move-${r}`}>
                    {t('caucus.moveTo', { room: roomName(r) })}
                  </Button>
                ))}
            </div>
            {caucus.waiting.map((w) => (
              <Hint key={w.room} tone="warn">
                {t('caucus.waitingFor', { side: roomName(w.room), time: formatDuration(w.waitingMs) })}
              </Hint>
            ))}
          </>
        ) : null}
      </Section>
      {caucus.status === 'active' ? (
        <Section id="who-where" title={t('caucus.whoWhere')}>
          <ul class="list">
            {p.participants
              .filter((x) => x.role !== 'mediator')
              .map((x) => (
                <li key={x.id} class="row">
                  <strong>{x.name}</strong>
                  {x.sideId ? <span class="hint hint-muted">{sideName(x.sideId)}</span> : null}
                  <span class="badge">{roomName(caucus.rooms[x.id] ?? 'main')}</span>
                </li>
              ))}
          </ul>
        </Section>
      ) : null}
      <Section id="caucus-time" title={t('caucus.timePerSide')}>
        {p.sides.map((s) => {
          const ms = caucus.perSideMs[s.id] ?? 0
          return (
            <ShareBar
              key={s.id}
              label={s.name}
              share={totalMs ? ms / totalMs : 0}
              text={`${s.name}: ${formatDuration(ms)}`}
            />
          )
        })}
      </Section>
    </div>
  )
}
