import { type DownloadFailure, MEDIATOR_RECORDS, type RecordItem } from '../../client/download'
import type { MessageKey, Translate } from '../i18n/i18n'
import { Section } from '../kit/section'

const LABELS: Record<RecordItem['id'], MessageKey> = {
  'agreement-pdf': 'records.agreement',
  'agreement-print': 'records.agreementPrint',
  'timelog-nl': 'records.timeLogNl',
  'timelog-intl': 'records.timeLogIntl',
  'notes-pdf': 'records.notesPdf',
  'notes-md': 'records.notesMd',
}

const FAILURES: Record<DownloadFailure, MessageKey> = {
  network: 'records.failedNetwork',
  gone: 'records.failedGone',
  denied: 'records.failedDenied',
  failed: 'records.failed',
}

export interface RecordsViewProps {
  /** The item being downloaded, if any. */
  busy: RecordItem['id'] | null
  errors: Partial<Record<RecordItem['id'], DownloadFailure>>
  coaching: boolean
  t: Translate
  onDownload: (item: RecordItem) => void
}

/** The mediator's downloads of the record (agreement, time log, notes), each with its own busy state and error. */
export function RecordsView({ busy, errors, coaching, t, onDownload }: RecordsViewProps) {
  return (
    <Section id="records" title={t('records.heading')}>
      <ul class="list">
        {MEDIATOR_RECORDS.map((item) => {
          const failed = errors[item.id]
          const label =
            item.id === 'agreement-pdf' && coaching ? 'records.agreementCoaching' : LABELS[item.id]
          return (
            <li key={item.id}>
              <button
                type="button"
                class="btn btn-block"
                data-testid={`record-${item.id}`}
                disabled={busy !== null}
                aria-busy={busy === item.id}
                onClick={() => onDownload(item)}
              >
                {busy === item.id ? t('records.busy') : t(label)}
              </button>
              {failed ? (
                <p class="hint hint-warn" role="alert" data-testid={`record-error-${item.id}`}>
                  {t(FAILURES[failed])}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
    </Section>
  )
}
