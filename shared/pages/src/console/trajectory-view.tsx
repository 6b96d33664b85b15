/**
 * COACH-6: the coaching trajectory on the console's session page: the sessions so far with their dates, each
 * goal's progress across them, what is still open, and "begin the next session" (the plan carries over).
 */
import type { CoachingView, Language } from '@mediation/protocol'
import { useEffect, useState } from 'preact/hooks'
import { ProgressRow } from '../coaching/progress-row'
import '../coaching/progress.css'
import type { ConsoleApi } from './console-api'
import { type PlainError, plainError } from './plain-error'
import { ProblemBox } from './problem-box'
import { type ConsoleText, when } from './strings'

export interface TrajectoryViewProps {
  sessionId: string
  api: ConsoleApi
  lang: Language
  t: ConsoleText
}

export function TrajectoryView({ sessionId, api, lang, t }: TrajectoryViewProps) {
  const [view, setView] = useState<CoachingView | null>(null)
  const [problem, setProblem] = useState<PlainError | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<number | null>(null)
  const load = () => api.coaching(sessionId).then(setView, (e) => setProblem(plainError(e, t)))
  useEffect(() => {
    setView(null)
    void load()
  }, [sessionId, api])
  const next = async () => {
    setBusy(true)
    setProblem(null)
    try {
      setDone((await api.nextCoachingSession(sessionId)).current)
      await load()
    } catch (e) {
      setProblem(plainError(e, t))
    } finally {
      setBusy(false)
    }
  }
  const goals = view?.items.filter((i) => i.kind === 'goal') ?? []
  const open = view?.items.filter((i) => i.kind === 'action' && !i.done).length ?? 0
  return (
    <section class="console-card" aria-labelledby="trajectory-h" data-testid="trajectory">
      <h2 id="trajectory-h" class="console-h">
        {t('coachSeriesHeading')}
      </h2>
      <ProblemBox problem={problem} testId="trajectory-problem" />
      {view ? (
        <>
          <p data-testid="trajectory-now">{t('coachSeriesNow', { n: view.current })}</p>
          <ol class="console-trajectory-sessions">
            {view.sessions.map((s) => (
              <li key={s.n}>
                {s.at === null
                  ? t('coachSeriesSession', { n: s.n })
                  : t('coachSeriesSessionOn', {
                      n: s.n,
                      when: when(new Date(s.at).toISOString(), lang),
                    })}
              </li>
            ))}
          </ol>
          <h3 class="section-title">{t('coachSeriesGoals')}</h3>
          {goals.length === 0 ? <p class="hint hint-muted">{t('coachSeriesNoGoals')}</p> : null}
          <ul class="console-trajectory-goals">
            {goals.map((g) => (
              <li key={g.id} data-testid="trajectory-goal">
                <span>{g.text}</span>
                <ProgressRow
                  scores={view.progress[g.id] ?? {}}
                  sessions={view.sessions}
                  sessionLabel={(n) => t('coachSeriesSession', { n })}
                  noScore={t('coachSeriesNoScore')}
                  testId="trajectory-progress"
                />
              </li>
            ))}
          </ul>
          <p class="hint" data-testid="trajectory-open">
            {t('coachSeriesOpen', { n: open })}
          </p>
          <p class="hint hint-muted">{t('coachSeriesNextHint')}</p>
          <button
            type="button"
            class="btn btn-primary"
            disabled={busy}
            onClick={() => void next()}
            data-testid="trajectory-next"
          >
            {t('coachSeriesNext')}
          </button>
          {done ? (
            <p class="hint" role="status" data-testid="trajectory-done">
              {t('coachSeriesNextDone', { n: done })}
            </p>
          ) : null}
        </>
      ) : problem ? null : (
        <p>{t('loading')}</p>
      )}
    </section>
  )
}
