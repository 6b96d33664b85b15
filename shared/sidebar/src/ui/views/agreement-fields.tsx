/**
 * Around the clauses (SIGN-9..12): which agreement of the session this is and of what kind, the earlier
 * (locked) ones, the parties' particulars, the considerations, place and date, and starting the next agreement.
 * The mediator edits everything; a party edits only its own particulars; everyone else reads.
 */
import type { AgreementInfo, AgreementKind, DocumentFields, Participant, Side } from '@mediation/core/domain'
import { useState } from 'preact/hooks'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { Select, TextField } from '../kit/fields'
import { Hint, Section } from '../kit/section'

export interface ParticularsInput {
  name: string
  address: string
  birthDate: string
}

export interface AgreementFieldsProps {
  agreements: AgreementInfo[]
  document: DocumentFields | null
  locked: boolean
  /** SIGN-10: the kinds this session may record, its default first (from the domain, read by the caller). */
  kinds: readonly AgreementKind[]
  /** SIGN-10: kinds that carry the employee's statutory reflection clause. */
  reflectionKinds: readonly AgreementKind[]
  myId: string
  sides: Side[]
  participants: Participant[]
  t: Translate
  /** The mediator's callbacks; absent means the fields are read-only (a party may still edit its own). */
  mediator?:
    | {
        onKind: (kind: AgreementKind) => void
        onConsiderations: (list: string[]) => void
        onPlaceAndDate: (place: string, date: string) => void
        onStart: (kind: AgreementKind) => void
      }
    | undefined
  onParticulars?: ((participantId: string, p: ParticularsInput) => void) | undefined
}

const kindKey = (kind: AgreementKind) => `agreement.kind.${kind}` as const

/** The kind of the current agreement: as its fields say, else as listed, else the session's default. */
export function currentKind(p: Pick<AgreementFieldsProps, 'document' | 'agreements' | 'kinds'>) {
  return p.document?.kind ?? p.agreements.at(-1)?.kind ?? p.kinds[0]!
}

/** The title of the current agreement's kind ("Vaststellingsovereenkomst"), for the section heading. */
export function kindTitle(p: AgreementFieldsProps): string {
  return p.t(kindKey(currentKind(p)))
}

