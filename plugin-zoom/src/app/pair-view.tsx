import { useState } from 'preact/hooks'
import type { PairProblem } from './shell-model'
import type { ZoomT } from './strings'

/**
 * The party's one step into the session from Zoom: the code shown on its own invite page. Zoom's own
 * participant id is never enough — anyone in the meeting can read that — so this is asked once per Zoom user
 * (guests: each time the app opens anew).
 */
export function PairView(p: {
  t: ZoomT
  problem: PairProblem | null
  busy: boolean
  onPair: (code: string) => void
}) {
  const [code, setCode] = useState('')
  return (
    <form
      class="zoom-pair"
      data-testid="zoom-pair"
      onSubmit={(e) => {
        e.preventDefault()
        p.onPair(code)
      }}
    >
      <h3>{p.t('pairHeading')}</h3>
      <p class="hint">{p.t('pairHint')}</p>
      <label>
        {p.t('pairCode')}
        <input
          data-testid="zoom-pair-code"
          inputMode="numeric"
          autocomplete="one-time-code"
          maxLength={12}
          placeholder="1234 5678"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
          aria-invalid={p.problem !== null && p.problem !== 'unlinked'}
          required
        />
      </label>
      {p.problem ? (
        <p role="alert" data-testid="zoom-pair-problem" data-problem={p.problem}>
          {p.t(p.problem)}
        </p>
      ) : null}
      <button type="submit" disabled={p.busy}>
        {p.t('pairSubmit')}
      </button>
    </form>
  )
}
