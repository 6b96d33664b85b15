/** The individual intake questionnaire; answers go to the mediator only. */

import type { Language } from '@mediation/core/domain'
import {
  type IntakeAnswers,
  type IntakeQuestion,
  type IntakeRecord,
  pick,
  questionLabel,
} from '@mediation/core/prep'
import { useState } from 'preact/hooks'
import { type PageText, when } from './strings'

export interface IntakeViewProps {
  questions: IntakeQuestion[]
  saved: IntakeRecord | null
  t: PageText
  lang: Language
  busy: boolean
  /** Paths (`answers.<id>`) the server refused. */
  invalid: string[]
  onSubmit: (answers: IntakeAnswers) => void
}

export function IntakeView({ questions, saved, t, lang, busy, invalid, onSubmit }: IntakeViewProps) {
  // Answers to questions the mediator has since removed are dropped, or the server would refuse the form.
  const [answers, setAnswers] = useState<IntakeAnswers>(() =>
    Object.fromEntries(
      Object.entries(saved?.answers ?? {}).filter(([id]) => questions.some((q) => q.id === id)),
    ),
  )
  const set = (id: string, v: string) => setAnswers({ ...answers, [id]: v })
  const missing = questions.filter((q) => q.required && !answers[q.id]?.trim())
  return (
    <form
      class="prep-intake"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit(answers)
      }}
    >
      <p class="hint hint-muted">{t('intakeIntro')}</p>
      {questions.map((q, i) => {
        const id = `q-${q.id}`
        const bad = invalid.includes(`answers.${q.id}`)
        const label = (
          <>
            {i + 1}. {questionLabel(q, lang)}
            {q.required ? <span class="req"> ({t('required')})</span> : null}
          </>
        )
        return (
          <div key={q.id} class={`field${bad ? ' field-invalid' : ''}`} data-testid={`intake-${q.id}`}>
            {q.kind === 'yesno' ? (
              <fieldset class="plain">
                <legend>{label}</legend>
                {(['yes', 'no'] as const).map((v) => (
                  <label key={v} class="check-item">
                    <input
                      type="radio"
                      name={id}
                      value={v}
                      checked={answers[q.id] === v}
                      onChange={() => set(q.id, v)}
                    />
                    <span>{t(v)}</span>
                  </label>
                ))}
              </fieldset>
            ) : q.kind === 'choice' ? (
              <>
                <label for={id}>{label}</label>
                <select
                  id={id}
                  value={answers[q.id] ?? ''}
                  onChange={(e) => set(q.id, (e.currentTarget as HTMLSelectElement).value)}
                >
                  <option value="">{t('choose')}</option>
                  {(q.options ?? []).map((o) => (
                    <option key={o.id} value={o.id}>
                      {pick(o.label, lang)}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <>
                <label for={id}>{label}</label>
                <textarea
                  id={id}
                  rows={3}
                  maxLength={4000}
                  value={answers[q.id] ?? ''}
                  onInput={(e) => set(q.id, (e.currentTarget as HTMLTextAreaElement).value)}
                />
              </>
            )}
          </div>
        )
      })}
      {missing.length > 0 ? (
        <p class="hint hint-warn">
          {t('intakeMissing', { list: missing.map((q) => questions.indexOf(q) + 1).join(', ') })}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="intake-submit">
          {t('submitIntake')}
        </button>
      </div>
      {saved ? (
        <p class="hint hint-ok" role="status" data-testid="intake-saved" data-at={saved.submittedAt}>
          {t('intakeSaved', { when: when(saved.submittedAt, lang) })}
        </p>
      ) : null}
    </form>
  )
}
