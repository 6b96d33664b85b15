/** Archive, reactivate or delete a session; archiving and deletion ask first and offer the records to download. */

import type { Language } from '@mediation/protocol'
import { useState } from 'preact/hooks'
import { ConfirmDialog } from './confirm-dialog'
import type { SessionDetails } from './console-api'
import { RecordsPanel } from './records-panel'
import { type ConsoleText, when } from './strings'

export interface ManagePanelProps {
  session: SessionDetails
  token: string
  t: ConsoleText
  lang: Language
  busy: boolean
  onStatus: (status: 'active' | 'archived') => void
  onDelete: () => void
}

export function ManagePanel({ session, token, t, lang, busy, onStatus, onDelete }: ManagePanelProps) {
  const [asking, setAsking] = useState<'archive' | 'delete' | null>(null)
  const records = <RecordsPanel sessionId={session.id} kind={session.kind} token={token} t={t} inline />
  const archived = session.status === 'archived'
  return (
    <section class="console-card" aria-labelledby="manage-h">
      <h2 id="manage-h" class="console-h">
        {t('manageHeading')}
      </h2>
      <p class="hint hint-muted">{t('archiveHint')}</p>
      <div class="row">
        {/* Archiving is the primary action: the dossier stays, as a mediator must keep it (RETAIN-2). */}
        <button
          type="button"
          class={archived ? 'btn' : 'btn btn-primary'}
          disabled={busy}
          data-testid="archive"
          onClick={() => (archived ? onStatus('active') : setAsking('archive'))}
        >
          {archived ? t('reactivate') : t('archive')}
        </button>
        <button
          type="button"
          class="btn btn-danger"
          disabled={busy}
          data-testid="delete"
          onClick={() => setAsking('delete')}
        >
          {t('deleteButton')}
        </button>
      </div>
      {asking === 'archive' ? (
        <ConfirmDialog
          title={t('archiveTitle', { title: session.title })}
          body={t('archiveBody')}
          confirmLabel={t('archiveConfirm')}
          cancelLabel={t('cancel')}
          tone="primary"
          onConfirm={() => onStatus('archived')}
          onClose={() => setAsking(null)}
        >
          {records}
        </ConfirmDialog>
      ) : null}
      {asking === 'delete' ? (
        <ConfirmDialog
          title={t('deleteTitle', { title: session.title })}
          body={t('deleteBody')}
          confirmLabel={t('deleteConfirm')}
          cancelLabel={t('cancel')}
          onConfirm={onDelete}
          onClose={() => setAsking(null)}
        >
          <p class="hint" data-testid="delete-retention">
            {t('deleteRetention')}
          </p>
          {session.retainedUntil && Date.parse(session.retainedUntil) > Date.now() ? (
            <p class="hint hint-warn" data-testid="delete-retained-until">
              {t('deleteRetainedUntil', { date: when(session.retainedUntil, lang) })}
            </p>
          ) : null}
          <p class="hint">{t('deleteRecordsFirst')}</p>
          {records}
        </ConfirmDialog>
      ) : null}
    </section>
  )
}
