/**
 * The session's record one click away: the agreement, the time log (Dutch Excel and international CSV) and the
 * notes. Each button has its own busy state and its own worded error next to it; a failure never shows the
 * server's English.
 */
import { ApiRequestError, downloadRecord, isNetworkError, type RecordFile } from '@mediation/sidebar/client'
import { useState } from 'preact/hooks'
import type { ConsoleKey, ConsoleText } from './strings'

interface RecordItem {
  id: string
  file: RecordFile
  query?: Record<string, string>
  label: ConsoleKey
}

const ITEMS: readonly RecordItem[] = [
  { id: 'agreement-pdf', file: 'agreement.pdf', label: 'recordAgreement' },
  { id: 'timelog-nl', file: 'timelog.csv', query: { format: 'nl' }, label: 'recordTimeLogNl' },
  { id: 'timelog-intl', file: 'timelog.csv', query: { format: 'intl' }, label: 'recordTimeLogIntl' },
  { id: 'notes-pdf', file: 'notes.pdf', label: 'recordNotesPdf' },
  { id: 'notes-md', file: 'notes.md', label: 'recordNotesMd' },
]

/** The sentence for a failed download, chosen from the status: never the server's own (English) text. */
function failure(err: unknown): ConsoleKey {
  if (isNetworkError(err)) return 'errNetwork'
  if (!(err instanceof ApiRequestError)) return 'recordFailed'
  if (err.status === 404) return 'recordGone'
  if (err.status === 401 || err.status === 403) return 'errUnauthorized'
  return 'recordFailed'
}

export interface RecordsPanelProps {
  sessionId: string
  kind: 'mediation' | 'coaching'
  token: string
  t: ConsoleText
  /** Inside a dialog: no card, a smaller heading. */
  inline?: boolean
}

export function RecordsPanel({ sessionId, kind, token, t, inline = false }: RecordsPanelProps) {
  const [busy, setBusy] = useState<string | null>(null)
  const [errors, setErrors] = useState<Record<string, ConsoleKey>>({})
  const fetchOne = async (item: RecordItem) => {
    setBusy(item.id)
    setErrors(({ [item.id]: _, ...rest }) => rest)
    try {
      await downloadRecord({
        serverUrl: location.origin,
        credential: token,
        sessionId,
        file: item.file,
        ...(item.query ? { query: item.query } : {}),
      })
    } catch (e) {
      setErrors((all) => ({ ...all, [item.id]: failure(e) }))
    } finally {
      setBusy(null)
    }
  }
  const H = inline ? 'h3' : 'h2'
  return (
    <section
      class={inline ? 'records records-inline' : 'console-card records'}
      aria-labelledby={`records-h-${inline ? 'i' : 'p'}`}
    >
      <H id={`records-h-${inline ? 'i' : 'p'}`} class="console-h">
        {t('recordsHeading')}
      </H>
      {inline ? null : <p class="hint hint-muted">{t('recordsHint')}</p>}
      <ul class="records-list">
        {ITEMS.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              class="btn"
              data-testid={`record-${item.id}`}
              disabled={busy !== null}
              aria-busy={busy === item.id}
              onClick={() => void fetchOne(item)}
            >
              {busy === item.id
                ? t('recordBusy')
                : t(
                    item.label === 'recordAgreement' && kind === 'coaching'
                      ? 'recordAgreementCoaching'
                      : item.label,
                  )}
            </button>
            {errors[item.id] ? (
              <p class="console-problems" role="alert" data-testid={`record-error-${item.id}`}>
                {t(errors[item.id] as ConsoleKey)}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
