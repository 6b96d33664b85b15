/** The standalone agreement page as pure components: values in, callbacks out. Text is always rendered as text. */

import type {
  AgreementInfo,
  AgreementKind,
  AgreementVersion,
  ClauseView,
  DocumentFields,
  Participant,
  Side,
  VersionSignoffs,
} from '@mediation/core/domain'
import type { Language } from '@mediation/protocol'
import { SignCeremony, type SignRefusal } from '@mediation/sidebar/ui/kit/sign-ceremony'
import type { AgreementStatus } from './page-model'
import type { PageText } from './strings'

export interface AgreementViewProps {
  t: PageText
  lang: Language
  title: string
  /** SIGN-9/10: the session's agreements (the last is the one shown) and the shown one's kind. */
  agreements: AgreementInfo[]
  kind: AgreementKind
  /** SIGN-11/12: the parties' particulars, considerations, place and date (null: a document without fields). */
  fields: DocumentFields | null
  /** SIGN-10: the kind carries the employee's statutory reflection clause. */
  reflection: boolean
  /** A calendar date (YYYY-MM-DD) as the reader writes it. */
  formatDay: (ymd: string) => string
  status: AgreementStatus
  connection: 'ok' | 'offline' | 'denied' | 'loading'
  clauses: ClauseView[]
  changes: Map<string, 'new' | 'changed'>
  removedSinceSeen: boolean
  participants: Participant[]
  sides: Side[]
  versions: AgreementVersion[]
  signoffs: VersionSignoffs[]
  draftHash: string
  locked: boolean
  /** The verification code, once the server registered it (locked agreements only). */
  verification: { code: string; url: string } | null
  myId: string
  canSign: boolean
  formatTime: (ms: number) => string
  message: string | null
  onMarkSeen: () => void
  /** SIGN-16: signs with the typed name; resolves null when recorded, else the refusal to show beside its field. */
  onSign: (version: AgreementVersion, typedName: string) => Promise<SignRefusal | null>
  onDownload: (
    file: 'agreement.pdf' | 'agreement.json' | 'agreement.txt',
    query?: Record<string, string>,
  ) => void
  onPrint: () => void
  onToggleLanguage: () => void
}

const STATUS_KEY = { draft: 'statusDraft', signed: 'statusSigned', locked: 'statusLocked' } as const

