import { PHASES, type Phase } from '@mediation/core/domain'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'

export interface PhaseBarProps {
  phase: Phase
  /** Phases the mediator may move to now; empty for everyone else. */
  next: Phase[]
  onMove: (to: Phase) => void
  /** The phases this session goes through (a coaching session has no caucus); all of them by default. */
  phases?: readonly Phase[]
  t: Translate
}

/** Where the session stands; the mediator moves it on from here. */
export function PhaseBar({ phase, next, onMove, t, phases = PHASES }: PhaseBarProps) {
  return (
    <nav class="phasebar" aria-label={t('phase.label')}>
      <ol>
        {phases.map((p) => (
          <li
            key={p}
            class={p === phase ? 'phase phase-current' : 'phase'}
            aria-current={p === phase ? 'step' : undefined}
            data-testid={p === phase ? 'phase-current' : undefined}
          >
            {t(`phase.${p}`)}
          </li>
        ))}
      </ol>
      {next.length > 0 ? (
        <div class="phase-actions">
          {next.map((p) => (
            <Button key={p} onClick={() => onMove(p)} testId={`phase-to-${p}`}>
              {t('phase.moveTo', { phase: t(`phase.${p}`).toLocaleLowerCase() })}
            </Button>
          ))}
        </div>
      ) : null}
    </nav>
  )
}
