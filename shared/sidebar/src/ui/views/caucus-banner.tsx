import type { CaucusView as Caucus } from '@mediation/core/domain'
import type { Language } from '@mediation/protocol'
import { formatClock, type Translate } from '../i18n/i18n'

/**
 * CAUCUS-UI-1: what a party sees during a caucus follows the mediator's current room: the privacy banner in
 * their side's room with the mediator, nothing in the joint room with the mediator, else the waiting view,
 * which says where the mediator is (with another side, or in the joint room) and never assumes two sides.
 */
export function CaucusBanner({
  caucus,
  myRoom,
  lang,
  t,
}: {
  caucus: Caucus
  myRoom: string
  lang: Language
  t: Translate
}) {
  if (caucus.status !== 'active') return null
  if (caucus.mediatorRoom === myRoom && myRoom === 'main') return null
  if (caucus.mediatorRoom === myRoom) {
    return (
      <div class="banner" role="status" data-testid="caucus-banner">
        {t('caucus.banner')}
        <span class="banner-note" data-testid="caucus-exceptions">
          {' '}
          {t('caucus.bannerExceptions')}
        </span>
      </div>
    )
  }
  const since = caucus.waiting.find((w) => w.room === myRoom)?.since ?? caucus.startedAt ?? Date.now()
  return (
    <div class="banner banner-wait" role="status" data-testid="caucus-waiting">
      {t(caucus.mediatorRoom === 'main' ? 'caucus.waitingJoint' : 'caucus.waitingView', {
        time: formatClock(since, lang),
      })}
    </div>
  )
}
