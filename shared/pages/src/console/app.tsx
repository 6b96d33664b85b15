/** The console page: top bar (language, who is logged in, logout), one notice line, and the current screen. */

import { LoginView, SetupView } from './auth-view'
import type { ConsoleModel } from './console-model'
import { SessionView } from './session-view'
import { SessionsView } from './sessions-view'

function Notice({ m }: { m: ConsoleModel }) {
  const n = m.notice.value
  const t = m.t()
  // Both live regions always exist, so screen readers announce a message the moment it appears.
  return (
    <div class="console-notices">
      <div role="status" aria-live="polite">
        {n?.tone === 'ok' ? (
          <p class="console-notice console-notice-ok" data-testid="notice-ok">
            <span>{n.text.message}</span>
            <button type="button" class="btn btn-quiet" onClick={m.clearNotice}>
              {t('dismiss')}
            </button>
          </p>
        ) : null}
      </div>
      <div role="alert">
        {n?.tone === 'error' ? (
          <div class="error console-notice" data-testid="notice-error">
            <div>
              <p>{n.text.message}</p>
              {n.text.details.length ? (
                <ul>
                  {n.text.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              ) : null}
            </div>
            <button type="button" class="btn btn-quiet" onClick={m.clearNotice}>
              {t('dismiss')}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  )
}

function TopBar({ m }: { m: ConsoleModel }) {
  const t = m.t()
  const login = m.login.value
  return (
    <header class="console-top">
      <h1 class="console-title">{t('title')}</h1>
      <div class="row console-top-actions">
        {login ? (
          <>
            <span class="console-who" data-testid="who">
              {t('signedInAs', { name: login.mediator.name })}
            </span>
            <button type="button" class="btn" onClick={() => m.logout()} data-testid="logout">
              {t('logout')}
            </button>
          </>
        ) : null}
        <button
          type="button"
          class="btn btn-quiet"
          lang={m.lang.value === 'nl' ? 'en' : 'nl'}
          aria-label={t('languageLabel')}
          onClick={m.toggleLanguage}
          data-testid="language"
        >
          {t('language')}
        </button>
      </div>
    </header>
  )
}

function Screen({ m }: { m: ConsoleModel }) {
  switch (m.screen.value) {
    case 'loading':
      return <p role="status">{m.t()('loading')}</p>
    case 'setup':
      return <SetupView m={m} />
    case 'login':
      return <LoginView m={m} />
    case 'sessions':
      return <SessionsView m={m} />
    case 'session':
      return <SessionView m={m} />
  }
}

export function ConsoleApp({ m }: { m: ConsoleModel }) {
  return (
    <div class="med-sidebar console" data-screen={m.screen.value}>
      <TopBar m={m} />
      <Notice m={m} />
      <main class="console-main" aria-busy={m.busy.value}>
        <Screen m={m} />
      </main>
    </div>
  )
}
