/**
 * Entry of the Jitsi page. From an invite: `/jitsi/#t=<invite token>` (the session is the invite's own); from the
 * console: `/jitsi/?session=<id>&lang=nl` with the login token in this tab's sessionStorage; the practice meeting:
 * `/jitsi/?practice=1#t=<invite token>`. The credential never stays in the address bar (credential.ts).
 */

import type { Language, MeResponse } from '@mediation/protocol'
import { ApiRequestError, createApi, isNetworkError } from '@mediation/sidebar/client'
import { formatClock } from '@mediation/sidebar/ui/i18n/i18n'
import { render } from 'preact'
import { App } from './app'
import { takePageCredential } from './credential'
import { createJitsiHost } from './host'
import { jitsiText } from './i18n'
import { createJitsiClient, JitsiApiError, type JitsiClient } from './jitsi-client'
import { PracticeMeeting } from './practice-meeting'
import { createRoomController } from './room-controller'
import '@mediation/sidebar/ui/sidebar.css'
import './page.css'

const query = new URLSearchParams(location.search)
const serverUrl = location.origin
// How long a Jitsi command may take to show its effect; slow deployments may raise it (?confirm=<ms>).
const confirmMs = Math.min(30_000, Math.max(500, Number(query.get('confirm')) || 8000))
// How long the deployment may take to load the meeting before the page says it cannot (?loadMs=<ms>).
const loadMs = Math.min(120_000, Math.max(500, Number(query.get('loadMs')) || 20_000))

const asLang = (v: string | null | undefined): Language | null =>
  v ? (v.startsWith('nl') ? 'nl' : 'en') : null
const browserLang = (): Language => asLang(navigator.language) ?? 'en'

/** The words for a failure to open the page: by status, never the server's English. */
function bootMessage(lang: Language, err: unknown): string {
  const t = jitsiText(lang)
  if (err instanceof JitsiApiError && err.code === 'JITSI-SECRETARIAT') return t('bootSecretariat')
  // SAFETY-9: a staggered start; the server says when this person's part begins (once the meeting runs).
  if (err instanceof JitsiApiError && err.code === 'STAGGER-EARLY')
    return err.opensAt
      ? t('bootStaggered', { time: formatClock(Date.parse(err.opensAt), lang) })
      : t('bootStaggeredLater')
  const status = err instanceof ApiRequestError || err instanceof JitsiApiError ? err.status : 0
  if (status === 401 || status === 403 || status === 404) return t('bootDenied')
  if (isNetworkError(err)) return t('bootNetwork')
  return t('bootFailed')
}

function say(root: HTMLElement, lang: Language, text: string): void {
  document.documentElement.lang = lang
  const p = document.createElement('p')
  p.className = 'jm-error'
  p.setAttribute('role', 'alert')
  p.dataset.testid = 'boot-error'
  p.textContent = text
  root.replaceChildren(p)
}

async function bootPractice(root: HTMLElement, jitsi: JitsiClient, lang: Language): Promise<void> {
  const room = await jitsi.practice(query.get('for') ?? undefined)
  const host = createJitsiHost({ lang, confirmMs })
  document.documentElement.lang = lang
  render(<PracticeMeeting room={room} host={host} lang={lang} loadMs={loadMs} />, root)
}

async function bootSession(
  root: HTMLElement,
  jitsi: JitsiClient,
  lang: Language,
  credential: string,
  sessionId: string,
): Promise<void> {
  // How long a room move may take until the new meeting has joined (?moveMs=<ms>), default 15 s.
  const moveMs = Math.min(60_000, Math.max(1000, Number(query.get('moveMs')) || 15_000))
  const controller = createRoomController({ fetchRoom: jitsi.room, moveMs })
  const first = await controller.refresh()
  const host = createJitsiHost({
    lang,
    confirmMs,
    switchRoom: (room) => controller.moveTo(room),
    announce: jitsi.announce,
    ...(first.moderator ? { lookupBindings: jitsi.bindings } : {}),
  })
  document.documentElement.lang = lang
  render(
    <App
      host={host}
      controller={controller}
      lang={lang}
      serverUrl={serverUrl}
      credential={credential}
      sessionId={sessionId}
      loadMs={loadMs}
      checkKnock={jitsi.knock}
    />,
    root,
  )
}

async function boot(root: HTMLElement): Promise<void> {
  const found = takePageCredential()
  const asked = asLang(query.get('lang'))
  if (!found) {
    const first = asked ?? browserLang()
    return say(root, first, jitsiText(first)('bootNoCredential'))
  }
  let me: MeResponse
  try {
    me = await createApi({ serverUrl, credential: found.credential }).me()
  } catch (err) {
    return say(root, asked ?? browserLang(), bootMessage(asked ?? browserLang(), err))
  }
  // An invite names its own session; only the mediator's login needs the session from the link.
  const lang = asked ?? asLang(me.session?.language) ?? browserLang()
  const sessionId = me.session?.id ?? found.sessionId
  if (!sessionId) return say(root, lang, jitsiText(lang)('bootNoSession'))
  const jitsi = createJitsiClient(serverUrl, sessionId, found.credential)
  try {
    if (query.has('practice')) await bootPractice(root, jitsi, lang)
    else await bootSession(root, jitsi, lang, found.credential, sessionId)
  } catch (err) {
    say(root, lang, bootMessage(lang, err))
  }
}

const root = document.getElementById('app')
if (root) void boot(root)
