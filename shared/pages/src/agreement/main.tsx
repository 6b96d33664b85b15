/**
 * Entry of the `agreement` bundle (served at /agreement/): the live agreement page for a participant or the
 * mediator, and — at /verify or /agreement/?verify — the public verification page, which needs no login.
 */

import { hasReflectionClause } from '@mediation/core/domain'
import { DEFAULT_TIME_ZONE, humanDate, humanDateTime } from '@mediation/core/record'
import type { Language } from '@mediation/protocol'
import {
  ApiRequestError,
  browserNetwork,
  createApi,
  createSessionClient,
  downloadRecord,
} from '@mediation/sidebar/client'
import { failureSentence, refusalSentence } from '@mediation/sidebar/ui/i18n/error-words'
import { pickLanguage } from '@mediation/sidebar/ui/i18n/i18n'
import { signRefusal } from '@mediation/sidebar/ui/kit/sign-ceremony'
import { localSeenStore } from '@mediation/sidebar/ui/models/agreement-model'
import { effect, signal } from '@preact/signals'
import { render } from 'preact'
import { takeCredential } from '../credential-store'
import '@mediation/sidebar/ui/kit/sign-ceremony.css'
import './agreement.css'
import { AgreementView } from './agreement-view'
import { createPageModel } from './page-model'
import { pageText } from './strings'
import { type VerifyOutcome, VerifyView } from './verify-view'

const lang = signal<Language>(pickLanguage([...navigator.languages]))
const toggleLanguage = () => {
  lang.value = lang.value === 'nl' ? 'en' : 'nl'
}
effect(() => {
  document.documentElement.lang = lang.value
})

function startVerify(root: HTMLElement): void {
  const outcome = signal<VerifyOutcome>({ kind: 'idle' })
  // The code comes in the fragment (never sent to the server, so never in its logs).
  const initialCode = new URLSearchParams(location.hash.replace(/^#/, '')).get('code') ?? ''
  const check = async (code: string, document: { text: string } | { json: unknown }) => {
    const t = pageText(lang.value)
    outcome.value = { kind: 'checking' }
    try {
      const res = await fetch('/api/verify', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, ...document }),
      })
      const body = (await res.json()) as { match?: boolean; reason?: string; code?: string }
      if (res.status === 404) outcome.value = { kind: 'error', message: t('unknownCode') }
      else if (body.code === 'VERIFY-BAD-CODE') outcome.value = { kind: 'error', message: t('badCode') }
      else if (!res.ok) {
        // Worded by the code (or status): the server's `error` is English, for API users.
        const said = refusalSentence(res.status, body.code, lang.value)
        outcome.value = { kind: 'error', message: said ?? t('failed') }
      } else {
        const key = body.match
          ? 'match'
          : body.reason === 'inconsistent'
            ? 'inconsistent'
            : body.reason === 'not-an-export'
              ? 'notExport'
              : 'noMatch'
        outcome.value = { kind: 'result', match: body.match === true, messageKey: key }
      }
    } catch {
      outcome.value = { kind: 'error', message: t('failed') }
    }
  }
  effect(() => {
    const t = pageText(lang.value)
    document.title = t('verifyTitle')
    render(
      <VerifyView
        t={t}
        initialCode={initialCode}
        outcome={outcome.value}
        onCheck={(code, doc) => void check(code, doc)}
        onError={(message) => {
          outcome.value = { kind: 'error', message }
        }}
        onToggleLanguage={toggleLanguage}
      />,
      root,
    )
  })
}

