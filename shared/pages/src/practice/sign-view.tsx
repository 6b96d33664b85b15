/** Ground rules to accept and the agreement to mediate to sign: typed name, explicit consent, bound to the hash. */

import type { Language } from '@mediation/core/domain'
import { type PrepView, pick, signerName } from '@mediation/core/prep'
import { Button } from '@mediation/sidebar/ui/kit/button'
import { useState } from 'preact/hooks'
import { type PageText, when } from './strings'

export interface SignViewProps {
  view: PrepView
  t: PageText
  lang: Language
  busy: boolean
  onAcceptRules: () => void
  onSign: (typedName: string, consent: boolean) => void
  onReceipt: (sigId: string) => void
}

export function SignView({ view, t, lang, busy, onAcceptRules, onSign, onReceipt }: SignViewProps) {
  const [name, setName] = useState('')
  const [consent, setConsent] = useState(false)
  const a = view.agreement
  const current = view.signatures.filter((s) => s.state === 'valid').at(-1)
  const latest = view.signatures.at(-1)
  return (
    <div class="prep-sign">
      {view.rules ? (
        <section class="section" aria-labelledby="rules-h">
          <h3 id="rules-h" class="section-title">
            {t('rulesHeading')}
          </h3>
          <ol class="prep-rules">
            {view.rules.items.map((r) => (
              <li key={r.id}>{pick(r.text, lang)}</li>
            ))}
          </ol>
          {view.rules.acceptedCurrent ? (
            <p class="hint hint-ok" data-testid="rules-accepted">
              {t('rulesAccepted', { version: view.rules.version })}
            </p>
          ) : (
            <Button kind="primary" onClick={onAcceptRules} disabled={busy} testId="rules-accept">
              {t('rulesAccept')}
            </Button>
          )}
        </section>
      ) : null}
      <section class="section" aria-labelledby="atm-h">
        <h3 id="atm-h" class="section-title">
          {t('agreementHeading')}
        </h3>
        <p class="hint hint-muted" data-testid="atm-version">
          {t('agreementVersion', { version: a.version, hash: a.hash.slice(0, 16) })}
        </p>
        <div class="prep-text" data-testid="atm-text">
          {a.text}
        </div>
        {current ? (
          <p class="hint hint-ok" data-testid="signed-valid">
            {t('signedValid', { version: current.version, when: when(current.signedAt, lang) })}
          </p>
        ) : latest ? (
          <p class="hint hint-warn" data-testid="signed-outdated">
            {t('signedOutdated', { version: latest.version, when: when(latest.signedAt, lang) })}
          </p>
        ) : null}
        {!current ? (
          <form
            class="prep-signform"
            onSubmit={(e) => {
              e.preventDefault()
              onSign(name, consent)
            }}
          >
            <div class="field">
              <label for="typed-name">{t('typedName')}</label>
              <input
                id="typed-name"
                type="text"
                autoComplete="name"
                value={name}
                maxLength={200}
                data-testid="sign-name"
                onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
              />
              <span class="hint hint-muted">{t('typedNameHint', { name: view.participant.name })}</span>
            </div>
            <label class="check-item">
              <input
                type="checkbox"
                checked={consent}
                data-testid="sign-consent"
                onChange={(e) => setConsent((e.currentTarget as HTMLInputElement).checked)}
              />
              <span>{t('consent')}</span>
            </label>
            <div class="row">
              <button type="submit" class="btn btn-primary" disabled={busy} data-testid="sign-submit">
                {t('sign')}
              </button>
            </div>
          </form>
        ) : null}
        {view.signatures.length > 0 ? (
          <ul class="list prep-sigs">
            {view.signatures
              .slice()
              .reverse()
              .map((s) => (
                <li key={s.id} class={s.state === 'outdated' ? 'sig-void' : ''}>
                  <span>
                    v{s.version} · {when(s.signedAt, lang)} · {signerName(s)}
                    {s.state === 'outdated' ? <strong> ({t('voided')})</strong> : null}
                  </span>{' '}
                  <Button kind="quiet" onClick={() => onReceipt(s.id)} testId={`receipt-${s.version}`}>
                    {t('receipt')}
                  </Button>
                </li>
              ))}
          </ul>
        ) : null}
      </section>
    </div>
  )
}
