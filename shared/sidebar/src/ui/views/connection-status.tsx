import type { StorageCode } from '@mediation/protocol'
import type { DocStatus } from '../../client/doc-status'
import type { MessageKey, Translate } from '../i18n/i18n'

const DENIED: Record<number, MessageKey> = {
  4401: 'conn.denied4401',
  4403: 'conn.denied4403',
  4404: 'conn.denied4404',
  4413: 'conn.denied4413',
  4400: 'conn.denied4400',
  4429: 'conn.denied4429',
  1009: 'conn.denied1009',
}
/** Why a reconnect is under way, where the reason is worth saying. */
const RECONNECTING: Record<number, MessageKey> = { 4508: 'conn.reconnecting4508' }

/** What the server said it could not store (it keeps the changes in memory and retries). */
const NOT_SAVED: Record<StorageCode, MessageKey> = {
  'STORE-FULL': 'conn.notSavedFull',
  'STORE-FAILED': 'conn.notSavedFailed',
}

/**
 * The always-visible connection line: connecting, up to date, offline with unsent changes, reconnecting, denied,
 * and "not saved" while the server cannot store the session's changes (in place of "up to date").
 */
export function ConnectionStatus({ status, t }: { status: DocStatus; t: Translate }) {
  const text =
    status.state === 'denied'
      ? t(DENIED[status.code ?? 0] ?? 'conn.deniedOther', { code: status.code ?? 0 })
      : status.state === 'synced' && status.notSaved
        ? t(NOT_SAVED[status.notSaved])
        : t((status.state === 'reconnecting' && RECONNECTING[status.code ?? 0]) || `conn.${status.state}`)
  return (
    <div
      class={`conn conn-${status.state}${status.notSaved && status.state === 'synced' ? ' conn-not-saved' : ''}`}
      role="status"
      aria-live="polite"
      data-testid="conn"
      data-state={status.state}
      data-unsent={String(status.unsent)}
      data-saved={String(!status.notSaved)}
    >
      <span>
        {text}
        {status.unsent && status.state !== 'synced' ? ` — ${t('conn.unsent')}` : ''}
      </span>
    </div>
  )
}
