/**
 * The mediator's meeting controls: mute everyone but the floor holder, lobby on. Rendered for the session's
 * mediator only (parties never see them); enabled while Jitsi has made the mediator moderator (on an open
 * deployment Jitsi may make a party moderator instead), and saying so when it has not.
 */
import type { Language } from '@mediation/protocol'
import { jitsiText } from './i18n'
import type { ModeratorState } from './moderator-state'

export interface DisciplineBarProps {
  lang: Language
  /** Whether Jitsi made this person moderator (moderator-state.ts). */
  moderatorState: ModeratorState
  onMuteOthers: () => void
  onLobby: () => void
}

export function DisciplineBar({ lang, moderatorState, onMuteOthers, onLobby }: DisciplineBarProps) {
  const t = jitsiText(lang)
  const moderator = moderatorState === 'yes'
  const title = moderator ? undefined : t('moderatorOnly')
  return (
    <div class="jm-bar" role="toolbar" data-jitsi-moderator={String(moderator)}>
      {(moderatorState === 'no' || moderatorState === 'lost') && (
        <p class="jm-bar-warn" role="alert" data-testid={`moderator-${moderatorState}`}>
          {moderatorState === 'lost' ? t('moderatorLost') : t('notModerator')}
        </p>
      )}
      <button
        type="button"
        class="jm-btn"
        disabled={!moderator}
        title={title}
        onClick={onMuteOthers}
        data-testid="mute-others"
      >
        {t('muteOthers')}
      </button>
      <button
        type="button"
        class="jm-btn"
        disabled={!moderator}
        title={title}
        onClick={onLobby}
        data-testid="lobby-on"
      >
        {t('lobbyOn')}
      </button>
    </div>
  )
}
