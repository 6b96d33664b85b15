/**
 * The mediator's meeting controls: mute everyone but the floor holder, lobby on. Rendered for the session's
 * mediator only (parties never see them); enabled while Jitsi has made the mediator moderator (on an open
 * deployment Jitsi may make a party moderator instead), and saying so when it has not.
 */
import type { Language } from '@mediation/protocol'
import { TEXT } from './i18n'

export interface DisciplineBarProps {
  lang: Language
  /** Jitsi made this person moderator. */
  jitsiModerator: boolean
  onMuteOthers: () => void
  onLobby: () => void
}

export function DisciplineBar({ lang, jitsiModerator, onMuteOthers, onLobby }: DisciplineBarProps) {
  const t = TEXT[lang]
  const moderator = jitsiModerator
  const title = moderator ? undefined : t.moderatorOnly
  return (
    <div class="jm-bar" role="toolbar" data-jitsi-moderator={String(jitsiModerator)}>
      <button
        type="button"
        class="jm-btn"
        disabled={!moderator}
        title={title}
        onClick={onMuteOthers}
        data-testid="mute-others"
      >
        {t.muteOthers}
      </button>
      <button
        type="button"
        class="jm-btn"
        disabled={!moderator}
        title={title}
        onClick={onLobby}
        data-testid="lobby-on"
      >
        {t.lobbyOn}
      </button>
    </div>
  )
}
