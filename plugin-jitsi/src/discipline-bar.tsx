/** The mediator's meeting controls: mute everyone but the floor holder, lobby on. Disabled for everyone else. */
import type { Lang } from './i18n'
import { TEXT } from './i18n'

export interface DisciplineBarProps {
  lang: Lang
  moderator: boolean
  onMuteOthers: () => void
  onLobby: () => void
}

export function DisciplineBar({ lang, moderator, onMuteOthers, onLobby }: DisciplineBarProps) {
  const t = TEXT[lang]
  const title = moderator ? undefined : t.moderatorOnly
  return (
    <div class="jm-bar" role="toolbar">
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
