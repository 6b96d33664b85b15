/**
 * COACH-7: the coaching plan on the invite page, for the client between sessions: goals with their progress
 * across the trajectory (and this session's score to set), open action points with their due dates (overdue
 * marked) to tick off, what was done, and the tips or homework. Every change goes through the server's checks.
 */
import type { CoachingItem } from '@mediation/core/coaching'
import type { CoachingView, Language } from '@mediation/protocol'
import { ApiRequestError, type Call } from '@mediation/sidebar/client'
import { sidebarKey } from '@mediation/sidebar/ui/i18n/error-keys'
import type { Translate } from '@mediation/sidebar/ui/i18n/i18n'
import { dueDate, isOverdue } from '@mediation/sidebar/ui/views/due-date'
import { useEffect, useState } from 'preact/hooks'
import { ProgressRow } from '../coaching/progress-row'
import '../coaching/progress.css'

export function BetweenSessions(p: { t: Translate; lang: Language; call: Call; sessionId: string }) {
  const { t, call } = p
  const base = `/api/sessions/${encodeURIComponent(p.sessionId)}`
  const [view, setView] = useState<CoachingView | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const load = () =>
    call<CoachingView>('GET', `${base}/coaching`).then(setView, (e: unknown) => setProblem(worded(e, t)))
  useEffect(() => void load(), [p.sessionId])
  const act = async (fn: () => Promise<unknown>) => {
    setProblem(null)
    try {
      await fn()
    } catch (e) {
      setProblem(worded(e, t))
    }
    await load()
  }
  if (!view)
    return problem ? (
      <p class="error" role="alert">
        {problem}
      </p>
    ) : null
  const goals = view.items.filter((i) => i.kind === 'goal')
  const actions = view.items.filter((i) => i.kind === 'action')
  const tips = view.items.filter((i) => i.kind === 'tip')
  const tick = (i: CoachingItem, done: boolean) =>
    act(() => call('POST', `${base}/commands`, { type: 'tickAction', id: i.id, done }))
  const score = (goalId: string, value: number) =>
    act(() => call('PUT', `${base}/coaching/progress`, { goalId, score: value }))
  return (
    <section class="join-plan" aria-labelledby="plan-h" data-testid="between-sessions">
      <h3 id="plan-h">{t('plan.between')}</h3>
      <p class="hint">{t('plan.betweenIntro')}</p>
      <p class="hint hint-muted" data-testid="plan-now">
        {t('plan.now', { n: view.current })}
      </p>
      {problem ? (
        <p class="error" role="alert" data-testid="plan-problem">
          {problem}
        </p>
      ) : null}
      <h4>{t('plan.goals')}</h4>
      {goals.length === 0 ? <p class="hint hint-muted">{t('plan.noGoals')}</p> : null}
      <ul class="list">
        {goals.map((g) => (
          <li key={g.id} class="card" data-testid="between-goal">
            <strong>{g.text}</strong>
            <span class="hint">{t('plan.scores')}</span>
            <ProgressRow
              scores={view.progress[g.id] ?? {}}
              sessions={view.sessions}
              sessionLabel={(n) => t('plan.session', { n })}
              noScore={t('plan.noScore')}
              testId="between-progress"
            />
            <ScoreForm t={t} goal={g} current={view.progress[g.id]?.[String(view.current)]} onScore={score} />
          </li>
        ))}
      </ul>
      <h4>{t('plan.openActions')}</h4>
      {actions.length === 0 ? <p class="hint hint-muted">{t('plan.noActions')}</p> : null}
      <ul class="list" data-testid="between-actions">
        {actions.map((a) => (
          <li key={a.id} class={`card ${a.done ? 'is-done' : ''}`} data-testid="between-action">
            <label class="check">
              <input
                type="checkbox"
                checked={a.done}
                aria-label={t('plan.done', { text: a.text })}
                onChange={(e) => void tick(a, (e.currentTarget as HTMLInputElement).checked)}
              />
              <span>{a.text}</span>
            </label>
            {a.due ? <span class="hint"> {t('plan.dueOn', { date: dueDate(a.due, p.lang) })}</span> : null}
            {isOverdue(a.due, a.done, new Date()) ? (
              <span class="badge badge-warn" data-testid="overdue">
                {t('plan.overdue')}
              </span>
            ) : null}
            {a.done && a.doneIn ? <span class="hint"> · {t('plan.doneIn', { n: a.doneIn })}</span> : null}
          </li>
        ))}
      </ul>
      <h4>{t('plan.tips')}</h4>
      {tips.length === 0 ? <p class="hint hint-muted">{t('plan.noTips')}</p> : null}
      <ul class="list" data-testid="between-tips">
        {tips.map((x) => (
          <li key={x.id} class="card">
            {x.text}
          </li>
        ))}
      </ul>
    </section>
  )
}

function ScoreForm(p: {
  t: Translate
  goal: CoachingItem
  current: number | undefined
  onScore: (goalId: string, score: number) => Promise<void>
}) {
  const [value, setValue] = useState(p.current === undefined ? '' : String(p.current))
  const id = `score-${p.goal.id}`
  return (
    <form
      class="row"
      onSubmit={(e) => {
        e.preventDefault()
        if (value !== '') void p.onScore(p.goal.id, Number(value))
      }}
    >
      <label for={id}>{p.t('plan.score', { text: p.goal.text })}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={10}
        step={1}
        inputMode="numeric"
        value={value}
        data-testid="score-input"
        onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" class="btn" data-testid="score-save">
        {p.t('plan.scoreSave')}
      </button>
      {p.current !== undefined ? (
        <span class="hint" data-testid="score-saved">
          {p.t('plan.scoreSaved', { score: p.current })}
        </span>
      ) : null}
    </form>
  )
}

/** A refusal in the reader's words (its code's sentence), never the server's English. */
function worded(e: unknown, t: Translate): string {
  const key = e instanceof ApiRequestError ? sidebarKey(e.status, e.body.code) : null
  return t(key ?? 'error.generic')
}
