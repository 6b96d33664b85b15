/** The mediator's side of "before the session": readiness, intake answers, intake questions and the agreement text. */

import type { Language } from '@mediation/core/domain'
import {
  type AgreementText,
  askedQuestions,
  defaultIntakeQuestions,
  type IntakeOverview,
  type IntakeQuestion,
  pick,
  questionLabel,
  type ReadinessResponse,
  safetyFlags,
} from '@mediation/core/prep'
import type { PlannedMeeting, SessionKind } from '@mediation/protocol'
import { Button } from '@mediation/sidebar/ui/kit/button'
import { useEffect, useState } from 'preact/hooks'
import type { PrepApi } from './prep-api'
import { ReadinessView } from './readiness-view'
import { ScheduleList } from './schedule-list'
import { pageText, when } from './strings'

export interface MediatorViewProps {
  api: PrepApi
  sessionId: string
  lang: Language
  /** A coaching session's page speaks of the coach and the client (COACH-5). */
  kind: SessionKind
  /** The secretariat sees readiness only. */
  readinessOnly: boolean
  onError: (e: unknown) => void
}

export function MediatorView({ api, sessionId, lang, kind, readinessOnly, onError }: MediatorViewProps) {
  const t = pageText(lang, kind)
  const [readiness, setReadiness] = useState<ReadinessResponse | null>(null)
  const [schedule, setSchedule] = useState<PlannedMeeting[] | null>(null)
  const [intake, setIntake] = useState<IntakeOverview | null>(null)
  const [text, setText] = useState<AgreementText | null>(null)
  const [templates, setTemplates] = useState<Record<Language, string> | null>(null)
  const [outgrown, setOutgrown] = useState(false)
  const load = async () => {
    try {
      setReadiness(await api.readiness(sessionId))
      setSchedule((await api.schedule(sessionId)).schedule)
      if (!readinessOnly) {
        setIntake(await api.intakeOverview(sessionId))
        const agreement = await api.agreement(sessionId)
        setText(agreement.current)
        setTemplates(agreement.templates)
        setOutgrown(!agreement.followsTemplate)
      }
    } catch (e) {
      onError(e)
    }
  }
  useEffect(() => void load(), [sessionId])
  const names = Object.fromEntries((readiness?.participants ?? []).map((p) => [p.participantId, p.name]))
  return (
    <div class="prep-mediator">
      {intake ? <SafetyFlags overview={intake} names={names} lang={lang} /> : null}
      <section class="section" aria-labelledby="ready-h">
        <div class="row">
          <h3 id="ready-h" class="section-title">
            {t('readiness')}
          </h3>
          <Button kind="quiet" onClick={() => void load()} testId="readiness-refresh">
            {t('refresh')}
          </Button>
        </div>
        {readiness ? (
          <ReadinessView readiness={readiness} lang={lang} kind={kind} />
        ) : (
          <p class="hint">{t('loading')}</p>
        )}
        {schedule ? <ScheduleList schedule={schedule} lang={lang} kind={kind} /> : null}
        {readinessOnly ? <p class="hint hint-muted">{t('secretariatNote')}</p> : null}
      </section>
      {intake ? <Answers overview={intake} names={names} lang={lang} /> : null}
      {intake ? (
        <QuestionsEditor
          key={JSON.stringify(intake.questions)}
          questions={intake.questions}
          lang={lang}
          kind={kind}
          onSave={async (qs) => {
            try {
              await api.saveQuestions(sessionId, qs)
              await load()
            } catch (e) {
              onError(e)
            }
          }}
        />
      ) : null}
      {text && templates ? (
        <TextEditor
          key={text.hash}
          current={text}
          templates={templates}
          outgrown={outgrown}
          lang={lang}
          kind={kind}
          onSave={async (language, body) => {
            try {
              setText(await api.saveAgreement(sessionId, language, body))
              setReadiness(await api.readiness(sessionId))
            } catch (e) {
              onError(e)
            }
          }}
        />
      ) : null}
    </div>
  )
}

