/** Invites one participant: name, role, and for a party or adviser an existing side or a new one. */

import type { InviteRequest, SideInfo } from '@mediation/protocol'
import { Select } from '@mediation/sidebar/ui/kit/fields'
import { useState } from 'preact/hooks'
import { Field } from './field'
import type { ConsoleText } from './strings'

type InviteRole = InviteRequest['role']
const NEW_SIDE = '__new__'

export interface InviteFormProps {
  sides: SideInfo[]
  /** A coaching session: one client, no sides to choose (COACH-1). */
  coaching?: boolean
  t: ConsoleText
  busy: boolean
  /** Resolves true when the invite was made (the form then clears). */
  onInvite: (req: InviteRequest) => Promise<boolean>
}

export function InviteForm({ sides, coaching = false, t, busy, onInvite }: InviteFormProps) {
  const [name, setName] = useState('')
  const [role, setRole] = useState<InviteRole>('party')
  const [side, setSide] = useState<string>(NEW_SIDE)
  const [newSide, setNewSide] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const onSide = role !== 'secretariat'
  // Coaching: the client's side is made with the first invite and reused; nobody picks or names it.
  const chooseSide = onSide && !coaching
  // A side chosen earlier may be gone (never for now, but the list comes from the server).
  const sideValue = side === NEW_SIDE || sides.some((s) => s.id === side) ? side : NEW_SIDE
  const submit = async (e: Event) => {
    e.preventDefault()
    if (!name.trim()) return setProblem(t('required', { field: t('inviteName') }))
    if (chooseSide && sideValue === NEW_SIDE && !newSide.trim())
      return setProblem(t('required', { field: t('newSideName') }))
    setProblem(null)
    const req: InviteRequest = { name: name.trim(), role }
    if (onSide && coaching) {
      if (sides[0]) req.sideId = sides[0].id
      else req.newSideName = name.trim()
    } else if (onSide) {
      if (sideValue === NEW_SIDE) req.newSideName = newSide.trim()
      else req.sideId = sideValue
    }
    if (await onInvite(req)) {
      setName('')
      setNewSide('')
    }
  }
  return (
    <section class="console-card" aria-labelledby="invite-h">
      <h2 id="invite-h" class="console-h">
        {t('inviteHeading')}
      </h2>
      <form class="console-form" onSubmit={(e) => void submit(e)} noValidate data-testid="invite-form">
        <Field
          label={t('inviteName')}
          value={name}
          onInput={setName}
          testId="invite-name"
          autoComplete="off"
        />
        <div class="row">
          <Select
            label={t('role')}
            value={role}
            onChange={setRole}
            testId="invite-role"
            options={
              coaching
                ? [
                    { value: 'party', label: t('roleClient') },
                    { value: 'secretariat', label: t('roleSecretariat') },
                  ]
                : [
                    { value: 'party', label: t('roleParty') },
                    { value: 'adviser', label: t('roleAdviser') },
                    { value: 'secretariat', label: t('roleSecretariat') },
                  ]
            }
          />
          {chooseSide ? (
            <Select
              label={t('side')}
              value={sideValue}
              onChange={setSide}
              testId="invite-side"
              options={[
                ...sides.map((s) => ({ value: s.id, label: s.name })),
                { value: NEW_SIDE, label: t('newSide') },
              ]}
            />
          ) : null}
        </div>
        {chooseSide && sideValue === NEW_SIDE ? (
          <Field
            label={t('newSideName')}
            value={newSide}
            onInput={setNewSide}
            testId="invite-new-side"
            autoComplete="off"
          />
        ) : null}
        <p class="hint hint-muted">
          {onSide ? t(coaching ? 'clientHint' : 'sideHint') : t('secretariatHint')}
        </p>
        {problem ? (
          <p class="console-problems" role="alert">
            {problem}
          </p>
        ) : null}
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="invite-submit">
            {t('inviteButton')}
          </button>
        </div>
      </form>
    </section>
  )
}
