/** The participant's page: practice, intake, ground rules and agreement to mediate, as three steps. */

import type { Language } from '@mediation/core/domain'
import type { IntakeAnswers, PrepView } from '@mediation/core/prep'
import { isIntakeComplete } from '@mediation/core/prep'
// The download helper alone: the client index would bring the sync stack into this page.
import { saveBlob } from '@mediation/sidebar/client/download'
import { signField } from '@mediation/sidebar/ui/kit/sign-ceremony'
import { useMemo, useState } from 'preact/hooks'
import { describeError, type PageError } from './errors'
import { IntakeView } from './intake-view'
import { createPracticeModel } from './practice-model'
import { PracticeView } from './practice-view'
import type { PrepApi } from './prep-api'
import { SignView } from './sign-view'
import { pageText } from './strings'

type Step = 'practice' | 'intake' | 'agreement'

export function ParticipantApp({ api, initial, lang }: { api: PrepApi; initial: PrepView; lang: Language }) {
  const kind = initial.session.kind
  const t = pageText(lang, kind)
  const [view, setView] = useState(initial)
  const [step, setStep] = useState<Step>('practice')
  const [error, setError] = useState<PageError | null>(null)
  const [busy, setBusy] = useState(false)
  const [savedAt, setSavedAt] = useState<string | null>(null)
  const sid = view.session.id
  const model = useMemo(
    () =>
      createPracticeModel({
        ticket: async () => (await api.ticket(sid)).ticket,
        iceServers: initial.iceServers,
        deviceName: (kind, n) =>
          t('deviceN', {
            kind: t(kind === 'cameras' ? 'camera' : kind === 'microphones' ? 'microphone' : 'speaker'),
            n,
          }),
      }),
    [],
  )
  const act = async (fn: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await fn()
      setView(await api.view(sid))
    } catch (e) {
      setError(describeError(e, lang, kind))
      // A refusal may mean the text changed meanwhile: show the current state.
      setView(await api.view(sid).catch(() => view))
    } finally {
      setBusy(false)
    }
  }
  const done: Record<Step, boolean> = {
    practice: view.practice.length > 0,
    intake: isIntakeComplete(view.questions, view.answers?.answers ?? null),
    agreement: view.signatures.some((s) => s.state === 'valid') && (view.rules?.acceptedCurrent ?? true),
  }
  const steps: Step[] = view.intakeApplies ? ['practice', 'intake', 'agreement'] : ['practice']
  const stepLabel = { practice: t('stepPractice'), intake: t('stepIntake'), agreement: t('stepAgreement') }
  return (
    <>
      <nav class="prep-steps" aria-label={t('title')}>
        {steps.map((s, i) => (
          <button
            key={s}
            type="button"
            class="prep-step"
            aria-current={step === s ? 'step' : undefined}
            data-testid={`step-${s}`}
            onClick={() => setStep(s)}
          >
            <span class="prep-step-n">{i + 1}</span> {stepLabel[s]}{' '}
            <span class={`badge ${done[s] ? 'badge-ok' : 'badge-warn'}`}>
              {done[s] ? `✓ ${t('done')}` : t('todo')}
            </span>
          </button>
        ))}
      </nav>
      {error ? (
        <p class="error" role="alert" data-testid="page-error" data-code={error.code ?? ''}>
          {error.text}
        </p>
      ) : null}
      {step === 'practice' ? (
        <PracticeView
          model={model}
          t={t}
          lang={lang}
          history={view.practice}
          savedAt={savedAt}
          saving={busy}
          meetingHref={`/jitsi/?practice=1&lang=${lang}`}
          onSave={() => void act(async () => setSavedAt((await api.savePractice(sid, model.summary())).at))}
        />
      ) : step === 'intake' ? (
        <IntakeView
          questions={view.questions}
          saved={view.answers}
          t={t}
          lang={lang}
          busy={busy}
          invalid={error?.paths ?? []}
          onSubmit={(answers: IntakeAnswers) =>
            void act(async () => void (await api.saveIntake(sid, answers)))
          }
        />
      ) : (
        <SignView
          view={view}
          t={t}
          lang={lang}
          busy={busy}
          onAcceptRules={() =>
            void act(
              async () =>
                void (view.rules && (await api.acceptRules(sid, view.rules.version, view.rules.hash))),
            )
          }
          onSign={async (typedName) => {
            // The refusal goes beside its field in the ceremony, not to the top of the page (SIGN-16).
            try {
              await api.sign(sid, { typedName, consent: true, textHash: view.agreement.hash })
              setView(await api.view(sid))
              return null
            } catch (e) {
              const said = describeError(e, lang, kind)
              setView(await api.view(sid).catch(() => view))
              return { field: signField(said.code), message: said.text }
            }
          }}
          onReceipt={(sigId) =>
            void act(async () => saveBlob(await api.receipt(sid, sigId, lang), `receipt-${sigId}.pdf`))
          }
        />
      )}
    </>
  )
}
