import type { Side } from '@mediation/core/domain'
import type { Translate as TranslateIn } from '@mediation/core/i18n'
import type { NoteVisibility } from '@mediation/protocol'
import { sidebarKey } from '../i18n/error-keys'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { TextField } from '../kit/fields'
import { Hint, Section } from '../kit/section'
import type { SaveState } from '../models/notes-model'
import type { NotesKey } from './notes-words'

export interface NoteSlot {
  visibility: NoteVisibility
  text: string
  state: SaveState
  /** NOTES-4: false when this reader may only read it (a party's joint note): shown as text, not as a field. */
  writable: boolean
  status: number
  code: string | null
  /** NOTES-3: in a conflict, the newer saved text. */
  theirs: string | null
}

export interface NotesViewProps {
  slots: NoteSlot[]
  sides: Side[]
  /** The sidebar's words (for the refusals' codes) and the Notes tab's own. */
  t: Translate
  w: TranslateIn<NotesKey>
  onEdit: (v: NoteVisibility, text: string) => void
  onBlur: (v: NoteVisibility) => void
  onResolve: (v: NoteVisibility, keep: 'mine' | 'theirs' | 'both') => void
}

/**
 * What the state line says. A failure is worded from the server's code (never its English); a final refusal says
 * the text stays, a passing failure that it is tried again (NOTES-4).
 */
function stateLine(s: NoteSlot, t: Translate, w: TranslateIn<NotesKey>): string {
  if (s.state === 'refused') {
    const key = sidebarKey(s.status, s.code ?? undefined)
    return w('refused', { reason: key ? t(key) : t('error.generic') })
  }
  if (s.state !== 'failed') return w(s.state)
  if (s.code === 'STORE-FULL') return w('failedFull')
  if (s.code === 'STORE-FAILED') return w('failedStorage')
  const key = s.status === 0 ? null : sidebarKey(s.status, s.code ?? undefined)
  return key ? w('failed', { reason: t(key) }) : w('failedOffline')
}

/** NOTES-3: both texts side by side, and the writer's choice of what stays. */
function Conflict({
  s,
  w,
  onResolve,
}: {
  s: NoteSlot
  w: TranslateIn<NotesKey>
  onResolve: NotesViewProps['onResolve']
}) {
  const v = s.visibility
  return (
    <fieldset class="note-conflict" data-testid="note-conflict">
      <legend class="note-conflict-head">{w('conflictHeading')}</legend>
      <p class="hint hint-muted">{w('conflictHint')}</p>
      <div class="note-versions">
        <div class="note-version">
          <p class="note-version-label">{w('mine')}</p>
          <p class="note-text" data-testid="note-mine">
            {s.text}
          </p>
        </div>
        <div class="note-version">
          <p class="note-version-label">{w('theirs')}</p>
          <p class="note-text" data-testid="note-theirs">
            {s.theirs}
          </p>
        </div>
      </div>
      <div class="note-choices">
        <Button kind="primary" onClick={() => onResolve(v, 'both')} testId="note-keep-both">
          {w('keepBoth')}
        </Button>
        <Button onClick={() => onResolve(v, 'mine')} testId="note-keep-mine">
          {w('keepMine')}
        </Button>
        <Button onClick={() => onResolve(v, 'theirs')} testId="note-keep-theirs">
          {w('keepTheirs')}
        </Button>
      </div>
    </fieldset>
  )
}

/** Session notes by visibility, autosaved, with a saved / unsaved / saving indicator per note. */
export function NotesView({ slots, sides, t, w, onEdit, onBlur, onResolve }: NotesViewProps) {
  const title = (v: NoteVisibility) =>
    v === 'mediator'
      ? w('mediator')
      : v === 'joint'
        ? w('joint')
        : w('side', { side: sides.find((s) => `side:${s.id}` === v)?.name ?? v.slice(5) })
  return (
    <div class="panel">
      <Section id="notes" title={w('heading')}>
        {slots.map((s) => {
          const label = w('label', { title: title(s.visibility) })
          if (!s.writable)
            return (
              <div class="card" key={s.visibility} data-testid={`note-${s.visibility}`} data-writable="false">
                <p class="note-label">{label}</p>
                <p class="note-text" data-testid="note-read">
                  {s.text || <span class="hint-muted">{w('empty')}</span>}
                </p>
                <Hint>{w('mediatorWrites')}</Hint>
              </div>
            )
          return (
            <div class="card" key={s.visibility} data-testid={`note-${s.visibility}`} data-writable="true">
              {s.state === 'conflict' ? (
                <>
                  <p class="note-label">{label}</p>
                  <Conflict s={s} w={w} onResolve={onResolve} />
                </>
              ) : (
                <TextField
                  label={label}
                  value={s.text}
                  multiline
                  onInput={(v) => onEdit(s.visibility, v)}
                  onBlur={() => onBlur(s.visibility)}
                />
              )}
              <span
                class={`save-state save-${s.state}`}
                role="status"
                data-testid="save-state"
                data-state={s.state}
              >
                {stateLine(s, t, w)}
              </span>
            </div>
          )
        })}
      </Section>
    </div>
  )
}
