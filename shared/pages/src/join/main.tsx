import { LANGUAGES } from '@mediation/core/domain'
import type { PrepView } from '@mediation/core/prep'
import type { Language, MeResponse } from '@mediation/protocol'
import { type Call, createApi, createCall } from '@mediation/sidebar/client'
import { loadTranslator, pickLanguage, type Translate } from '@mediation/sidebar/ui/i18n/i18n'
import { render } from 'preact'
import '@mediation/sidebar/ui/sidebar.css'
import './join.css'
import { credentialFragment, saveCredential, takeCredential } from '../credential-store'
import { BetweenSessions } from './between-sessions'
import { type StepState, Steps, stepState } from './steps'
import { ZoomCode } from './zoom-code'

/**
 * The invite landing page `/join/<token>`: moves the token from the path into this tab's sessionStorage,
 * removes it from the address bar, checks it, and offers the sidebar, the practice page and the meeting.
 */
function tokenFromPath(): string | null {
  const m = /^\/join\/([^/?#]+)/.exec(location.pathname)
  return m?.[1] ? decodeURIComponent(m[1]) : null
}

function Landing(p: {
  me: MeResponse
  t: Translate
  lang: Language
  fragment: string
  credential: string
  done: StepState | null
  /** The REST caller with the invite credential (the coaching plan reads and writes through it). */
  call: Call
  onLang: (lang: Language) => void
}) {
  const { me, t } = p
  const who = me.participant
  // The switch offers the other of the two languages.
  const other: Language = LANGUAGES.find((l) => l !== p.lang) ?? p.lang
  return (
    <main class="med-sidebar join">
      <div class="row join-top">
        <h2>{t('join.heading')}</h2>
        <button
          type="button"
          class="btn"
          lang={other}
          data-testid="join-lang"
          onClick={() => p.onLang(other)}
        >
          {t('join.otherLanguage')}
        </button>
      </div>
      {who ? <p>{t('join.hello', { name: who.name })}</p> : null}
      {me.session && who ? (
        <p>{t('join.invited', { title: me.session.title, role: t(`role.${who.role}`) })}</p>
      ) : null}
      <Steps
        t={t}
        fragment={p.fragment}
        prepares={who?.role === 'party' || who?.role === 'adviser'}
        done={p.done}
      />
      {me.session?.kind === 'coaching' && who?.role === 'party' ? (
        // COACH-7: between sessions the client finds the plan here, not only in the live sidebar.
        <BetweenSessions t={t} lang={p.lang} call={p.call} sessionId={me.session.id} />
      ) : null}
      {who && (who.role === 'party' || who.role === 'adviser') ? (
        <ZoomCode credential={p.credential} t={t} />
      ) : null}
    </main>
  )
}

const LANG_KEY = 'mediation.join.lang'

/** The reader's choice on this device, else the browser's language (not the session's: it is their page). */
function firstLanguage(): Language {
  try {
    const chosen = localStorage.getItem(LANG_KEY)
    if (chosen === 'nl' || chosen === 'en') return chosen
  } catch {
    // Storage blocked: the browser's language decides.
  }
  return pickLanguage([...navigator.languages])
}

async function start(): Promise<void> {
  const root = document.getElementById('app')
  if (!root) return
  let lang = firstLanguage()
  let t = await loadTranslator(lang, { join: true })
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
  let me: MeResponse
  try {
    me = await createApi({ serverUrl: location.origin, credential: stored.credential }).me()
  } catch {
    return say(t('join.invalid'))
  }
  // A coaching session speaks of the coach and the client (COACH-1).
  const kind = me.session?.kind ?? 'mediation'
  if (kind !== 'mediation') t = await loadTranslator(lang, { join: true, kind })
  // The session goes along, so the next page can ask for its sockets' tickets beside `me`.
  const fragment = credentialFragment(me.session ? { ...stored, sessionId: me.session.id } : stored)
  const call = createCall({ serverUrl: location.origin, credential: stored.credential })
  const show = (done: StepState | null) =>
    render(
      <Landing
        me={me}
        t={t}
        lang={lang}
        fragment={fragment}
        credential={stored.credential}
        done={done}
        call={call}
        onLang={(next) => {
          void loadTranslator(next, { join: true, kind }).then((nt) => {
            lang = next
            t = nt
            document.documentElement.lang = next
            try {
              localStorage.setItem(LANG_KEY, next)
            } catch {
              // Not remembered where storage is blocked; the page still switches.
            }
            show(done)
          })
        }}
      />,
      root,
    )
  show(null)
  const role = me.participant?.role
  if (me.session && (role === 'party' || role === 'adviser' || role === 'secretariat')) {
    // Whether the steps are done is a courtesy: without it the page still leads the way.
    void call<PrepView>('GET', `/api/sessions/${encodeURIComponent(me.session.id)}/prep`).then(
      (prep) => show(stepState(prep)),
      () => {},
    )
  }
}

void start()
