/**
 * The session's record one click away: the agreement, the time log (Dutch Excel and international CSV) and the
 * notes. Each button has its own busy state and its own worded error next to it; a failure never shows the
 * server's English.
 */
import {
  type DownloadFailure,
  downloadFailure,
  downloadRecord,
  MEDIATOR_RECORDS,
  type RecordItem,
} from '@mediation/sidebar/client'
import { useState } from 'preact/hooks'
import type { ConsoleKey, ConsoleText } from './strings'

const LABELS: Record<RecordItem['id'], ConsoleKey> = {
  'agreement-pdf': 'recordAgreement',
  'agreement-print': 'recordAgreementPrint',
  'timelog-nl': 'recordTimeLogNl',
  'timelog-intl': 'recordTimeLogIntl',
  'notes-pdf': 'recordNotesPdf',
  'notes-md': 'recordNotesMd',
  'ending-pdf': 'recordEnding',
  'dossier-zip': 'recordDossier',
}

const FAILURES: Record<DownloadFailure, ConsoleKey> = {
  network: 'errNetwork',
  gone: 'recordGone',
  denied: 'errUnauthorized',
  failed: 'recordFailed',
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
      setErrors((all) => ({ ...all, [item.id]: FAILURES[downloadFailure(e)] }))
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
        {MEDIATOR_RECORDS.map((item) => (
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
                    item.id === 'agreement-pdf' && kind === 'coaching'
                      ? 'recordAgreementCoaching'
                      : LABELS[item.id],
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
