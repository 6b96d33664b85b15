/** The mediator's sessions (active and archived) and the form that creates one. */

import type { Language, SessionKind, SessionSummary } from '@mediation/protocol'
import { Select } from '@mediation/sidebar/ui/kit/fields'
import { useState } from 'preact/hooks'
import type { ConsoleModel } from './console-model'
import { Field } from './field'
import { Heading } from './heading'
import { ProfileView } from './profile-view'
import { type ConsoleText, when } from './strings'

const sessionHref = (id: string) => `#/session/${encodeURIComponent(id)}`

function SessionItem({ s, t, lang }: { s: SessionSummary; t: ConsoleText; lang: Language }) {
  return (
    <li class="card console-session" data-testid="session-item" data-session-id={s.id}>
      <a class="console-session-link" href={sessionHref(s.id)} aria-label={t('manage', { title: s.title })}>
        <span class="card-title">{s.title}</span>
      </a>
      <span class="card-meta">
        {s.kind === 'coaching' ? t('kindCoaching') : t('kindMediation')} · {t(`lang.${s.language}`)} ·{' '}
        {t('createdOn', { when: when(s.createdAt, lang) })}
      </span>
    </li>
  )
}

function SessionList({
  items,
  t,
  lang,
  empty,
}: {
  items: SessionSummary[]
  t: ConsoleText
  lang: Language
  empty: string
}) {
  if (!items.length) return <p class="hint hint-muted">{empty}</p>
  return (
    <ul class="list">
      {items.map((s) => (
        <SessionItem key={s.id} s={s} t={t} lang={lang} />
      ))}
    </ul>
  )
}

function NewSessionForm({ m }: { m: ConsoleModel }) {
  const t = m.t()
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<SessionKind>('mediation')
  const [language, setLanguage] = useState<Language>(m.lang.value)
  const [problem, setProblem] = useState<string | null>(null)
  const submit = (e: Event) => {
    e.preventDefault()
    if (!title.trim()) return setProblem(t('required', { field: t('sessionTitle') }))
    setProblem(null)
    void m.create({ title: title.trim(), kind, language })
  }
  return (
    <section class="console-card" aria-labelledby="new-h">
      <h2 id="new-h" class="console-h">
        {t('newHeading')}
      </h2>
      <form class="console-form" onSubmit={submit} noValidate data-testid="new-session-form">
        <Field label={t('sessionTitle')} value={title} onInput={setTitle} testId="new-title" />
        <div class="row">
          <Select
            label={t('kind')}
            value={kind}
            onChange={setKind}
            testId="new-kind"
            options={[
              { value: 'mediation', label: t('kindMediation') },
              { value: 'coaching', label: t('kindCoaching') },
            ]}
          />
          <Select
            label={t('sessionLanguage')}
            value={language}
            onChange={setLanguage}
            testId="new-language"
            options={[
              { value: 'nl', label: t('lang.nl') },
              { value: 'en', label: t('lang.en') },
            ]}
          />
        </div>
        {problem ? (
          <p class="console-problems" role="alert">
            {problem}
          </p>
        ) : null}
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={m.busy.value} data-testid="new-submit">
            {t('create')}
          </button>
        </div>
      </form>
    </section>
  )
}

export function SessionsView({ m }: { m: ConsoleModel }) {
  const t = m.t()
  const api = m.api()
  const all = m.sessions.value
  const active = all.filter((s) => s.status === 'active')
  const archived = all.filter((s) => s.status === 'archived')
  return (
    <div class="console-grid">
      <section class="console-card" aria-labelledby="sessions-h" data-testid="sessions">
        <Heading id="sessions-h">{t('sessionsHeading')}</Heading>
        <h3 class="section-title">{t('activeHeading')}</h3>
        <SessionList items={active} t={t} lang={m.lang.value} empty={t('noSessions')} />
        <h3 class="section-title">{t('archivedHeading')}</h3>
        <SessionList items={archived} t={t} lang={m.lang.value} empty={t('noArchived')} />
      </section>
      <NewSessionForm m={m} />
      {api ? <ProfileView api={api} t={t} /> : null}
    </div>
  )
}
