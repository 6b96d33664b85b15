/** The claim fields of a session (TIME-5): legal-aid and insurer file numbers, insurer, field, co-mediator. */
import { CLAIM_FIELDS, type ClaimField, type ClaimFields } from '@mediation/core/domain'
import { Select } from '@mediation/sidebar/ui/kit/fields'
import { useEffect, useId, useState } from 'preact/hooks'
import type { ConsoleKey, ConsoleText } from './strings'

const FIELD_KEY: Record<ClaimField, ConsoleKey> = {
  familie: 'fieldFamilie',
  arbeid: 'fieldArbeid',
  burenrecht: 'fieldBurenrecht',
  zakelijk: 'fieldZakelijk',
  overheid: 'fieldOverheid',
  onderwijs: 'fieldOnderwijs',
  zorg: 'fieldZorg',
  overig: 'fieldOverig',
}

type TextKey = 'legalAidNumber' | 'insurer' | 'insurerFileNumber' | 'coMediator'
const TEXTS: { key: TextKey; label: ConsoleKey; max: number }[] = [
  { key: 'legalAidNumber', label: 'claimLegalAid', max: 40 },
  { key: 'insurer', label: 'claimInsurer', max: 200 },
  { key: 'insurerFileNumber', label: 'claimInsurerFile', max: 40 },
  { key: 'coMediator', label: 'claimCoMediator', max: 200 },
]

export interface ClaimFormProps {
  claim: ClaimFields
  busy: boolean
  t: ConsoleText
  onSave: (claim: ClaimFields) => Promise<boolean>
}

export function ClaimForm({ claim, busy, t, onSave }: ClaimFormProps) {
  const [draft, setDraft] = useState(claim)
  const [saved, setSaved] = useState(false)
  const id = useId()
  useEffect(() => setDraft(claim), [claim])
  const set = (patch: Partial<ClaimFields>) => {
    setDraft({ ...draft, ...patch })
    setSaved(false)
  }
  const submit = async (e: Event) => {
    e.preventDefault()
    setSaved(await onSave(draft))
  }
  return (
    <form class="console-form" onSubmit={(e) => void submit(e)} noValidate data-testid="claim-form">
      <h3 class="console-h">{t('claimHeading')}</h3>
      {TEXTS.map(({ key, label, max }) => (
        <div class="field" key={key}>
          <label for={`${id}-${key}`}>{t(label)}</label>
          <input
            id={`${id}-${key}`}
            type="text"
            maxLength={max}
            value={draft[key]}
            data-testid={`claim-${key}`}
            onInput={(e) => set({ [key]: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
      ))}
      <Select<ClaimField | ''>
        label={t('claimField')}
        value={draft.field}
        testId="claim-field"
        onChange={(field) => set({ field })}
        options={[
          { value: '', label: t('claimFieldNone') },
          ...CLAIM_FIELDS.map((f) => ({ value: f, label: t(FIELD_KEY[f]) })),
        ]}
      />
      {saved ? (
        <p role="status" data-testid="claim-saved">
          {t('claimSaved')}
        </p>
      ) : null}
      <button type="submit" class="btn btn-primary" disabled={busy} data-testid="claim-save">
        {t('claimSave')}
      </button>
    </form>
  )
}
