import type { Language, MeetingState } from '@mediation/core/domain'
import { formatClock, type Translate } from '../i18n/i18n'
import { Button } from '../kit/button'

export interface MeetingBarProps {
  meeting: MeetingState
  /** The mediator gets the controls; everyone else only sees a pause. */
  mediator: boolean
  lang: Language
  onStart: () => void
  onPause: () => void
  onResume: () => void
  onEnd: () => void
  t: Translate
}

/** MEET-1/2: the mediator starts, pauses, resumes and ends the meeting; only its time counts (TIME-1). */
export function MeetingBar({
  meeting,
  mediator,
  lang,
  onStart,
  onPause,
  onResume,
  onEnd,
  t,
}: MeetingBarProps) {
  const { status } = meeting
  if (!mediator) {
    return status === 'paused' ? (
      <div class="banner banner-wait" role="status" data-testid="meeting-paused">
        {t('meeting.pausedBanner')}
      </div>
    ) : null
  }
  const since = (at: number | null) => (at === null ? '' : formatClock(at, lang))
  const line =
    status === 'none'
      ? t('meeting.none')
      : status === 'paused'
        ? t('meeting.pausedSince', { time: since(meeting.pausedAt) })
        : t('meeting.running', { n: meeting.number, time: since(meeting.startedAt) })
  return (
    <div class={`meetingbar meeting-${status}`} data-testid="meeting-bar">
      <p class="meeting-line" role="status" data-testid="meeting-status">
        {line}
      </p>
      <div class="phase-actions">
        {status === 'none' ? (
          <Button kind="primary" onClick={onStart} testId="meeting-start">
            {t('meeting.start')}
          </Button>
        ) : (
          <>
            {status === 'running' ? (
              <Button onClick={onPause} testId="meeting-pause">
                {t('meeting.pause')}
              </Button>
            ) : (
              <Button kind="primary" onClick={onResume} testId="meeting-resume">
                {t('meeting.resume')}
              </Button>
            )}
            <Button onClick={onEnd} testId="meeting-end">
              {t('meeting.end')}
            </Button>
          </>
        )}
      </div>
    </div>
  )
}
