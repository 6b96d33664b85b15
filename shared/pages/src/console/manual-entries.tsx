/** The mediator's manual time entries (TIME-4): a list with edit and delete, and one form to add or change. */
import {
  MANUAL_KINDS,
  type ManualEntry,
  type ManualEntryInput,
  type ManualKind,
} from '@mediation/core/domain'
import { Select } from '@mediation/sidebar/ui/kit/fields'
import { useId, useState } from 'preact/hooks'
import type { ConsoleKey, ConsoleText } from './strings'

export const KIND_KEY: Record<ManualKind, ConsoleKey> = {
  preparation: 'timeKindPreparation',
  drafting: 'timeKindDrafting',
  call: 'timeKindCall',
  other: 'timeKindOther',
}

interface Draft {
  kind: ManualKind
  date: string
  minutes: string
  note: string
  contact: boolean
}

const today = () => new Date().toLocaleDateString('sv-SE')
const blank = (): Draft => ({ kind: 'preparation', date: today(), minutes: '30', note: '', contact: false })
const toDraft = ({ kind, date, minutes, note, contact }: ManualEntry): Draft => ({
  kind,
  date,
  minutes: String(minutes),
  note,
  contact,
})

export interface ManualEntriesProps {
  entries: readonly ManualEntry[]
  busy: boolean
  t: ConsoleText
  onAdd: (entry: ManualEntryInput) => Promise<boolean>
  onEdit: (id: string, entry: ManualEntryInput) => Promise<boolean>
  onDelete: (id: string) => void
}

export function ManualEntries({ entries, busy, t, onAdd, onEdit, onDelete }: ManualEntriesProps) {
  const [draft, setDraft] = useState<Draft>(blank)
  const [editing, setEditing] = useState<string | null>(null)
  const id = useId()
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const submit = async (e: Event) => {
    e.preventDefault()
    // The server checks the minutes (whole, 1–1440); a field left empty is sent as 0 and refused there (TIME-4).
    const entry = { ...draft, minutes: Number(draft.minutes || 0) }
    const ok = editing ? await onEdit(editing, entry) : await onAdd(entry)
    if (!ok) return
    setEditing(null)
    setDraft(blank())
  }
  return (
    <div class="time-entries">
      <h3 class="console-h">{t('timeEntries')}</h3>
      {entries.length === 0 ? <p data-testid="time-no-entries">{t('timeNoEntries')}</p> : null}
      <ul class="time-entry-list" data-testid="time-entries">
        {[...entries]
          .sort((x, y) => x.date.localeCompare(y.date))
          .map((e) => (
            <li key={e.id} class="time-entry" data-testid="time-entry">
              <span>
                {t('timeEntryLine', { date: e.date, kind: t(KIND_KEY[e.kind]), minutes: e.minutes })}
                {e.contact ? <span class="badge badge-ok">{t('timeContactMark')}</span> : null}
                {e.note ? <span class="hint-muted"> — {e.note}</span> : null}
              </span>
              <span class="time-entry-actions">
                <button
                  type="button"
                  class="btn btn-quiet"
                  disabled={busy}
                  data-testid="time-entry-edit"
                  onClick={() => {
                    setEditing(e.id)
                    setDraft(toDraft(e))
                  }}
                >
                  {t('timeEdit')}
                </button>
                <button
                  type="button"
                  class="btn btn-quiet"
                  disabled={busy}
                  data-testid="time-entry-delete"
                  onClick={() => onDelete(e.id)}
                >
                  {t('timeDelete')}
                </button>
              </span>
            </li>
          ))}
      </ul>
      <form class="console-form" onSubmit={(e) => void submit(e)} noValidate data-testid="time-entry-form">
        <div class="row">
          <Select<ManualKind>
            label={t('timeKind')}
            value={draft.kind}
            testId="time-kind"
            onChange={(kind) => set({ kind, contact: kind === 'call' ? true : draft.contact })}
            options={MANUAL_KINDS.map((k) => ({ value: k, label: t(KIND_KEY[k]) }))}
          />
          <div class="field">
            <label for={`${id}-date`}>{t('timeDate')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={draft.date}
              data-testid="time-date"
              onInput={(e) => set({ date: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
          <div class="field">
            <label for={`${id}-min`}>{t('timeMinutes')}</label>
            <input
              id={`${id}-min`}
              type="number"
              min={1}
              max={1440}
              step={5}
              value={draft.minutes}
              data-testid="time-minutes"
              onInput={(e) => set({ minutes: (e.currentTarget as HTMLInputElement).value })}
            />
          </div>
        </div>
        <div class="field">
          <label for={`${id}-note`}>{t('timeNote')}</label>
          <input
            id={`${id}-note`}
            type="text"
            maxLength={500}
            value={draft.note}
            data-testid="time-note"
            onInput={(e) => set({ note: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={draft.contact}
            data-testid="time-contact"
            onChange={(e) => set({ contact: (e.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t('timeIsContact')}
        </label>
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="time-entry-save">
            {editing ? t('timeSaveEntry') : t('timeAdd')}
          </button>
          {editing ? (
            <button
              type="button"
              class="btn"
              onClick={() => {
                setEditing(null)
                setDraft(blank())
              }}
            >
              {t('timeCancel')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  )
}