/** The agreement's number and kind, the earlier agreements, and (locked, mediator) the start of the next. */
export function AgreementHeader(p: AgreementFieldsProps) {
  const { t } = p
  const current = p.agreements.at(-1)
  const earlier = p.agreements.slice(0, -1)
  const kinds = p.kinds
  const kind = currentKind(p)
  return (
    <>
      <p class="card-meta" data-testid="agreement-kind">
        {t('agreement.number', { n: current?.number ?? 1 })} · {t(kindKey(kind))} ·{' '}
        {t(p.locked ? 'agreement.stateLocked' : 'agreement.stateDraft')}
      </p>
      {p.mediator && !p.locked && kinds.length > 1 ? (
        <Select
          label={t('agreement.kind')}
          value={kind}
          options={kinds.map((k) => ({ value: k, label: t(kindKey(k)) }))}
          onChange={p.mediator.onKind}
          testId="agreement-kind-select"
        />
      ) : null}
      {p.reflectionKinds.includes(kind) ? <Hint>{t('agreement.reflection')}</Hint> : null}
      {earlier.length > 0 ? (
        <div data-testid="earlier-agreements">
          <p class="card-meta">{t('agreement.earlier')}</p>
          <ul class="list">
            {earlier.map((a) => (
              <li key={a.id} class="card" data-testid="earlier-agreement">
                {t('agreement.earlierItem', { n: a.number, kind: t(kindKey(a.kind)) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  )
}

/** Once the current agreement is locked, the mediator may start the next (an interim one, then the final). */
export function StartAgreement(p: AgreementFieldsProps) {
  const { t } = p
  const kinds = p.kinds
  const [kind, setKind] = useState<AgreementKind>(kinds.includes('settlement') ? 'settlement' : kinds[0]!)
  if (!p.mediator || !p.locked) return null
  const onStart = p.mediator.onStart
  return (
    <Section id="next-agreement" title={t('agreement.startNew')}>
      <Hint>{t('agreement.startHint')}</Hint>
      {kinds.length > 1 ? (
        <Select
          label={t('agreement.kind')}
          value={kind}
          options={kinds.map((k) => ({ value: k, label: t(kindKey(k)) }))}
          onChange={setKind}
          testId="new-agreement-kind"
        />
      ) : null}
      <Button kind="primary" testId="new-agreement" onClick={() => onStart(kind)}>
        {t('agreement.startNew')}
      </Button>
    </Section>
  )
}

/** The parties' particulars, the considerations, place and date. */
export function AgreementFields(p: AgreementFieldsProps) {
  const { t } = p
  const parties = p.participants.filter((x) => x.role === 'party')
  const sideName = (id: string | null) => p.sides.find((s) => s.id === id)?.name ?? ''
  const fields = p.document
  return (
    <Section id="agreement-fields" title={t('agreement.fields')}>
      <ul class="list" data-testid="particulars">
        {parties.map((party) => {
          const entry = fields?.parties.find((x) => x.participantId === party.id)
          const editable = !p.locked && (p.mediator !== undefined || party.id === p.myId)
          return (
            <Particulars
              key={`${party.id}:${entry?.name ?? ''}:${entry?.address ?? ''}:${entry?.birthDate ?? ''}`}
              party={party}
              side={sideName(party.sideId)}
              entry={entry}
              t={t}
              onSave={editable && p.onParticulars ? (v) => p.onParticulars?.(party.id, v) : undefined}
            />
          )
        })}
      </ul>
      {p.mediator && !p.locked ? (
        <MediatorFields
          {...p}
          key={`${fields?.considerations.join('\n')}|${fields?.place}|${fields?.date}`}
        />
      ) : (
        <ReadFields fields={fields} t={t} />
      )}
    </Section>
  )
}

function Particulars(p: {
  party: Participant
  side: string
  entry: ParticularsInput | undefined
  t: Translate
  onSave: ((v: ParticularsInput) => void) | undefined
}) {
  const { t, entry } = p
  const [name, setName] = useState(entry?.name ?? p.party.name)
  const [address, setAddress] = useState(entry?.address ?? '')
  const [birthDate, setBirthDate] = useState(entry?.birthDate ?? '')
  const title = t('agreement.particulars', { name: entry?.name ?? p.party.name })
  if (!p.onSave) {
    return (
      <li class="card" data-testid="party-particulars">
        <span class="card-meta">
          {title} · {p.side}
        </span>
        <span>
          {[entry?.address, entry?.birthDate].filter(Boolean).join(' · ') || t('agreement.noParticulars')}
        </span>
      </li>
    )
  }
  const onSave = p.onSave
  return (
    <li class="card" data-testid="party-particulars">
      <span class="card-meta">
        {title} · {p.side}
      </span>
      <TextField label={t('agreement.name')} value={name} onInput={setName} maxLength={200} testId="p-name" />
      <TextField
        label={t('agreement.address')}
        value={address}
        onInput={setAddress}
        maxLength={300}
        testId="p-address"
      />
      <TextField
        label={t('agreement.birthDate')}
        value={birthDate}
        onInput={setBirthDate}
        maxLength={10}
        testId="p-birth"
      />
      <Button
        testId="save-particulars"
        onClick={() => onSave({ name: name.trim(), address: address.trim(), birthDate: birthDate.trim() })}
      >
        {t('agreement.saveParticulars')}
      </Button>
    </li>
  )
}

function MediatorFields(p: AgreementFieldsProps) {
  const { t } = p
  const m = p.mediator!
  const [considerations, setConsiderations] = useState(p.document?.considerations.join('\n') ?? '')
  const [place, setPlace] = useState(p.document?.place ?? '')
  const [date, setDate] = useState(p.document?.date ?? '')
  return (
    <>
      <div class="card">
        <TextField
          label={t('agreement.considerations')}
          value={considerations}
          multiline
          onInput={setConsiderations}
          testId="considerations"
        />
        <Button testId="save-considerations" onClick={() => m.onConsiderations(considerations.split('\n'))}>
          {t('agreement.saveConsiderations')}
        </Button>
      </div>
      <div class="card">
        <TextField
          label={t('agreement.place')}
          value={place}
          onInput={setPlace}
          maxLength={200}
          testId="place"
        />
        <TextField label={t('agreement.date')} value={date} onInput={setDate} maxLength={10} testId="date" />
        <Button testId="save-place" onClick={() => m.onPlaceAndDate(place.trim(), date.trim())}>
          {t('agreement.savePlace')}
        </Button>
      </div>
    </>
  )
}

function ReadFields({ fields, t }: { fields: DocumentFields | null; t: Translate }) {
  if (!fields || (fields.considerations.length === 0 && !fields.place && !fields.date)) return null
  return (
    <div class="card" data-testid="read-fields">
      {fields.considerations.length > 0 ? (
        <>
          <span class="card-meta">{t('agreement.considerationsHeading')}</span>
          <ol type="A">
            {fields.considerations.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </>
      ) : null}
      {fields.place || fields.date ? (
        <p>{t('agreement.placeAndDate', { place: fields.place || '…', date: fields.date || '…' })}</p>
      ) : null}
    </div>
  )
}
