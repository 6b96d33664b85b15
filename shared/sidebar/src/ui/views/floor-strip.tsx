import type { CaucusView, FloorView, Phase, QueueEntry } from '@mediation/core/domain'
import { formatDuration, type Translate } from '../i18n/i18n'
import { Button } from '../kit/button'

export interface FloorStripProps {
  phase: Phase
  floor: FloorView | null
  queue: QueueEntry[]
  caucus: CaucusView
  sides: { id: string; name: string }[]
  now: number
  nameOf: (id: string) => string
  t: Translate
  /** The viewer's own participant id (a party or adviser), to say "you". */
  myId: string | null
  /** A party's or adviser's own hand, from any tab; absent for the mediator and the secretariat. */
  me?: { canRaise: boolean; queued: boolean; onRaise: () => void; onLower: () => void } | undefined
  /** The mediator's one-click actions. */
  mediator?:
    | {
        onGrantNext: (participantId: string) => void
        onEnd: () => void
        /** Plans and starts a caucus with this one side (TURNS-UI-2). */
        /** Absent where there is no caucus (coaching, COACH-1). */
        onCaucusWith?: ((sideId: string) => void) | undefined
        onBackToJoint: () => void
      }
    | undefined
}

/** The phases in which people take turns to speak (the floor can be given). */
const TALKING: readonly Phase[] = ['opening', 'joint', 'closing', 'aftercare']

/**
 * TURNS-UI-2: one line above every tab — who has the floor and for how long, who is next — and for the mediator
 * the next grant, the end of a turn and the caucus in one click each. During a caucus it says so, and the
 * mediator's way back is here too. The overrun stays a quiet note for the holder and the mediator (TURNS-UI-1).
 */
export function FloorStrip(p: FloorStripProps) {
  const { t, floor, caucus } = p
  const inCaucus = caucus.status === 'active'
  if (!inCaucus && !TALKING.includes(p.phase)) return null
  const next = p.queue[0]?.participantId
  const mine = floor !== null && floor.holderId === p.myId
  const mediator = p.mediator
  return (
    <section class="strip" aria-label={t('strip.label')} data-testid="floor-strip">
      {inCaucus ? (
        <p class="strip-line" data-testid="strip-caucus">
          {t('strip.inCaucus', {
            sides: caucus.plannedSides.map((id) => p.sides.find((s) => s.id === id)?.name ?? id).join(', '),
          })}
        </p>
      ) : (
        <p class="strip-line">
          <span data-testid="strip-holder">
            {floor === null
              ? t('turns.nobody')
              : mine
                ? t('turns.youHaveFloor')
                : t('strip.holder', { name: p.nameOf(floor.holderId) })}
          </span>
          {floor && !floor.overtime ? (
            <span class="strip-time" role="timer" aria-live="off">
              {' · '}
              {floor.timeLeftMs === null
                ? t('turns.since', { time: formatDuration(p.now - floor.grantedAt) })
                : t('turns.timeLeft', { time: formatDuration(floor.timeLeftMs) })}
            </span>
          ) : null}
          {floor?.overtime && (mine || mediator) ? (
            <span class="strip-over" data-testid="strip-over">
              {' · '}
              {mine
                ? t('turns.overtimeHolder')
                : t('turns.overtime', {
                    time: formatDuration(p.now - floor.grantedAt - (floor.limitMs ?? 0)),
                  })}
            </span>
          ) : null}
          {next ? (
            <span class="strip-next" data-testid="strip-next">
              {' · '}
              {next === p.myId ? t('strip.nextYou') : t('strip.next', { name: p.nameOf(next) })}
            </span>
          ) : null}
        </p>
      )}
      {mediator ? (
        <div class="strip-actions">
          {!inCaucus && next ? (
            <Button kind="primary" onClick={() => mediator.onGrantNext(next)} testId="strip-grant-next">
              {t('turns.grant', { name: p.nameOf(next) })}
            </Button>
          ) : null}
          {!inCaucus && floor ? (
            <Button onClick={mediator.onEnd} testId="strip-end">
              {t('turns.end')}
            </Button>
          ) : null}
          {!inCaucus && p.phase === 'joint' && mediator.onCaucusWith
            ? p.sides.map((s) => (
                <Button
                  key={s.id}
                  kind="quiet"
                  onClick={() => mediator.onCaucusWith?.(s.id)}
                  testId={`strip-caucus-${s.id}`}
                >
                  {t('strip.caucusWith', { side: s.name })}
                </Button>
              ))
            : null}
          {inCaucus ? (
            <Button kind="primary" onClick={mediator.onBackToJoint} testId="strip-back">
              {t('strip.backToJoint')}
            </Button>
          ) : null}
        </div>
      ) : p.me && !inCaucus ? (
        <div class="strip-actions">
          {p.me.queued ? (
            <Button onClick={p.me.onLower} testId="strip-lower">
              {t('turns.lower')}
            </Button>
          ) : p.me.canRaise ? (
            <Button onClick={p.me.onRaise} testId="strip-raise">
              {t('turns.raise')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
