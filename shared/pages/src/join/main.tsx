import type { MeResponse } from '@mediation/protocol'
import { createApi } from '@mediation/sidebar/client'
import { loadTranslator, pickLanguage, type Translate } from '@mediation/sidebar/ui/i18n/i18n'
import { render } from 'preact'
import '@mediation/sidebar/ui/sidebar.css'
import './join.css'
import { credentialFragment, saveCredential, takeCredential } from '../credential-store'
import { ZoomCode } from './zoom-code'

/**
 * The invite landing page `/join/<token>`: moves the token from the path into this tab's sessionStorage,
 * removes it from the address bar, checks it, and offers the sidebar, the practice page and the meeting.
 */
function tokenFromPath(): string | null {
  const m = /^\/join\/([^/?#]+)/.exec(location.pathname)
  return m?.[1] ? decodeURIComponent(m[1]) : null
}

function Landing({
  me,
  t,
  fragment,
  credential,
}: {
  me: MeResponse
  t: Translate
  fragment: string
  credential: string
}) {
  const p = me.participant
  return (
    <main class="med-sidebar">
      <h2>{t('join.heading')}</h2>
      {p ? <p>{t('join.hello', { name: p.name })}</p> : null}
      {me.session && p ? (
        <p>{t('join.invited', { title: me.session.title, role: t(`role.${p.role}`) })}</p>
      ) : null}
      <ul class="list">
        <li>
          <a class="btn btn-primary" href={`/standalone/${fragment}`} data-testid="open-sidebar">
            {t('join.open')}
          </a>
        </li>
        <li>
          <a class="btn" href={`/practice/${fragment}`} data-testid="open-practice">
            {t('join.practice')}
          </a>
        </li>
        <li>
          <a class="btn" href={`/jitsi/${fragment}`} data-testid="open-jitsi">
            {t('join.jitsi')}
          </a>
        </li>
      </ul>
      {p && (p.role === 'party' || p.role === 'adviser') ? <ZoomCode credential={credential} t={t} /> : null}
    </main>
  )
}

async function start(): Promise<void> {
  const root = document.getElementById('app')
  if (!root) return
  const lang = pickLanguage([...navigator.languages])
  const t = await loadTranslator(lang)
  document.documentElement.lang = lang
  const fromPath = tokenFromPath()
  if (fromPath) {
    saveCredential({ credential: fromPath })
    history.replaceState(null, '', '/join/')
  }
  const stored = takeCredential()
  const say = (text: string) =>
    render(
      <p class="med-sidebar" role="status">
        {text}
      </p>,
      root,
    )
  if (!stored) return say(t('join.noToken'))
  say(t('join.checking'))
  try {
    const me = await createApi({ serverUrl: location.origin, credential: stored.credential }).me()
    const lang2 = me.session?.language ?? lang
    render(
      <Landing
        me={me}
        t={lang2 === lang ? t : await loadTranslator(lang2)}
        // The session goes along, so the next page can ask for its sockets' tickets beside `me`.
        fragment={credentialFragment(me.session ? { ...stored, sessionId: me.session.id } : stored)}
        credential={stored.credential}
      />,
      root,
    )
  } catch {
    say(t('join.invalid'))
  }
}

void start()
