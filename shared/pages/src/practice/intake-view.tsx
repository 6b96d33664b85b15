/** The individual intake questionnaire; answers go to the mediator only. */

import type { Language } from '@mediation/core/domain'
import {
  askedQuestions,
  type IntakeAnswers,
  type IntakeQuestion,
  isSafetyQuestion,
  type OwnIntake,
  pick,
  questionLabel,
} from '@mediation/core/prep'
import { useState } from 'preact/hooks'
import { type PageText, when } from './strings'

export interface IntakeViewProps {
  questions: IntakeQuestion[]
  saved: OwnIntake | null
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
  // A question whose condition is not met is not shown, and its earlier answer is not sent.
  const asked = askedQuestions(questions, answers)
  const missing = asked.filter((q) => q.required && !answers[q.id]?.trim())
  return (
    <form
      class="prep-intake"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit(Object.fromEntries(asked.flatMap((q) => (q.id in answers ? [[q.id, answers[q.id]!]] : []))))
      }}
    >
      <p class="hint hint-muted">{t('intakeIntro')}</p>
      {asked.map((q, i) => {
        const id = `q-${q.id}`
        const bad = invalid.includes(`answers.${q.id}`)
        const purpose = q.purpose ? (
          <p class="hint hint-muted intake-purpose" id={`${id}-purpose`} data-testid={`purpose-${q.id}`}>
            {pick(q.purpose, lang)}
          </p>
        ) : null
        const describedBy = q.purpose ? `${id}-purpose` : undefined
        const notice =
          q.notice && answers[q.id] === q.notice.answer ? (
            <p class="hint hint-warn" role="note" data-testid={`notice-${q.id}`}>
              {pick(q.notice.text, lang)}
            </p>
          ) : null
        const label = (
          <>
            {i + 1}. {questionLabel(q, lang)}
            {q.required ? <span class="req"> ({t('required')})</span> : null}
          </>
        )
        // SAFETY-1/2: the screening starts with its own heading; an answer sent is never shown here again.
        const firstSafety = isSafetyQuestion(q) && !asked.slice(0, i).some(isSafetyQuestion)
        const hidden = isSafetyQuestion(q) && saved?.safetyAnswered?.includes(q.id) && !answers[q.id]
        return (
          <div key={q.id} class={`field${bad ? ' field-invalid' : ''}`} data-testid={`intake-${q.id}`}>
            {firstSafety ? (
              <p class="hint safety-intro" data-testid="safety-intro">
                {t('safetyIntro')}
              </p>
            ) : null}
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
            ) : q.kind === 'phone' ? (
              <>
                <label for={id}>{label}</label>
                <input
                  id={id}
                  type="tel"
                  autocomplete="tel"
                  inputMode="tel"
                  maxLength={40}
                  aria-describedby={describedBy}
                  value={answers[q.id] ?? ''}
                  onInput={(e) => set(q.id, (e.currentTarget as HTMLInputElement).value)}
                />
              </>
            ) : (
              <>
                <label for={id}>{label}</label>
                <textarea
                  id={id}
                  rows={3}
                  maxLength={4000}
                  aria-describedby={describedBy}
                  value={answers[q.id] ?? ''}
                  onInput={(e) => set(q.id, (e.currentTarget as HTMLTextAreaElement).value)}
                />
              </>
            )}
            {hidden ? (
              <p class="hint hint-ok" data-testid={`safety-answered-${q.id}`}>
                {t('safetyAnswered')}
              </p>
            ) : null}
            {purpose}
            {notice}
            {bad && q.kind === 'phone' ? <p class="hint hint-warn">{t('phoneInvalid')}</p> : null}
          </div>
        )
      })}
      {missing.length > 0 ? (
        <p class="hint hint-warn">
          {t('intakeMissing', { list: missing.map((q) => asked.indexOf(q) + 1).join(', ') })}
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