export function AgreementView(p: AgreementViewProps) {
  const { t } = p
  const latest = p.versions.at(-1)
  const latestSignoffs = latest ? p.signoffs.find((s) => s.versionId === latest.id) : undefined
  return (
    <main class="agr" data-status={p.status}>
      <header class="agr-head">
        <p class="agr-kicker" data-testid="kind">
          {t('agreementNo', { n: p.agreements.at(-1)?.number ?? 1 })} · {t(`kind.${p.kind}`)}
        </p>
        <h1 class="agr-title">{p.title}</h1>
        <p class={`agr-status agr-status-${p.status}`} data-testid="status">
          {t(STATUS_KEY[p.status])}
        </p>
        <nav class="agr-actions no-print" aria-label={t('downloads')}>
          <button
            type="button"
            class="agr-btn"
            onClick={() => p.onDownload('agreement.pdf')}
            data-testid="dl-pdf"
          >
            {t('pdf')}
          </button>
          <button type="button" class="agr-btn" onClick={() => p.onDownload('agreement.json')}>
            {t('json')}
          </button>
          <button type="button" class="agr-btn" onClick={() => p.onDownload('agreement.txt')}>
            {t('text')}
          </button>
          <button
            type="button"
            class="agr-btn"
            onClick={() => p.onDownload('agreement.pdf', { layout: 'print' })}
            data-testid="dl-print"
          >
            {t('printPdf')}
          </button>
          <button type="button" class="agr-btn" onClick={p.onPrint}>
            {t('print')}
          </button>
          <button type="button" class="agr-btn agr-btn-quiet" onClick={p.onToggleLanguage}>
            {t('language')}
          </button>
        </nav>
      </header>
      {p.connection === 'offline' ? <p class="agr-banner no-print">{t('offline')}</p> : null}
      {p.message ? (
        <p class="agr-banner no-print" role="alert">
          {p.message}
        </p>
      ) : null}
      <Earlier {...p} />
      <People t={t} participants={p.participants} sides={p.sides} fields={p.fields} formatDay={p.formatDay} />
      {p.fields && p.fields.considerations.length > 0 ? (
        <section class="agr-section" aria-labelledby="considerations-h">
          <h2 id="considerations-h">{t('considerations')}</h2>
          <ol type="A" data-testid="considerations">
            {p.fields.considerations.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <Draft {...p} />
      {latest ? (
        <SignatureBlock
          t={t}
          version={latest}
          signoffs={latestSignoffs}
          participants={p.participants}
          sides={p.sides}
          formatTime={p.formatTime}
          verification={p.locked ? p.verification : null}
        />
      ) : null}
      <Versions {...p} />
    </main>
  )
}

function People({
  t,
  participants,
  sides,
  fields,
  formatDay,
}: {
  t: PageText
  participants: Participant[]
  sides: Side[]
  fields: DocumentFields | null
  formatDay: (ymd: string) => string
}) {
  const mediator = participants.find((x) => x.role === 'mediator')
  const details = (sideId: string) =>
    participants
      .filter((x) => x.sideId === sideId && x.role === 'party')
      .map((x) => fields?.parties.find((f) => f.participantId === x.id))
      .filter((f) => f !== undefined && (f.address || f.birthDate))
  const of = (sideId: string, role: 'party' | 'adviser') =>
    participants.filter((x) => x.sideId === sideId && x.role === role).map((x) => x.name)
  return (
    <section class="agr-section" aria-labelledby="people-h">
      <h2 id="people-h">{t('parties')}</h2>
      <dl class="agr-people">
        {[...sides]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((side) => (
            <div key={side.id} class="agr-side">
              <dt>{side.name}</dt>
              <dd>{of(side.id, 'party').join(', ') || '—'}</dd>
              {details(side.id).map((f) => (
                <dd key={f!.participantId} class="agr-muted" data-testid="particulars">
                  {f!.name}
                  {f!.address ? ` · ${f!.address}` : ''}
                  {f!.birthDate ? ` · ${t('born', { date: formatDay(f!.birthDate) })}` : ''}
                </dd>
              ))}
              {of(side.id, 'adviser').length > 0 ? (
                <dd class="agr-muted">
                  {t('advisers')}: {of(side.id, 'adviser').join(', ')}
                </dd>
              ) : null}
            </div>
          ))}
        {mediator ? (
          <div class="agr-side">
            <dt>{t('mediator')}</dt>
            <dd>{mediator.name}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  )
}

function Draft(p: AgreementViewProps) {
  const { t } = p
  return (
    <section class="agr-section" aria-labelledby="draft-h">
      <h2 id="draft-h">{t(p.locked ? 'agreedHeading' : 'draftHeading')}</h2>
      {p.changes.size > 0 || p.removedSinceSeen ? (
        <div class="agr-changes no-print" data-testid="changes">
          <p>
            {p.changes.size > 0 ? t('changes', { n: p.changes.size }) : null}{' '}
            {p.removedSinceSeen ? t('removed') : null}
          </p>
          <button type="button" class="agr-btn" onClick={p.onMarkSeen} data-testid="mark-seen">
            {t('markSeen')}
          </button>
        </div>
      ) : null}
      {p.clauses.length === 0 ? <p class="agr-muted">{t('empty')}</p> : null}
      <ol class="agr-clauses" data-testid="clauses">
        {p.clauses.map((c, i) => {
          const change = p.changes.get(c.id)
          return (
            <li
              key={c.id}
              class={`agr-clause${change ? ` agr-clause-${change}` : ''}`}
              data-change={change ?? ''}
            >
              <span class="agr-num" aria-hidden="true">
                {i + 1}.
              </span>
              <div class="agr-clause-body">
                {change ? (
                  <span class="agr-flag no-print">{t(change === 'new' ? 'isNew' : 'isChanged')}</span>
                ) : null}
                <p class="agr-clause-text" data-testid="clause-text">
                  {c.text}
                </p>
              </div>
            </li>
          )
        })}
        {p.reflection ? (
          <li class="agr-clause" data-testid="reflection">
            <span class="agr-num" aria-hidden="true">
              {p.clauses.length + 1}.
            </span>
            <div class="agr-clause-body">
              <p class="agr-clause-text">{t('reflection')}</p>
            </div>
          </li>
        ) : null}
      </ol>
      {p.fields && (p.fields.place || p.fields.date) ? (
        <p data-testid="place-date">
          {t('placeAndDate', {
            place: p.fields.place || '…',
            date: p.fields.date ? p.formatDay(p.fields.date) : '…',
          })}
        </p>
      ) : null}
    </section>
  )
}

interface SignatureBlockProps {
  t: PageText
  version: AgreementVersion
  signoffs: VersionSignoffs | undefined
  participants: Participant[]
  sides: Side[]
  formatTime: (ms: number) => string
  verification: { code: string; url: string } | null
}

/** What was signed, by whom and when, with the hash: on screen and on paper. */
function SignatureBlock(p: SignatureBlockProps) {
  const { t } = p
  const name = (id: string) => p.participants.find((x) => x.id === id)?.name ?? id
  const sideName = (id: string | null) => (id ? (p.sides.find((s) => s.id === id)?.name ?? id) : '')
  const valid = p.signoffs?.valid ?? []
  return (
    <section class="agr-section agr-signatures" aria-labelledby="sig-h" data-testid="signatures">
      <h2 id="sig-h">
        {t('signedBy')} — {p.version.name}
      </h2>
      {valid.length === 0 ? <p class="agr-muted">{t('nobodySigned')}</p> : null}
      <ul class="agr-signers">
        {valid.map((s) => (
          <li key={s.participantId} class="agr-signer">
            <span class="agr-signer-name">
              {name(s.participantId)}
              {s.role === 'mediator'
                ? ` — ${t('countersigned')}`
                : s.sideId
                  ? ` (${sideName(s.sideId)})`
                  : ''}
            </span>
            <span class="agr-muted">{p.formatTime(s.at)}</span>
            <code class="agr-hash">{s.hash}</code>
          </li>
        ))}
      </ul>
      <p class="agr-muted">
        {t('hash')}: <code class="agr-hash">{p.version.hash}</code>
      </p>
      {p.verification ? (
        <div class="agr-code" data-testid="verification">
          <p>{t('verification')}</p>
          <p class="agr-code-value">{p.verification.code}</p>
          <p class="agr-muted">{t('verifyLink', { url: p.verification.url })}</p>
        </div>
      ) : null}
    </section>
  )
}

function Versions(p: AgreementViewProps) {
  const { t } = p
  return (
    <section class="agr-section no-print" aria-labelledby="versions-h">
      <h2 id="versions-h">{t('versions')}</h2>
      <p class="agr-muted" data-testid="time-zone">
        {t('timesZone')}
      </p>
      {p.versions.length === 0 ? <p class="agr-muted">{t('noVersions')}</p> : null}
      <ol class="agr-versions" reversed data-testid="versions">
        {[...p.versions].reverse().map((v) => (
          <VersionItem key={v.id} {...p} version={v} vs={p.signoffs.find((s) => s.versionId === v.id)} />
        ))}
      </ol>
    </section>
  )
}

function VersionItem(p: AgreementViewProps & { version: AgreementVersion; vs: VersionSignoffs | undefined }) {
  const { t, version: v, vs } = p
  const name = (id: string) => p.participants.find((x) => x.id === id)?.name ?? id
  const current = v.hash === p.draftHash
  const mine = vs?.valid.some((s) => s.participantId === p.myId) ?? false
  const canSignThis = p.canSign && current && !p.locked && !mine
  return (
    <li class="agr-version" data-testid="version" data-current={current ? 'yes' : 'no'}>
      <p class="agr-version-name">{v.name}</p>
      <p class="agr-muted">
        {t('savedAt', { when: p.formatTime(v.createdAt) })} · {current ? t('current') : t('outdated')}
      </p>
      <p class="agr-muted">
        {t('hash')}: <code class="agr-hash">{v.hash.slice(0, 16)}…</code>
      </p>
      {vs?.valid.length ? (
        <p>
          {t('signedBy')}: {vs.valid.map((s) => name(s.participantId)).join(', ')}
        </p>
      ) : null}
      {current ? (
        <ul class="agr-sides" data-testid="sign-sides">
          {p.sides.map((side) => {
            const done = vs?.sidesSigned.includes(side.id) ?? false
            return (
              <li
                key={side.id}
                class={done ? 'agr-ok' : 'agr-muted'}
                data-side={side.id}
                data-signed={String(done)}
              >
                {t(done ? 'sideSigned' : 'sideMissing', { side: side.name })}
              </li>
            )
          })}
        </ul>
      ) : null}
      {vs?.voided.length ? (
        <p class="agr-voided" data-testid="voided">
          {t('voided')}: <s>{vs.voided.map((s) => name(s.participantId)).join(', ')}</s>
        </p>
      ) : null}
      {vs?.countersigned ? <p class="agr-ok">{t('countersigned')}</p> : null}
      {mine ? <p class="agr-ok">{t('signed')}</p> : null}
      {canSignThis ? (
        <SignCeremony
          lang={p.lang}
          label={t('sign', { name: v.name })}
          what={v.name}
          inviteName={name(p.myId)}
          consent={t('signConfirm')}
          onSign={(typed) => p.onSign(v, typed)}
          buttons={{ primary: 'agr-btn agr-btn-primary', secondary: 'agr-btn' }}
          testId="sign"
        />
      ) : null}
    </li>
  )
}

/** SIGN-9: the session's earlier (locked) agreements, each downloadable as its own PDF. */
function Earlier(p: AgreementViewProps) {
  const { t } = p
  const earlier = p.agreements.slice(0, -1)
  if (earlier.length === 0) return null
  return (
    <section class="agr-section no-print" aria-labelledby="earlier-h">
      <h2 id="earlier-h">{t('earlier')}</h2>
      <ul class="agr-list">
        {earlier.map((a) => (
          <li key={a.id} data-testid="earlier">
            {a.number}. {t(`kind.${a.kind}`)} — {t(a.locked ? 'statusLocked' : 'statusDraft')}{' '}
            <button
              type="button"
              class="agr-btn agr-btn-quiet"
              onClick={() => p.onDownload('agreement.pdf', { agreement: a.id })}
            >
              {t('pdf')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
