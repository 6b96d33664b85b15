import type { Language, Role } from '@mediation/protocol'
import type { DocStatus } from '../../client/doc-status'
import type { Translate } from '../i18n/i18n'
import { ConnectionStatus } from './connection-status'

export interface TopBarProps {
  title: string
  name: string
  role: Role
  status: DocStatus
  lang: Language
  onLang: (lang: Language) => void
  t: Translate
}

/** Session title, who I am, the connection line and the language switch. */
export function TopBar({ title, name, role, status, lang, onLang, t }: TopBarProps) {
  return (
    <header class="topbar-wrap">
      <div class="topbar">
        <h2 class="topbar-title">{title || t('app.title')}</h2>
        <span class="role" data-testid="role">
          {name ? `${name} · ` : ''}
          {t(`role.${role}`)}
        </span>
        <fieldset class="lang">
          <legend class="sr-only">{t('app.language')}</legend>
          {(['nl', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              class="btn btn-quiet"
              aria-pressed={lang === l}
              lang={l}
              onClick={() => onLang(l)}
              data-testid={`lang-${l}`}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </fieldset>
      </div>
      <ConnectionStatus status={status} t={t} />
    </header>
  )
}
