import { textIn } from '@mediation/core/i18n'
import type { Language } from '@mediation/protocol'
import {
  type DownloadFailure,
  MEDIATOR_RECORDS,
  type MediatorRecord,
  type RecordItem,
} from '../../client/download'
import { Section } from '../kit/section'
import { en, nl, type RecordsKey } from './records-words'

const LABELS: Record<MediatorRecord['id'], RecordsKey> = {
  'dossier-zip': 'dossier',
  'agreement-pdf': 'agreement',
  'agreement-print': 'agreementPrint',
  'timelog-nl': 'timeLogNl',
  'timelog-intl': 'timeLogIntl',
  'notes-pdf': 'notesPdf',
  'notes-md': 'notesMd',
}

const FAILURES: Record<DownloadFailure, RecordsKey> = {
  network: 'failedNetwork',
  gone: 'failedGone',
  denied: 'failedDenied',
  failed: 'failed',
}

export interface RecordsViewProps {
  /** The item being downloaded, if any. */
  busy: RecordItem['id'] | null
  errors: Partial<Record<RecordItem['id'], DownloadFailure>>
  coaching: boolean
  lang: Language
  onDownload: (item: RecordItem) => void
}

/** The mediator's downloads of the record (agreement, time log, notes), each with its own busy state and error. */
export function RecordsView({ busy, errors, coaching, lang, onDownload }: RecordsViewProps) {
  const t = textIn(lang, { en, nl })
  return (
    <Section id="records" title={t('heading')}>
      <ul class="list">
        {MEDIATOR_RECORDS.map((item) => {
          const failed = errors[item.id]
          const label = item.id === 'agreement-pdf' && coaching ? 'agreementCoaching' : LABELS[item.id]
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
                {busy === item.id ? t('busy') : t(label)}
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
