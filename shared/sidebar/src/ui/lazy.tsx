/**
 * Views loaded on first use, so the sidebar's first download holds only what a participant sees on opening
 * (the 60 KB gzip budget). Every lazy view is fetched right after the first render, so switching tabs is
 * instant and a connection lost later does not leave a tab empty; a failed fetch offers a retry.
 */
import { signal } from '@preact/signals'
import type { FunctionComponent } from 'preact'
import type { Translate } from './i18n/i18n'

type State<P> = { kind: 'idle' | 'loading' | 'failed' } | { kind: 'ready'; view: FunctionComponent<P> }

/** A component for `load()`'s view; `preload()` starts the fetch (at most once unless it failed). */
export function lazyView<P extends object>(
  load: () => Promise<FunctionComponent<P>>,
  /** `quiet`: nothing at all until it is there (a strip that only adds to the page, never a panel). */
  opts: { quiet?: boolean } = {},
) {
  const state = signal<State<P>>({ kind: 'idle' })
  const preload = () => {
    if (state.value.kind !== 'idle' && state.value.kind !== 'failed') return
    state.value = { kind: 'loading' }
    load().then(
      (view) => {
        state.value = { kind: 'ready', view }
      },
      () => {
        state.value = { kind: 'failed' }
      },
    )
  }
  function Lazy(props: P & { t: Translate }) {
    const s = state.value
    if (s.kind === 'ready') return <s.view {...props} />
    if (s.kind === 'idle') queueMicrotask(preload)
    if (opts.quiet) return null
    if (s.kind !== 'failed') return <p class="hint hint-muted">{props.t('app.loadingPart')}</p>
    return (
      <p class="hint hint-warn" role="alert">
        {props.t('app.loadFailed')}{' '}
        <button type="button" class="btn" onClick={preload}>
          {props.t('app.tryAgain')}
        </button>
      </p>
    )
  }
  return Object.assign(Lazy, { preload })
}
