/** First-run setup and login. Client-side checks mirror the server's (it checks again and has the last word). */
import { useState } from 'preact/hooks'
import type { ConsoleModel } from './console-model'
import { Field } from './field'
import { Heading } from './heading'

/** The server's minimum password length (companion-server/src/http/schemas.ts). */
export const MIN_PASSWORD = 10

function Problems({ items }: { items: string[] }) {
  if (!items.length) return null
  return (
    <ul class="console-problems" role="alert" data-testid="form-problems">
      {items.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  )
}

export function SetupView({ m }: { m: ConsoleModel }) {
  const t = m.t()
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [pw, setPw] = useState('')
  const [pw2, setPw2] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const submit = (e: Event) => {
    e.preventDefault()
    const found: string[] = []
    if (!name.trim()) found.push(t('required', { field: t('name') }))
    if (!email.trim()) found.push(t('required', { field: t('email') }))
    if (pw.length < MIN_PASSWORD) found.push(t('pwTooShort', { n: MIN_PASSWORD }))
    else if (pw !== pw2) found.push(t('pwMismatch'))
    setProblems(found)
    if (!found.length) void m.setup({ name: name.trim(), email: email.trim(), password: pw })
  }
  return (
    <section class="console-card console-narrow" aria-labelledby="setup-h">
      <Heading id="setup-h">{t('setupHeading')}</Heading>
      <p class="hint">{t('setupIntro')}</p>
      <form class="console-form" onSubmit={submit} noValidate data-testid="setup-form">
        <Field label={t('name')} value={name} onInput={setName} autoComplete="name" testId="setup-name" />
        <Field
          label={t('email')}
          type="email"
          value={email}
          onInput={setEmail}
          autoComplete="username"
          testId="setup-email"
        />
        <Field
          label={t('password')}
          type="password"
          value={pw}
          onInput={setPw}
          autoComplete="new-password"
          hint={t('passwordHint', { n: MIN_PASSWORD })}
          testId="setup-password"
        />
        <Field
          label={t('passwordAgain')}
          type="password"
          value={pw2}
          onInput={setPw2}
          autoComplete="new-password"
          testId="setup-password2"
        />
        <Problems items={problems} />
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={m.busy.value} data-testid="setup-submit">
            {t('createAccount')}
          </button>
          <button type="button" class="btn btn-quiet" onClick={() => m.showScreen('login')}>
            {t('showLogin')}
          </button>
        </div>
      </form>
    </section>
  )
}

export function LoginView({ m }: { m: ConsoleModel }) {
  const t = m.t()
  const [email, setEmail] = useState('')
  const [pw, setPw] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const submit = (e: Event) => {
    e.preventDefault()
    const found: string[] = []
    if (!email.trim()) found.push(t('required', { field: t('email') }))
    if (!pw) found.push(t('required', { field: t('password') }))
    setProblems(found)
    if (!found.length) void m.logIn({ email: email.trim(), password: pw })
  }
  return (
    <section class="console-card console-narrow" aria-labelledby="login-h">
      <Heading id="login-h">{t('loginHeading')}</Heading>
      <form class="console-form" onSubmit={submit} noValidate data-testid="login-form">
        <Field
          label={t('email')}
          type="email"
          value={email}
          onInput={setEmail}
          autoComplete="username"
          testId="login-email"
        />
        <Field
          label={t('password')}
          type="password"
          value={pw}
          onInput={setPw}
          autoComplete="current-password"
          testId="login-password"
        />
        <Problems items={problems} />
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={m.busy.value} data-testid="login-submit">
            {t('loginButton')}
          </button>
          {m.setupOpen.value !== false ? (
            <button type="button" class="btn btn-quiet" onClick={() => m.showScreen('setup')}>
              {t('showSetup')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  )
}
