/**
 * SIGN-16: one signing ceremony for the settlement (sidebar, agreement page) and the agreement to mediate
 * (preparation page). A button opens it; the signer types their full name and ticks an explicit consent; a
 * confirming step says what is signed and under which name (the invitation's); only then is it sent. The
 * server decides whether the typed name is the invitation's (SIGN-16, PREP-2); its refusal, worded by code, is
 * shown next to the field it concerns, which gets the focus. An empty name or an unticked consent is caught here.
 */
import { textIn } from '@mediation/core/i18n'
import type { Language } from '@mediation/protocol'
import { useEffect, useRef, useState } from 'preact/hooks'
import { en, nl } from './sign-words'

/** Where a refusal belongs: beside the name, beside the consent, or under the step. */
export interface SignRefusal {
  field: 'name' | 'consent' | 'other'
  message: string
}

export interface SignCeremonyProps {
  lang: Language
  /** The opening button, e.g. 'Sign “Concept 2”'. */
  label: string
  /** What is signed, as the confirming step names it. */
  what: string
  /** The signer's name as on the invitation. */
  inviteName: string
  /** The consent sentence for what is signed. */
  consent: string
  /** Sends the signature; resolves null when it is recorded, else the refusal to show. */
  onSign: (typedName: string) => Promise<SignRefusal | null>
  /** Button classes of the page the ceremony sits on. */
  buttons?: { primary: string; secondary: string }
  testId?: string
}

/** The field a refusal code belongs beside: the settlement's rules and the agreement to mediate's codes. */
export function signField(code: string | null | undefined): SignRefusal['field'] {
  if (code === 'SIGN-16' || code === 'prep/name-mismatch' || code === 'prep/name-empty') return 'name'
  if (code === 'SIGN-17' || code === 'prep/no-consent') return 'consent'
  return 'other'
}

/** A failed signing as the ceremony shows it: the page's wording beside the field the refusal's code names. */
export function signRefusal(code: string | undefined, said: string | null, lang: Language): SignRefusal {
  return { field: signField(code), message: said ?? textIn(lang, { en, nl })('failed') }
}

const SIDEBAR_BUTTONS = { primary: 'btn btn-primary', secondary: 'btn btn-secondary' }

export function SignCeremony(p: SignCeremonyProps) {
  const t = textIn(p.lang, { en, nl })
  const b = p.buttons ?? SIDEBAR_BUTTONS
  const id = p.testId ?? 'sign'
  const [step, setStep] = useState<'closed' | 'form' | 'confirm' | 'sending'>('closed')
  const [name, setName] = useState('')
  const [consent, setConsent] = useState(false)
  const [refusal, setRefusal] = useState<SignRefusal | null>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const consentRef = useRef<HTMLInputElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (step === 'form' && refusal?.field === 'consent') consentRef.current?.focus()
    else if (step === 'form') nameRef.current?.focus()
    else if (step === 'confirm') confirmRef.current?.focus()
  }, [step, refusal])

  if (step === 'closed')
    return (
      <button type="button" class={b.primary} data-testid={`${id}-open`} onClick={() => setStep('form')}>
        {p.label}
      </button>
    )
  const next = (e: Event) => {
    e.preventDefault()
    if (!name.trim()) return setRefusal({ field: 'name', message: t('nameEmpty') })
    if (!consent) return setRefusal({ field: 'consent', message: t('noConsent') })
    setRefusal(null)
    setStep('confirm')
  }
  const send = async () => {
    setStep('sending')
    const refused = await p.onSign(name.trim())
    if (!refused) return setStep('closed')
    setRefusal(refused)
    setStep(refused.field === 'other' ? 'confirm' : 'form')
  }
  const error = (field: SignRefusal['field']) =>
    refusal?.field === field ? (
      <p class="sc-error" id={`${id}-${field}-error`} role="alert" data-testid={`${id}-error-${field}`}>
        {refusal.message}
      </p>
    ) : null
  const described = (field: SignRefusal['field']) =>
    refusal?.field === field ? `${id}-${field}-error` : undefined
  if (step === 'form')
    return (
      <form class="sc" data-testid={`${id}-form`} onSubmit={next} noValidate>
        <div class="sc-field">
          <label for={`${id}-name`}>{t('typedName')}</label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            type="text"
            autoComplete="name"
            value={name}
            maxLength={200}
            aria-invalid={refusal?.field === 'name'}
            aria-describedby={described('name') ?? `${id}-name-hint`}
            data-testid={`${id}-name`}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <span class="sc-hint" id={`${id}-name-hint`}>
            {t('typedNameHint', { name: p.inviteName })}
          </span>
          {error('name')}
        </div>
        <label class="sc-check">
          <input
            ref={consentRef}
            type="checkbox"
            checked={consent}
            aria-invalid={refusal?.field === 'consent'}
            aria-describedby={described('consent')}
            data-testid={`${id}-consent`}
            onChange={(e) => setConsent(e.currentTarget.checked)}
          />
          <span>{p.consent}</span>
        </label>
        {error('consent')}
        <div class="sc-row">
          <button type="submit" class={b.primary} data-testid={`${id}-next`}>
            {t('next')}
          </button>
          <button
            type="button"
            class={b.secondary}
            data-testid={`${id}-cancel`}
            onClick={() => setStep('closed')}
          >
            {t('cancel')}
          </button>
        </div>
      </form>
    )
  return (
    <div class="sc" data-testid={`${id}-confirm-step`}>
      <p class="sc-review">{t('review', { what: p.what, name: p.inviteName })}</p>
      {error('other')}
      <div class="sc-row">
        <button
          type="button"
          ref={confirmRef}
          class={b.primary}
          disabled={step === 'sending'}
          data-testid={`${id}-confirm`}
          onClick={() => void send()}
        >
          {step === 'sending' ? t('busy') : t('confirm')}
        </button>
        <button
          type="button"
          class={b.secondary}
          disabled={step === 'sending'}
          data-testid={`${id}-back`}
          onClick={() => setStep('form')}
        >
          {t('back')}
        </button>
      </div>
    </div>
  )
}
