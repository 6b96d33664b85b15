import type { SessionStatus } from '@mediation/protocol'
import { type ReadonlySignal, signal } from '@preact/signals'
import type { Api } from '../../client/api'
import { ApiRequestError } from '../../client/api-error'
import type { DocStatus } from '../../client/doc-status'

/** How often the phase is re-read while the tab stays in view; focus and becoming visible re-read at once. */
export const STATUS_POLL_MS = 20_000

/** Where focus and visibility events come from (the page's window in the browser; none in Node). */
export interface FocusSource {
  addEventListener(type: 'focus' | 'visibilitychange', fn: () => void): void
  removeEventListener(type: 'focus' | 'visibilitychange', fn: () => void): void
}

/** What the sidebar shows for a failed read, as a connection status (401 and 403/404 end like a closed socket). */
function failed(err: unknown): DocStatus {
  if (err instanceof ApiRequestError && err.status === 401)
    return { state: 'denied', unsent: false, code: 4401 }
  if (err instanceof ApiRequestError && (err.status === 403 || err.status === 404))
    return { state: 'denied', unsent: false, code: 4403 }
  return { state: 'offline', unsent: false }
}

/**
 * The session's phase over REST, for the secretariat: it may open no document (ACCESS-1), so it reads
 * `GET /api/sessions/:id/status` modestly — every STATUS_POLL_MS and when the tab regains focus.
 */
export function createStatusModel(
  api: Api,
  sessionId: string,
  source: FocusSource | null = typeof window === 'undefined' ? null : window,
  intervalMs = STATUS_POLL_MS,
) {
  const status = signal<SessionStatus | null>(null)
  const conn = signal<DocStatus>({ state: 'connecting', unsent: false })
  let disposed = false
  let inFlight: Promise<void> | null = null
  const refresh = (): Promise<void> => {
    inFlight ??= api
      .sessionStatus(sessionId)
      .then(
        (s) => {
          if (disposed) return
          status.value = s
          conn.value = { state: 'synced', unsent: false }
        },
        (err: unknown) => {
          if (!disposed) conn.value = failed(err)
        },
      )
      .finally(() => {
        inFlight = null
      })
    return inFlight
  }
  const visible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden'
  const onFocus = () => {
    // a denied credential stays denied: asking again would only repeat the 401/404
    if (visible() && conn.value.state !== 'denied') void refresh()
  }
  const timer = setInterval(onFocus, intervalMs)
  source?.addEventListener('focus', onFocus)
  source?.addEventListener('visibilitychange', onFocus)
  void refresh()
  return {
    status: status as ReadonlySignal<SessionStatus | null>,
    conn: conn as ReadonlySignal<DocStatus>,
    refresh,
    dispose() {
      disposed = true
      clearInterval(timer)
      source?.removeEventListener('focus', onFocus)
      source?.removeEventListener('visibilitychange', onFocus)
    },
  }
}
export type StatusModel = ReturnType<typeof createStatusModel>