/** PREP-7: answers to safety questions, above everything else, for the mediator only (the secretariat loads no intake). */
function SafetyFlags(p: { overview: IntakeOverview; names: Record<string, string>; lang: Language }) {
  const t = pageText(p.lang)
  const flags = safetyFlags(p.overview.questions, p.overview.answers)
  if (flags.length === 0) return null
  return (
    <section class="section safety-flags" role="alert" data-testid="safety-flags">
      <h3 class="section-title">{t('safetyHeading')}</h3>
      <ul class="list">
        {flags.map((f) => {
          const q = p.overview.questions.find((x) => x.id === f.questionId)
          return (
            <li key={`${f.participantId}-${f.questionId}`} class="card" data-testid="safety-flag">
              <strong>{p.names[f.participantId] ?? f.participantId}</strong>
              <span class="hint">{q ? questionLabel(q, p.lang) : f.questionId}</span>
              <span>{q?.kind === 'yesno' ? t('yes') : f.answer}</span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function Answers({
  overview,
  names,
  lang,
}: {
  overview: IntakeOverview
  names: Record<string, string>
  lang: Language
}) {
  const t = pageText(lang)
  const records = Object.values(overview.answers)
  return (
    <section class="section" aria-labelledby="answers-h">
      <h3 id="answers-h" class="section-title">
        {t('answersHeading')}
      </h3>
      {records.length === 0 ? <p class="hint hint-muted">{t('noAnswers')}</p> : null}
      {records.map((r) => (
        <details key={r.participantId} class="card" data-testid={`answers-${r.participantId}`}>
          <summary>
            {names[r.participantId] ?? r.participantId} · {when(r.submittedAt, lang)}
          </summary>
          <dl class="answers">
            {askedQuestions(overview.questions, r.answers).map((q) => {
              const a = r.answers[q.id]
              const shown = !a
                ? '—'
                : q.kind === 'yesno'
                  ? t(a === 'yes' ? 'yes' : 'no')
                  : q.kind === 'choice'
                    ? pick(q.options?.find((o) => o.id === a)?.label ?? { nl: a, en: a }, lang)
                    : a
              return [<dt key={`${q.id}-q`}>{questionLabel(q, lang)}</dt>, <dd key={`${q.id}-a`}>{shown}</dd>]
            })}
          </dl>
        </details>
      ))}
    </section>
  )
}

function QuestionsEditor({
  questions,
  lang,
  kind,
  onSave,
}: {
  questions: IntakeQuestion[]
  lang: Language
  kind: SessionKind
  onSave: (q: IntakeQuestion[]) => void
}) {
  const t = pageText(lang, kind)
  const [qs, setQs] = useState(questions)
  const edit = (i: number, l: 'nl' | 'en', v: string) =>
    setQs(qs.map((q, j) => (j === i ? { ...q, label: { ...q.label, [l]: v } } : q)))
  return (
    <details class="section">
      <summary class="section-title">{t('questionsHeading')}</summary>
      {qs.map((q, i) => (
        <div key={q.id} class="card">
          {(['nl', 'en'] as const).map((l) => (
            <div key={l} class="field">
              <label for={`qe-${q.id}-${l}`}>
                {t(l === 'nl' ? 'questionNl' : 'questionEn', { n: i + 1 })}
              </label>
              <input
                id={`qe-${q.id}-${l}`}
                type="text"
                value={q.label[l]}
                maxLength={1000}
                onInput={(e) => edit(i, l, (e.currentTarget as HTMLInputElement).value)}
              />
            </div>
          ))}
          <Button kind="quiet" onClick={() => setQs(qs.filter((_, j) => j !== i))}>
            {t('removeQuestion', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <div class="row">
        <Button
          onClick={() =>
            setQs([
              ...qs,
              { id: `q${Date.now().toString(36)}`, kind: 'text', required: false, label: { nl: '', en: '' } },
            ])
          }
        >
          {t('addQuestion')}
        </Button>
        <Button kind="quiet" onClick={() => setQs(defaultIntakeQuestions(kind))}>
          {t('restoreQuestions')}
        </Button>
        <Button kind="primary" onClick={() => onSave(qs)} testId="questions-save">
          {t('saveQuestions')}
        </Button>
      </div>
    </details>
  )
}

function TextEditor({
  current,
  templates,
  outgrown,
  lang,
  kind,
  onSave,
}: {
  current: AgreementText
  /** The template filled for this session (parties, profile, today's date), per language. */
  templates: Record<Language, string>
  /** The signed default no longer matches what fills it (a party invited later, the profile changed). */
  outgrown: boolean
  lang: Language
  kind: SessionKind
  onSave: (l: Language, text: string) => void
}) {
  const t = pageText(lang, kind)
  const [language, setLanguage] = useState<Language>(current.language)
  const [body, setBody] = useState(current.text)
  return (
    <details class="section">
      <summary class="section-title">{t('textHeading')}</summary>
      <p class="hint hint-muted">
        {t('agreementVersion', { version: current.version, hash: current.hash.slice(0, 16) })}
      </p>
      {outgrown ? (
        <p class="hint hint-warn" role="note" data-testid="atm-outgrown">
          {t('textOutgrown')}
        </p>
      ) : null}
      <div class="row">
        <Button
          kind="quiet"
          onClick={() => {
            setLanguage('nl')
            setBody(templates.nl)
          }}
        >
          {t('templateNl')}
        </Button>
        <Button
          kind="quiet"
          onClick={() => {
            setLanguage('en')
            setBody(templates.en)
          }}
        >
          {t('templateEn')}
        </Button>
      </div>
      <div class="field">
        <label for="atm-edit">
          {t('textHeading')} ({language.toUpperCase()})
        </label>
        <textarea
          id="atm-edit"
          rows={16}
          value={body}
          data-testid="atm-edit"
          onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <Button kind="primary" onClick={() => onSave(language, body)} testId="atm-save">
        {t('saveText')}
      </Button>
    </details>
  )
}
