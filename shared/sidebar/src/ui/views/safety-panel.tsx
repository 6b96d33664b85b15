import type { Translate as CoreTranslate } from '@mediation/core/i18n'
import type { SafetyOverview } from '@mediation/core/prep'
import type { Language } from '@mediation/protocol'
import type { JSX } from 'preact'
import { useMemo } from 'preact/hooks'
import { formatClock, translator } from '../i18n/i18n'
import { type SafetyKey, safetyEn } from '../i18n/safety-en'
import { safetyNl } from '../i18n/safety-nl'
import { Button } from '../kit/button'

/** The panel's own words (a dictionary of the lazy chunk). */
export type SafetyTranslate = CoreTranslate<SafetyKey>

/**
 * SAFETY-6: the mediator's safety screening, from session start, above every tab: the flag with each worrying
 * answer, the confirmation that releases the joint session (SAFETY-4), the "end now" presses, the code words,
 * the safe options (shuttle mode is a switch) and the referral numbers. Says what the software does and not.
 */
export function SafetyPanel({
  overview,
  shuttle,
  lang,
  onConfirm,
  onShuttle,
  stagger,
}: {
  overview: SafetyOverview | null
  shuttle: boolean
  lang: Language
  onConfirm: () => void
  onShuttle: (on: boolean) => void
  /** SAFETY-9: the staggered-start form, given the panel's words. */
  stagger?: (t: SafetyTranslate) => JSX.Element
}) {
  const t = useMemo(() => translator(lang, { nl: safetyNl, en: safetyEn }[lang]), [lang])
  if (!overview) return null
  const flagged = overview.flags.length > 0
  const answer = (f: SafetyOverview['flags'][number]) =>
    f.kind === 'yesno' ? t(f.answer === 'yes' ? 'safety.yes' : 'safety.no') : f.answer
  return (
    <section
      class={`card safety${flagged ? ' safety-flagged' : ''}`}
      aria-labelledby="safety-h"
      data-testid="safety-panel"
    >
      <h3 id="safety-h" class="section-title">
        {t('safety.heading')}
      </h3>
      {flagged ? (
        <div role="alert" data-testid="safety-flag">
          <p>
            <strong>{t('safety.concern')}</strong>
          </p>
          <ul>
            {overview.flags.map((f) => (
              <li key={`${f.participantId}-${f.questionId}`}>
                <strong>{f.name}</strong>: {f.label[lang] || f.label.nl || f.label.en}{' '}
                <strong>{answer(f)}</strong>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p class="hint hint-muted">{t('safety.none')}</p>
      )}
      {overview.codeWords.map((w) => (
        <p key={w.participantId} data-testid="safety-code-word">
          {t('safety.codeWord', { name: w.name, word: w.word })}
        </p>
      ))}
      {overview.held ? (
        <div data-testid="safety-held">
          <p>{t('safety.held')}</p>
          <Button kind="primary" onClick={onConfirm} testId="safety-confirm">
            {t('safety.confirm')}
          </Button>
        </div>
      ) : overview.assessed ? (
        <p class="hint hint-ok" data-testid="safety-assessed">
          {t('safety.assessed', { time: formatClock(Date.parse(overview.assessed.at), lang) })}
        </p>
      ) : null}
      {overview.exits.map((e) => (
        <p key={`${e.participantId}-${e.at}`} role="alert" data-testid="safety-exit">
          <strong>
            {t(e.via === 'code-word' ? 'safety.exitWord' : 'safety.exit', {
              name: e.name,
              time: formatClock(Date.parse(e.at), lang),
            })}
          </strong>
        </p>
      ))}
      <details open={flagged} data-testid="safety-options">
        <summary>{t('safety.options')}</summary>
        <ul>
          <li>{t('safety.links')}</li>
          <li>{stagger ? stagger(t) : t('safety.staggered')}</li>
          <li>
            {t('safety.shuttle')}{' '}
            <Button
              kind="secondary"
              pressed={shuttle}
              onClick={() => onShuttle(!shuttle)}
              testId="shuttle-toggle"
            >
              {t(shuttle ? 'safety.shuttleOff' : 'safety.shuttleOn')}
            </Button>
          </li>
          <li>{t('safety.codeWordHow')}</li>
        </ul>
        <p data-testid="safety-referral">
          <strong>{t('safety.referral')}</strong>
        </p>
        <p class="hint hint-muted">{t('safety.honest')}</p>
      </details>
    </section>
  )
}
