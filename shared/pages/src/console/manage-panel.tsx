/** Archive, reactivate or delete a session; deletion asks first and says what it erases. */
import { useState } from 'preact/hooks'
import { ConfirmDialog } from './confirm-dialog'
import type { SessionDetails } from './console-api'
import type { ConsoleText } from './strings'

export interface ManagePanelProps {
  session: SessionDetails
  t: ConsoleText
  busy: boolean
  onStatus: (status: 'active' | 'archived') => void
  onDelete: () => void
}

export function ManagePanel({ session, t, busy, onStatus, onDelete }: ManagePanelProps) {
  const [asking, setAsking] = useState(false)
  const archived = session.status === 'archived'
  return (
    <section class="console-card" aria-labelledby="manage-h">
      <h2 id="manage-h" class="console-h">
        {t('manageHeading')}
      </h2>
      <p class="hint hint-muted">{t('archiveHint')}</p>
      <div class="row">
        <button
          type="button"
          class="btn"
          disabled={busy}
          data-testid="archive"
          onClick={() => onStatus(archived ? 'active' : 'archived')}
        >
          {archived ? t('reactivate') : t('archive')}
        </button>
        <button
          type="button"
          class="btn btn-danger"
          disabled={busy}
          data-testid="delete"
          onClick={() => setAsking(true)}
        >
          {t('deleteButton')}
        </button>
      </div>
      {asking ? (
        <ConfirmDialog
          title={t('deleteTitle', { title: session.title })}
          body={t('deleteBody')}
          confirmLabel={t('deleteConfirm')}
          cancelLabel={t('cancel')}
          onConfirm={onDelete}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </section>
  )
}