async function startAgreement(root: HTMLElement): Promise<void> {
  const say = (key: 'loading' | 'noToken' | 'denied') =>
    render(
      <p class="agr agr-banner" role="status">
        {pageText(lang.value)(key)}
      </p>,
      root,
    )
  const stored = takeCredential()
  if (!stored) return say('noToken')
  say('loading')
  const serverUrl = location.origin
  const api = createApi({ serverUrl, credential: stored.credential })
  const me = await api.me().catch(() => null)
  const sessionId = me?.session?.id ?? stored.sessionId
  if (!me || !sessionId) return say(me ? 'noToken' : 'denied')
  const myId = me.participant?.id ?? me.mediator?.id ?? ''
  if (me.session?.language) lang.value = me.session.language
  const client = createSessionClient({ api, serverUrl, sessionId, network: browserNetwork() })
  const control = client.open('control')
  const agreement = client.open('agreement')
  const model = createPageModel(
    control.doc,
    agreement.doc,
    localSeenStore(`mediation.seen.${sessionId}.${myId}`),
  )
  const connection = signal<'ok' | 'offline' | 'denied' | 'loading'>('loading')
  client.subscribe((s) => {
    connection.value =
      s.state === 'synced'
        ? 'ok'
        : s.state === 'denied'
          ? 'denied'
          : s.state === 'connecting'
            ? 'loading'
            : 'offline'
  })
  agreement.subscribe((s) => {
    if (s.state === 'synced') model.initSeen()
  })
  const message = signal<string | null>(null)
  const verification = signal<{ code: string; url: string } | null>(null)
  // The code lives on the server (registered at the countersignature); fetch it once the doc shows the lock.
  effect(() => {
    if (model.status.value !== 'locked' || verification.value) return
    void fetch(`${serverUrl}/api/sessions/${encodeURIComponent(sessionId)}/record/agreement.json`, {
      headers: { authorization: `Bearer ${stored.credential}` },
    })
      .then((r) => (r.ok ? r.json() : null))
      .then((rec: { verification?: { code: string; url: string } | null } | null) => {
        if (rec?.verification) verification.value = rec.verification
      })
  })
  // The session's zone, as on the PDF (not the browser's: a party abroad must read the same 11:00).
  const timeZone = DEFAULT_TIME_ZONE
  const role = me.participant?.role
  effect(() => {
    const t = pageText(lang.value)
    document.title = `${t('title')} — ${model.session.value?.title ?? me.session?.title ?? ''}`
    if (connection.value === 'denied') return say('denied')
    const kind = model.draft.value.document?.kind ?? model.agreements.value.at(-1)?.kind ?? 'settlement'
    render(
      <AgreementView
        t={t}
        lang={lang.value}
        title={model.session.value?.title ?? me.session?.title ?? ''}
        agreements={model.agreements.value}
        kind={kind}
        fields={model.draft.value.document}
        reflection={hasReflectionClause(kind)}
        formatDay={(ymd) => humanDate(Date.parse(`${ymd}T12:00:00Z`), lang.value, 'UTC')}
        status={model.status.value}
        connection={connection.value}
        clauses={model.draft.value.clauses}
        changes={model.changes.value}
        removedSinceSeen={model.removedSinceSeen.value}
        participants={model.participants.value}
        sides={model.sides.value}
        versions={model.versions.value}
        signoffs={model.signoffs.value}
        draftHash={model.draft.value.hash}
        locked={model.locked.value}
        verification={verification.value}
        myId={myId}
        canSign={role === 'party' || role === 'adviser'}
        formatTime={(ms) => humanDateTime(ms, lang.value, timeZone)}
        message={message.value}
        onMarkSeen={() => model.markSeen()}
        onSign={async (v, typedName) => {
          message.value = null
          try {
            await client.command({
              type: 'signAgreement',
              versionId: v.id,
              hash: v.hash,
              typedName,
              consent: true,
            })
            return null
          } catch (e: unknown) {
            const code = e instanceof ApiRequestError ? e.body.code : undefined
            return signRefusal(code, failureSentence(e, lang.value), lang.value)
          }
        }}
        onDownload={(file, query) => {
          downloadRecord({
            serverUrl,
            credential: stored.credential,
            sessionId,
            file,
            ...(query ? { query } : {}),
          }).catch((e: unknown) => {
            // Worded here from the status: the server's own sentence is English and technical.
            const status = e instanceof ApiRequestError ? e.status : 0
            message.value = t(
              status === 404
                ? 'downloadNone'
                : status === 401 || status === 403
                  ? 'downloadDenied'
                  : 'downloadFailed',
            )
          })
        }}
        onPrint={() => window.print()}
        onToggleLanguage={toggleLanguage}
      />,
      root,
    )
  })
}

const root = document.getElementById('app')
if (root) {
  const verify = location.pathname.startsWith('/verify') || new URLSearchParams(location.search).has('verify')
  if (verify) startVerify(root)
  else void startAgreement(root)
}
