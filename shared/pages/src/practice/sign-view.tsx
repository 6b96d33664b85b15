/** Ground rules to accept and the agreement to mediate to sign through the one ceremony (SIGN-16), bound to the hash. */

import type { Language } from '@mediation/core/domain'
import { type PrepView, pick, signerName } from '@mediation/core/prep'
import { Button } from '@mediation/sidebar/ui/kit/button'
import { SignCeremony, type SignRefusal } from '@mediation/sidebar/ui/kit/sign-ceremony'
import { type PageText, when } from './strings'

export interface SignViewProps {
  view: PrepView
  t: PageText
  lang: Language
  busy: boolean
  onAcceptRules: () => void
  /** SIGN-16/PREP-2: signs with the typed name; resolves null when stored, else the refusal beside its field. */
  onSign: (typedName: string) => Promise<SignRefusal | null>
  onReceipt: (sigId: string) => void
}

export function SignView({ view, t, lang, busy, onAcceptRules, onSign, onReceipt }: SignViewProps) {
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
          <SignCeremony
            lang={lang}
            label={t('sign')}
            what={t('agreementHeading')}
            inviteName={view.participant.name}
            consent={t('consent')}
            onSign={onSign}
            testId="sign"
          />
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
