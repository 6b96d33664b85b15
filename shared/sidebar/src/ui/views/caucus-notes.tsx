import type { Translate } from '../i18n/i18n'
import { TextField } from '../kit/fields'

/** The caucus notes textarea shared by one side and the mediator. */
export function CaucusNotes({
  text,
  onEdit,
  t,
}: {
  text: string
  onEdit: (v: string) => void
  t: Translate
}) {
  return (
    <div class="card" data-testid="caucus-notes">
      <TextField
        label={t('caucus.notes')}
        value={text}
        multiline
        onInput={onEdit}
        testId="caucus-notes-text"
      />
    </div>
  )
}
