/**
 * The practice meeting: the participant's own Jitsi room on the session's deployment, with the device check
 * (prejoin) first, and no sidebar or session state: it is for practising joining, nothing is recorded.
 */

import type { JitsiRoomResponse, Language } from '@mediation/protocol'
import type { JitsiHost } from './host'
import { jitsiText } from './i18n'
import { MeetingArea } from './meeting-area'

export interface PracticeMeetingProps {
  room: JitsiRoomResponse
  host: JitsiHost
  lang: Language
  loadMs: number
}

export function PracticeMeeting({ room, host, lang, loadMs }: PracticeMeetingProps) {
  const t = jitsiText(lang)
  return (
    <div class="jm jm-practice" lang={lang}>
      <main class="jm-main">
        <header class="jm-practice-head">
          <h1 data-testid="practice-title">{t('practiceTitle')}</h1>
          <p>{t('practiceHint')}</p>
          <a href="/practice/" data-testid="practice-back">
            {t('practiceBack')}
          </a>
        </header>
        <div class="jm-meeting">
          <MeetingArea room={room} host={host} lang={lang} loadMs={loadMs} />
        </div>
      </main>
    </div>
  )
}
