/**
 * Entry of the `practice` bundle, served at /practice/. A participant opens it from the invite
 * (`/practice/#t=<invite token>` or `/practice/#<invite token>`); the token moves from the fragment into this
 * tab's sessionStorage at once, so it never reaches a URL query, the server's logs or the address bar.
 * With a mediator's login token (and `s=<sessionId>`) it shows readiness, intake answers and the texts.
 */

import type { Language } from '@mediation/core/domain'
import { chooseLang, type PrepView } from '@mediation/core/prep'
import type { MeResponse, SessionKind } from '@mediation/protocol'
import { signal } from '@preact/signals'
import { render } from 'preact'
import '@mediation/sidebar/ui/sidebar.css'
import { saveCredential, takeCredential } from '../credential-store'
import { describeError } from './errors'
import { MediatorView } from './mediator-view'
import { ParticipantApp } from './participant-app'
import './practice.css'
import { createPrepApi, type PrepApi } from './prep-api'
import { pageText } from './strings'

type Loaded =
  | { kind: 'loading' }
  | { kind: 'message'; text: string }
  | { kind: 'participant'; api: PrepApi; view: PrepView }
  | {
      kind: 'staff'
      api: PrepApi
      sessionId: string
      title: string
      sessionKind: SessionKind
      readinessOnly: boolean
      /** The secretariat also practises its own devices (it helps the others with theirs). */
      own: PrepView | null
    }

const lang = signal<Language>(chooseLang(navigator.languages))
const state = signal<Loaded>({ kind: 'loading' })

/** A bare `#<token>` fragment (the invite link form the issue names) is stored like `#t=<token>`. */
function takeBareToken(): void {
  const raw = location.hash.replace(/^#/, '')
  if (raw && !raw.includes('=')) {
    saveCredential({ credential: decodeURIComponent(raw) })
    history.replaceState(null, '', location.pathname + location.search)
  }
}

async function load(): Promise<void> {
  takeBareToken()
  const stored = takeCredential()
  const noToken = () => {
    state.value = { kind: 'message', text: pageText(lang.value)('noToken') }
  }
  if (!stored) return noToken()
  const api = createPrepApi(stored.credential)
  try {
    const me: MeResponse = await api.me()
    const sessionId =
      me.session?.id ?? stored.sessionId ?? new URLSearchParams(location.search).get('session')
    if (!sessionId) return noToken()
    if (me.kind === 'participant' && me.participant?.role !== 'secretariat') {
      state.value = { kind: 'participant', api, view: await api.view(sessionId) }
    } else {
      const readinessOnly = me.kind === 'participant'
      const own = readinessOnly ? await api.view(sessionId) : null
      state.value = {
        kind: 'staff',
        api,
        sessionId,
        title: me.session?.title ?? '',
        sessionKind: me.session?.kind ?? 'mediation',
        readinessOnly,
        own,
      }
    }
  } catch (e) {
    state.value = { kind: 'message', text: describeError(e, lang.value).text }
  }
}

function Page() {
  const l = lang.value
  const s = state.value
  // A coaching session's page speaks of the coach and the client (COACH-5).
  const kind: SessionKind =
    s.kind === 'participant' ? s.view.session.kind : s.kind === 'staff' ? s.sessionKind : 'mediation'
  const t = pageText(l, kind)
  document.documentElement.lang = l
  return (
    <main class="med-sidebar prep-page">
      <header class="topbar">
        <h1 class="topbar-title">{t('title')}</h1>
        <button
          type="button"
          class="btn btn-quiet"
          lang={l === 'nl' ? 'en' : 'nl'}
          aria-label={t('languageLabel')}
          data-testid="lang-toggle"
          onClick={() => {
            lang.value = l === 'nl' ? 'en' : 'nl'
          }}
        >
          {t('language')}
        </button>
      </header>
      {s.kind === 'loading' ? <p class="hint">{t('loading')}</p> : null}
      {s.kind === 'message' ? (
        <p class="error" role="alert" data-testid="page-error">
          {s.text}
        </p>
      ) : null}
      {s.kind === 'participant' ? (
        <>
          <p class="prep-hello">
            {t('hello', { name: s.view.participant.name, title: s.view.session.title })}
          </p>
          <ParticipantApp api={s.api} initial={s.view} lang={l} />
        </>
      ) : null}
      {s.kind === 'staff' ? (
        <>
          <h2 class="prep-hello">
            {t('mediatorTitle')}
            {s.title ? ` — ${s.title}` : ''}
          </h2>
          <MediatorView
            api={s.api}
            sessionId={s.sessionId}
            lang={l}
            kind={s.sessionKind}
            readinessOnly={s.readinessOnly}
            onError={(e) => {
              state.value = { kind: 'message', text: describeError(e, l, s.sessionKind).text }
            }}
          />
          {s.own ? <ParticipantApp api={s.api} initial={s.own} lang={l} /> : null}
        </>
      ) : null}
    </main>
  )
}

const root = document.getElementById('app')
if (root) {
  render(<Page />, root)
  void load()
}
