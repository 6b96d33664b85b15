import type { Side } from '@mediation/core/domain'
import type { NoteVisibility } from '@mediation/protocol'
import { sidebarKey } from '../i18n/error-keys'
import type { Translate } from '../i18n/i18n'
import { TextField } from '../kit/fields'
import { Hint, Section } from '../kit/section'
import type { SaveState } from '../models/notes-model'

export interface NoteSlot {
  visibility: NoteVisibility
  text: string
  state: SaveState
  error: string | null
  code: string | null
}

export interface NotesViewProps {
  slots: NoteSlot[]
  sides: Side[]
  editable: boolean
  t: Translate
  onEdit: (v: NoteVisibility, text: string) => void
  onBlur: (v: NoteVisibility) => void
}

/** "Not saved", with the server's reason worded from its code (never its English); no code: the connection. */
function failed(s: NoteSlot, t: Translate): string {
  if (s.code === 'STORE-FULL') return t('notes.failedFull')
  if (s.code === 'STORE-FAILED') return t('notes.failedStorage')
  const key = sidebarKey(0, s.code ?? undefined)
  return key ? t('notes.failed', { reason: t(key) }) : t('notes.failedOffline')
}

/** Session notes by visibility, autosaved, with a saved / unsaved / saving indicator per note. */
export function NotesView({ slots, sides, editable, t, onEdit, onBlur }: NotesViewProps) {
  const title = (v: NoteVisibility) =>
    v === 'mediator'
      ? t('notes.mediator')
      : v === 'joint'
        ? t('notes.joint')
        : t('notes.side', { side: sides.find((s) => `side:${s.id}` === v)?.name ?? v.slice(5) })
  return (
    <div class="panel">
      <Section id="notes" title={t('notes.heading')}>
        {!editable ? <Hint>{t('notes.readOnly')}</Hint> : null}
        {slots.map((s) => (
          <div class="card" key={s.visibility} data-testid={`note-${s.visibility}`}>
            <TextField
              label={t('notes.label', { title: title(s.visibility) })}
              value={s.text}
              multiline
              readOnly={!editable}
              onInput={(v) => onEdit(s.visibility, v)}
              onBlur={() => onBlur(s.visibility)}
            />
            <span
              class={`save-state save-${s.state}`}
              role="status"
              data-testid="save-state"
              data-state={s.state}
            >
              {s.state === 'failed' ? failed(s, t) : t(`notes.${s.state}`)}
            </span>
          </div>
        ))}
      </Section>
    </div>
  )
}
