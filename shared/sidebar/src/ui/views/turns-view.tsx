import type { FloorView, QueueEntry } from '@mediation/core/domain'
import { formatDuration, type Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { Select } from '../kit/fields'
import { Hint, Section } from '../kit/section'

export interface TurnsViewProps {
  queue: QueueEntry[]
  /** Each participant's side colour (SIDES-UI-1); none for someone without a side. */
  colourOf?: ((participantId: string) => string | undefined) | undefined
  floor: FloorView | null
  now: number
  nameOf: (id: string) => string
  t: Translate
  /** The mediator's controls. */
  mediator?:
    | {
        onGrant: (id: string, limitMs: number | null) => void
        onEnd: () => void
        onLower: (id: string) => void
        /** The time limit of the next grant, minutes (0: none); shared with the floor strip's one-click grant. */
        limitMin: number
        onLimit: (minutes: number) => void
        /** Mute the others on each grant; absent where the platform cannot or this instance may not. */
        muteOnGrant?: { on: boolean; onToggle: (on: boolean) => void } | undefined
        /** A soft sound when a hand goes up, remembered on this device (HANDS-3). */
        chime: { on: boolean; onToggle: (on: boolean) => void }
        /** TURN-8/9: the queue balanced over the sides, and the turns each side had (shown with 2+ sides). */
        balance?:
          | { on: boolean; onToggle: (on: boolean) => void; turns: { name: string; n: number }[] }
          | undefined
      }
    | undefined
  /** A party's or adviser's own hand; `closed`: the session is closed (TURN-7). */
  me?: { id: string; closed: boolean; onRaise: () => void; onLower: () => void } | undefined
}

const LIMITS = ['0', '2', '3', '5', '10'] as const

/** The floor, its timer and the hand queue; the mediator grants and ends turns, parties raise and lower hands. */
export function TurnsView(p: TurnsViewProps) {
  const { t } = p
  const limit = String(p.mediator?.limitMin ?? 3)
  const place = p.me ? p.queue.findIndex((q) => q.participantId === p.me?.id) + 1 : 0
  return (
    <div class="panel">
      <Section id="floor" title={t('turns.floor')}>
        <FloorBox
          floor={p.floor}
          now={p.now}
          nameOf={p.nameOf}
          t={t}
          myId={p.me?.id}
          mediator={p.mediator !== undefined}
        />
        {p.mediator && p.floor ? (
          <Button onClick={p.mediator.onEnd} testId="end-floor">
            {t('turns.end')}
          </Button>
        ) : null}
      </Section>
      {p.me ? <MyHand me={p.me} place={place} holder={p.floor?.holderId === p.me.id} t={t} /> : null}
      {p.mediator ? (
        <Section id="queue" title={t('turns.queue')}>
          <Select
            label={t('turns.limit')}
            value={limit}
            onChange={(v) => p.mediator?.onLimit(Number(v))}
            options={LIMITS.map((v) => ({
              value: v,
              label: v === '0' ? t('turns.noLimit') : t('turns.minutes', { n: v }),
            }))}
          />
          {p.mediator.muteOnGrant ? (
            <Toggle setting={p.mediator.muteOnGrant} testId="mute-on-grant" label={t('turns.muteOnGrant')} />
          ) : null}
          <Toggle setting={p.mediator.chime} testId="hand-chime" label={t('turns.chime')} />
          {p.mediator.balance ? (
            <>
              <Toggle setting={p.mediator.balance} testId="queue-by-side" label={t('turns.bySide')} />
              <p class="hint" data-testid="turns-per-side">
                {t('turns.perSide', {
                  list: p.mediator.balance.turns.map((x) => `${x.name} ${x.n}`).join(' · '),
                })}
              </p>
            </>
          ) : null}
          {p.queue.length === 0 ? <Hint>{t('turns.queueEmpty')}</Hint> : null}
          <ol class="list" data-testid="queue">
            {p.queue.map((q) => (
              <li
                key={q.participantId}
                class="card"
                data-side-colour={p.colourOf?.(q.participantId)}
                style={
                  p.colourOf?.(q.participantId)
                    ? { borderLeft: `4px solid ${p.colourOf(q.participantId)}` }
                    : undefined
                }
              >
                <div class="row">
                  <strong>{p.nameOf(q.participantId)}</strong>
                  <span class="card-meta">
                    {t('turns.waitingSince', { time: formatDuration(p.now - q.raisedAt) })}
                  </span>
                </div>
                <div class="row">
                  <Button
                    kind="primary"
                    onClick={() => p.mediator?.onGrant(q.participantId, Number(limit) * 60_000 || null)}
                    testId="grant-floor"
                  >
                    {t('turns.grant', { name: p.nameOf(q.participantId) })}
                  </Button>
                  <Button kind="quiet" onClick={() => p.mediator?.onLower(q.participantId)}>
                    {t('turns.lower')}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
    </div>
  )
}

/** A setting of the mediator's, on or off, as a labelled checkbox. */
function Toggle(p: {
  setting: { on: boolean; onToggle: (on: boolean) => void }
  testId: string
  label: string
}) {
  return (
    <label class="check">
      <input
        type="checkbox"
        data-testid={p.testId}
        checked={p.setting.on}
        onChange={(e) => p.setting.onToggle((e.currentTarget as HTMLInputElement).checked)}
      />
      {p.label}
    </label>
  )
}

/** One's own hand: lower it, raise it, or a sentence saying why not (the floor is one's own, or closed: HANDS-4). */
function MyHand(p: { me: NonNullable<TurnsViewProps['me']>; place: number; holder: boolean; t: Translate }) {
  const { t, me } = p
  const why = p.holder ? t('turns.raiseHolder') : me.closed ? t('turns.raiseClosed') : null
  return (
    <Section id="hand" title={t('turns.queue')}>
      <p data-testid="my-place">{p.place > 0 ? t('turns.myPlace', { n: p.place }) : t('turns.notInQueue')}</p>
      {p.place > 0 ? (
        <Button onClick={me.onLower} testId="lower-hand">
          {t('turns.lower')}
        </Button>
      ) : why ? (
        <Hint>
          <span data-testid="raise-why">{why}</span>
        </Hint>
      ) : (
        <Button kind="primary" onClick={me.onRaise} testId="raise-hand">
          {t('turns.raise')}
        </Button>
      )}
    </Section>
  )
}

/** TURNS-UI-1: past the limit only the holder and the mediator see it, in plain words; the others see no timer. */
function FloorBox(p: {
  floor: FloorView | null
  now: number
  nameOf: (id: string) => string
  t: Translate
  myId?: string | undefined
  mediator: boolean
}) {
  const { floor, t } = p
  if (!floor) return <Hint>{t('turns.nobody')}</Hint>
  const mine = floor.holderId === p.myId
  return (
    <div class="floor" data-testid="floor">
      <div class="card-title" data-testid="floor-holder">
        {mine ? t('turns.youHaveFloor') : p.nameOf(floor.holderId)}
      </div>
      {!floor.overtime ? (
        <div class="floor-time" role="timer" aria-live="off">
          {floor.timeLeftMs === null
            ? t('turns.since', { time: formatDuration(p.now - floor.grantedAt) })
            : t('turns.timeLeft', { time: formatDuration(floor.timeLeftMs) })}
        </div>
      ) : mine || p.mediator ? (
        <p class="floor-over" data-testid="floor-over">
          {mine
            ? t('turns.overtimeHolder')
            : t('turns.overtime', { time: formatDuration(p.now - floor.grantedAt - (floor.limitMs ?? 0)) })}
        </p>
      ) : null}
    </div>
  )
}
