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

/** SAFETY-6: what a party sees after "end now" (nothing of the session stays on screen). */
export function EndedView({ t, lang }: { t: Translate; lang: Language }) {
  return (
    <div class="med-sidebar ended" lang={lang} data-testid="ended">
      <p>{t('safety.ended')}</p>
      <p class="hint hint-muted">{t('safety.endedLeave')}</p>
    </div>
  )
}
