/**
 * Who is ready for the session: per participant practised (when, camera/microphone/network), intake done,
 * agreement signed, ground rules accepted, and a clear ready state. Carries no intake content, so the
 * secretariat may see it too. Exported for the sidebar to embed.
 */
import type { Language } from '@mediation/core/domain'
import type { CheckStatus, ParticipantReadiness, ReadinessResponse } from '@mediation/core/prep'
import type { SessionKind } from '@mediation/protocol'
import { pageText, when } from './strings'

export interface ReadinessViewProps {
  readiness: ReadinessResponse
  lang: Language
  /** A coaching session speaks of its client (COACH-5). */
  kind?: SessionKind
}

export function ReadinessView({ readiness, lang, kind }: ReadinessViewProps) {
  const t = pageText(lang, kind)
  const rows = readiness.participants
  const ready = rows.filter((r) => r.ready).length
  if (rows.length === 0) return <p class="hint hint-muted">{t('noParticipants')}</p>
  return (
    <div class="readiness" data-testid="readiness">
      <p class={`banner banner-${ready === rows.length ? 'pass' : 'warn'}`} data-testid="readiness-count">
        {t('readyCount', { n: ready, total: rows.length })}
      </p>
      <ul class="readiness-list">
        {rows.map((r) => (
          <Row key={r.participantId} r={r} lang={lang} />
        ))}
      </ul>
    </div>
  )
}

function Row({ r, lang }: { r: ParticipantReadiness; lang: Language }) {
  const t = pageText(lang)
  const p = r.practice
  const mark = (ok: boolean | null) => (ok === null ? 'unknown' : ok ? 'ok' : 'no')
  return (
    <li
      class={`readiness-row ${r.ready ? 'is-ready' : 'not-ready'}`}
      data-testid={`readiness-${r.participantId}`}
      data-ready={String(r.ready)}
    >
      <div class="readiness-head">
        <strong>{r.name}</strong>
        <span class={`badge ${r.ready ? 'badge-ok' : 'badge-warn'}`} data-testid="ready-state">
          {r.ready ? `✓ ${t('ready')}` : t('notReady')}
        </span>
      </div>
      <dl class="readiness-facts">
        <dt>{t('practised')}</dt>
        <dd data-mark={mark(p !== null && p.overall !== 'fail')} data-testid="fact-practice">
          {p ? (
            <>
              {when(p.at, lang)} · {t('camera')} {word(p.camera, t)} · {t('microphone')}{' '}
              {word(p.microphone, t)} · {t('network')} {word(p.network, t)}
              {p.rttMs !== null ? ` (${p.rttMs} ms)` : ''}
            </>
          ) : (
            t('never')
          )}
        </dd>
        <dt>{t('intake')}</dt>
        <dd data-mark={mark(r.intakeDone)} data-testid="fact-intake">
          {r.intakeDone ? t('done') : t('todo')}
        </dd>
        <dt>{t('agreement')}</dt>
        <dd data-mark={mark(r.agreement.state === 'valid')} data-testid="fact-agreement">
          {r.agreement.state === 'valid'
            ? `${t('signed')} ${when(r.agreement.signedAt!, lang)}`
            : r.agreement.state === 'outdated'
              ? t('outdated')
              : t('unsigned')}
        </dd>
        <dt>{t('rules')}</dt>
        <dd data-mark={mark(r.rulesAccepted)} data-testid="fact-rules">
          {r.rulesAccepted === null ? t('unknown') : r.rulesAccepted ? t('accepted') : t('notAccepted')}
        </dd>
      </dl>
    </li>
  )
}

const word = (s: CheckStatus, t: ReturnType<typeof pageText>) => t(s).toLowerCase()
