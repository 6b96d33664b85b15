/** A refusal worded for the reader: its sentence and, where the server named fields, one line per field. */
import type { PlainError } from './plain-error'

export function ProblemBox({ problem, testId }: { problem: PlainError | null; testId: string }) {
  if (!problem) return null
  return (
    <div class="console-problems" role="alert" data-testid={testId}>
      <p>{problem.message}</p>
      {problem.details.length ? (
        <ul>
          {problem.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
