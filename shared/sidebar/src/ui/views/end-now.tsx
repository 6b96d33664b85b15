import type { Language } from '@mediation/protocol'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'

/** SAFETY-6: a party's discreet "end now", at the foot of the sidebar. */
export function EndNowButton({ t, onEnd }: { t: Translate; onEnd: () => void }) {
  return (
    <div class="end-now">
      <Button kind="quiet" onClick={onEnd} testId="end-now">
        {t('safety.endNow')}
      </Button>
    </div>
  )
}

/**
 * SAFETY-6: what a party sees after "end now" (nothing of the session stays on screen): whether the platform hung
 * up their call (`hungUp` null while it is asked), else that they close it themselves.
 */
export function EndedView({ t, lang, hungUp }: { t: Translate; lang: Language; hungUp: boolean | null }) {
  const next = hungUp === null ? 'safety.endedHangingUp' : hungUp ? 'safety.endedHungUp' : 'safety.endedLeave'
  return (
    <div class="med-sidebar ended" lang={lang} data-testid="ended">
      <p>{t('safety.ended')}</p>
      <p class="hint hint-muted" data-testid="ended-call" data-hung-up={String(hungUp)}>
        {t(next)}
      </p>
    </div>
  )
}

/** SAFETY-8: the field whose text a party just committed (Enter, or leaving it), for the code-word check. */
export function typedText(target: EventTarget | null): string | null {
  if (target instanceof HTMLTextAreaElement) return target.value
  if (target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'search'))
    return target.value
  return null
}
