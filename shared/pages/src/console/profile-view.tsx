/**
 * The practice profile: name, practice, MfN register number, rate, cost split, cancellation and platform terms,
 * retention. It fills the agreement to mediate; the server checks every field and the refusals are worded
 * here per field (field-labels.ts).
 */

import { type CostSplit, type MediatorProfile, PROFILE_LIMITS } from '@mediation/core/prep'
import { Select } from '@mediation/sidebar/ui/kit/fields'
import { useEffect, useId, useState } from 'preact/hooks'
import type { ConsoleApi } from './console-api'
import { Field } from './field'
import { type PlainError, plainError } from './plain-error'
import { ProblemBox } from './problem-box'
import type { ConsoleKey, ConsoleText } from './strings'

const SPLIT_KEY: Record<CostSplit, ConsoleKey> = {
  equal: 'profileSplitEqual',
  agreed: 'profileSplitAgreed',
  employer: 'profileSplitEmployer',
}

/** The form's values: numbers as typed, so a half-typed rate is the server's to refuse, not ours to lose. */
type Draft = Omit<MediatorProfile, 'hourlyRate' | 'retentionYears'> & {
  hourlyRate: string
  retentionYears: string
}

const toDraft = (p: MediatorProfile): Draft => ({
  ...p,
  hourlyRate: p.hourlyRate ? String(p.hourlyRate) : '',
  retentionYears: String(p.retentionYears),
})
// An empty or unreadable number goes as NaN → null in JSON, which the server refuses with the field's name.
const number = (v: string) => (v.trim() === '' ? 0 : Number(v.replace(',', '.')))
const toProfile = (d: Draft): MediatorProfile => ({
  ...d,
  hourlyRate: number(d.hourlyRate),
  retentionYears: number(d.retentionYears),
})

export function ProfileView({ api, t }: { api: ConsoleApi; t: ConsoleText }) {
  const [draft, setDraft] = useState<Draft | null>(null)
  const [problem, setProblem] = useState<PlainError | null>(null)
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    let live = true
    api.profile().then(
      (p) => live && setDraft(toDraft(p)),
      (e) => live && setProblem(plainError(e, t)),
    )
    return () => {
      live = false
    }
  }, [api])
  const set = (patch: Partial<Draft>) => {
    setDraft(draft && { ...draft, ...patch })
    setSaved(false)
  }
  const save = async (e: Event) => {
    e.preventDefault()
    if (!draft) return
    setBusy(true)
    setProblem(null)
    try {
      setDraft(toDraft(await api.saveProfile(toProfile(draft))))
      setSaved(true)
    } catch (err) {
      setProblem(plainError(err, t))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section class="console-card" aria-labelledby="profile-h" data-testid="profile">
      <h2 id="profile-h" class="console-h">
        {t('profileHeading')}
      </h2>
      <p class="hint hint-muted">{t('profileIntro')}</p>
      <form class="console-form" onSubmit={(e) => void save(e)} noValidate>
        {draft ? <ProfileFields d={draft} set={set} t={t} /> : problem ? null : <p>{t('loading')}</p>}
        <ProblemBox problem={problem} testId="profile-problem" />
        {saved ? (
          <p role="status" data-testid="profile-saved">
            {t('profileSaved')}
          </p>
        ) : null}
        <button type="submit" class="btn btn-primary" disabled={busy || !draft} data-testid="profile-save">
          {t('profileSave')}
        </button>
      </form>
    </section>
  )
}

function ProfileFields({ d, set, t }: { d: Draft; set: (p: Partial<Draft>) => void; t: ConsoleText }) {
  const vat = useId()
  return (
    <>
      <Field
        label={t('profileMediatorName')}
        value={d.mediatorName}
        onInput={(v) => set({ mediatorName: v })}
        testId="profile-name"
      />
      <Field
        label={t('profilePracticeName')}
        value={d.practiceName}
        onInput={(v) => set({ practiceName: v })}
        testId="profile-practice"
        required={false}
      />
      <Field
        label={t('profileRegisterNumber')}
        hint={t('profileRegisterHint')}
        value={d.registerNumber}
        onInput={(v) => set({ registerNumber: v })}
        testId="profile-register"
        maxLength={20}
        required={false}
      />
      <div class="row">
        <Field
          label={t('profileRate')}
          value={d.hourlyRate}
          onInput={(v) => set({ hourlyRate: v })}
          testId="profile-rate"
          maxLength={10}
          required={false}
        />
        <Field
          label={t('profileRetention')}
          value={d.retentionYears}
          onInput={(v) => set({ retentionYears: v })}
          testId="profile-retention"
          maxLength={3}
        />
      </div>
      <label class="check-item" for={vat}>
        <input
          id={vat}
          type="checkbox"
          checked={d.rateIncludesVat}
          onChange={(e) => set({ rateIncludesVat: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('profileVat')}</span>
      </label>
      <Select
        label={t('profileSplit')}
        value={d.costSplit}
        onChange={(v) => set({ costSplit: v })}
        testId="profile-split"
        options={(Object.keys(SPLIT_KEY) as CostSplit[]).map((k) => ({ value: k, label: t(SPLIT_KEY[k]) }))}
      />
      <Terms
        labels={[t('profileCancellationNl'), t('profileCancellationEn')]}
        value={d.cancellationTerms}
        onInput={(v) => set({ cancellationTerms: v })}
        testId="profile-cancellation"
      />
      <Terms
        labels={[t('profilePlatformNl'), t('profilePlatformEn')]}
        hint={t('profilePlatformHint')}
        value={d.platformTerms}
        onInput={(v) => set({ platformTerms: v })}
        testId="profile-platform"
      />
    </>
  )
}

/** A practice's own terms in Dutch and in English, one textarea each. */
function Terms(props: {
  labels: [string, string]
  hint?: string
  value: { nl: string; en: string }
  onInput: (v: { nl: string; en: string }) => void
  testId: string
}) {
  const id = useId()
  return (
    <>
      {(['nl', 'en'] as const).map((l, i) => (
        <div key={l} class="field">
          <label for={`${id}-${l}`}>{props.labels[i]}</label>
          <textarea
            id={`${id}-${l}`}
            rows={3}
            maxLength={PROFILE_LIMITS.terms}
            value={props.value[l]}
            data-testid={`${props.testId}-${l}`}
            onInput={(e) =>
              props.onInput({ ...props.value, [l]: (e.currentTarget as HTMLTextAreaElement).value })
            }
          />
          {props.hint && l === 'nl' ? <span class="field-hint">{props.hint}</span> : null}
        </div>
      ))}
    </>
  )
}
