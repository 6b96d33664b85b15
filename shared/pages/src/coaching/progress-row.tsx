/** COACH-6: one goal's scores across the sessions of a trajectory, as the client (invite page) and the coach (console) read them. */

export interface ProgressRowProps {
  /** The goal's score per session number. */
  scores: Record<string, number>
  sessions: { n: number }[]
  /** "Gesprek 2" / "Session 2". */
  sessionLabel: (n: number) => string
  noScore: string
  testId?: string
}

/** A small bar per session (its height the score out of 10) with the number written under it. */
export function ProgressRow(p: ProgressRowProps) {
  return (
    <ol class="coach-progress" data-testid={p.testId}>
      {p.sessions.map(({ n }) => {
        const score = p.scores[String(n)]
        const label = `${p.sessionLabel(n)}: ${score === undefined ? p.noScore : `${score}/10`}`
        return (
          <li key={n} aria-label={label} title={label} data-testid="progress-score">
            <span class="coach-progress-bar" style={{ height: `${((score ?? 0) / 10) * 100}%` }} />
            <span class="coach-progress-n" aria-hidden="true">
              {score ?? '–'}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
