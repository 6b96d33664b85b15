import type { ZoomPairingCodeResponse } from '@mediation/protocol'
import type { Translate } from '@mediation/sidebar/ui/i18n/i18n'
import { useState } from 'preact/hooks'

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'code'; code: string; expiresAt: number }
  | { kind: 'error'; key: 'join.zoomTooMany' | 'join.zoomOff' | 'join.zoomFailed' }

/** "1234 5678": two groups read more easily off one screen and into another. */
const grouped = (code: string) => `${code.slice(0, 4)} ${code.slice(4)}`

async function fetchCode(credential: string): Promise<State> {
  try {
    const res = await fetch('/zoom/api/pairing-code', {
      method: 'POST',
      headers: { authorization: `Bearer ${credential}` },
    })
    if (res.ok) {
      const body = (await res.json()) as ZoomPairingCodeResponse
      return { kind: 'code', ...body }
    }
    if (res.status === 429) return { kind: 'error', key: 'join.zoomTooMany' }
    if (res.status === 503 || res.status === 404) return { kind: 'error', key: 'join.zoomOff' }
    return { kind: 'error', key: 'join.zoomFailed' }
  } catch {
    return { kind: 'error', key: 'join.zoomFailed' }
  }
}

/**
 * The party's way into the Zoom app: a code only this invite can ask for, typed once into the app in Zoom.
 * Asked for on demand (not on every visit), so a code exists only while someone is about to use it.
 */
export function ZoomCode({ credential, t }: { credential: string; t: Translate }) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const ask = async () => {
    setState({ kind: 'busy' })
    setState(await fetchCode(credential))
  }
  return (
    <section class="join-zoom" data-testid="join-zoom" aria-live="polite">
      <h3>{t('join.zoomHeading')}</h3>
      {state.kind === 'code' ? (
        <>
          <p class="join-zoom-label">{t('join.zoomCode')}</p>
          <p class="join-zoom-code" data-testid="zoom-code" data-code={state.code}>
            {grouped(state.code)}
          </p>
          <p class="hint">
            {t('join.zoomHow', { minutes: String(Math.round((state.expiresAt - Date.now()) / 60_000)) })}
          </p>
        </>
      ) : null}
      {state.kind === 'error' ? (
        <p class="hint hint-warn" role="alert">
          {t(state.key)}
        </p>
      ) : null}
      <button
        type="button"
        class="btn"
        data-testid="zoom-code-show"
        disabled={state.kind === 'busy'}
        onClick={() => void ask()}
      >
        {t(state.kind === 'code' ? 'join.zoomNew' : 'join.zoomShow')}
      </button>
    </section>
  )
}
