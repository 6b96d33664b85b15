/** Warnings about the deployment (open meeting, 5-minute demo: the mediator's to act on) and the caucus notices. */

import type { JitsiRoomResponse, Language } from '@mediation/protocol'
import { jitsiText } from './i18n'

export function Notices({ room, lang }: { room: JitsiRoomResponse; lang: Language }) {
  const t = jitsiText(lang)
  return (
    <div class="jm-notices">
      {room.demo && room.moderator && (
        <p class="jm-warn" role="alert" data-testid="demo-warning">
          {t('demoLimit')}
        </p>
      )}
      {room.tokens === 'none' && room.moderator && (
        <p class="jm-warn" role="alert" data-testid="open-warning">
          {t('openMeeting')}
        </p>
      )}
      {room.where.kind === 'caucus' && (
        <p class="jm-info" data-testid="in-caucus">
          {t('inCaucus')}
        </p>
      )}
    </div>
  )
}
