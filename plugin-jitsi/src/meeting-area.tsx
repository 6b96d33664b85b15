/**
 * The meeting and what the person can do when it is not there: it failed to load within the bound (try again,
 * or continue with the sidebar alone), or they left it by hanging up or were removed (rejoin). Each attempt is a
 * fresh mount; after the first join, later mounts skip Jitsi's prejoin and keep the devices chosen then.
 */
import type { JitsiRoomResponse, Language } from '@mediation/protocol'
import { useEffect, useState } from 'preact/hooks'
import type { JitsiHost } from './host'
import { jitsiText } from './i18n'
import { type ChosenDevices, Meeting, type MeetingState } from './meeting'

export interface MeetingAreaProps {
  room: JitsiRoomResponse
  host: JitsiHost
  lang: Language
  loadMs: number
  /** The person chose to go on without video (true) or to try the video again (false). */
  onVideoOff?: (off: boolean) => void
}

export function MeetingArea({ room, host, lang, loadMs, onVideoOff }: MeetingAreaProps) {
  const t = jitsiText(lang)
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<MeetingState>({ kind: 'loading' })
  const [chosen, setChosen] = useState<ChosenDevices | null>(null)
  const [off, setOff] = useState(false)
  // A new room starts a new mount, whatever became of the last one.
  useEffect(() => setState({ kind: 'loading' }), [room.room])
  const again = () => {
    setState({ kind: 'loading' })
    setAttempt((a) => a + 1)
  }
  const videoOff = (v: boolean) => {
    setOff(v)
    onVideoOff?.(v)
    if (!v) again()
  }
  if (off)
    return (
      <div class="jm-down jm-off" data-testid="meeting-off">
        <p>{t('videoOff')}</p>
        <button type="button" class="jm-btn" data-testid="meeting-video-on" onClick={() => videoOff(false)}>
          {t('videoOn')}
        </button>
      </div>
    )
  if (state.kind === 'failed')
    return (
      <div class="jm-down" role="alert" data-testid="meeting-failed" data-reason={state.reason}>
        <p>{t('meetingFailed', { domain: room.domain })}</p>
        <div class="jm-down-actions">
          <button type="button" class="jm-btn" data-testid="meeting-retry" onClick={again}>
            {t('retry')}
          </button>
          <button
            type="button"
            class="jm-btn jm-btn-quiet"
            data-testid="meeting-without-video"
            onClick={() => videoOff(true)}
          >
            {t('withoutVideo')}
          </button>
        </div>
      </div>
    )
  if (state.kind === 'left')
    return (
      <div class="jm-down" role="status" data-testid="meeting-left" data-reason={state.reason}>
        <p>{state.reason === 'kicked' ? t('leftKicked') : t('leftHangup')}</p>
        <button type="button" class="jm-btn" data-testid="meeting-rejoin" onClick={again}>
          {t('rejoin')}
        </button>
      </div>
    )
  return (
    <Meeting
      key={`${room.room}|${room.jwt ?? ''}|${attempt}`}
      room={room}
      host={host}
      lang={lang}
      loadMs={loadMs}
      chosen={chosen}
      onState={(s) => {
        if (s.kind === 'joined') setChosen(s.devices)
        setState(s)
      }}
    />
  )
}
