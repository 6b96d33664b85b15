import type { Participant } from '@mediation/core/domain'
import { useEffect, useState } from 'preact/hooks'
import type { Api } from '../../client/api'
import { Button } from '../kit/button'
import type { ErrorsModel } from '../models/errors-model'
import type { SafetyTranslate } from './safety-panel'

/**
 * SAFETY-9: the staggered start, set by the mediator: per party or adviser, the minutes after the meeting's start at
 * which their meeting link opens. The server refuses the link before then (Jitsi); leaving first is the mediator's.
 */
export function StaggerForm(p: {
  api: Api
  sessionId: string
  errors: ErrorsModel
  people: readonly Participant[]
  t: SafetyTranslate
}) {
  const path = `/api/sessions/${encodeURIComponent(p.sessionId)}/prep/safety/stagger`
  const [delays, setDelays] = useState<Record<string, number> | null>(null)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    void p.api
      .call<{ delays: Record<string, number> }>('GET', path)
      .then((r) => setDelays(r.delays))
      .catch((err: unknown) => p.errors.report(err))
  }, [p.api, path, p.errors])
  if (!delays) return null
  const people = p.people.filter((x) => x.role === 'party' || x.role === 'adviser')
  const save = async () => {
    try {
      const r = await p.api.call<{ delays: Record<string, number> }>('PUT', path, { delays })
      setDelays(r.delays)
      setSaved(true)
    } catch (err) {
      p.errors.report(err)
    }
  }
  return (
    <div class="stagger" data-testid="stagger">
      <p>{p.t('safety.staggered')}</p>
      {people.map((x) => (
        <label key={x.id} class="stagger-row">
          <span>{x.name}</span>{' '}
          <input
            type="number"
            class="stagger-minutes"
            min={0}
            max={120}
            step={1}
            inputMode="numeric"
            value={delays[x.id] ?? 0}
            data-testid={`stagger-${x.id}`}
            onInput={(e) => {
              const n = Math.max(0, Math.min(120, Math.round(Number(e.currentTarget.value) || 0)))
              setSaved(false)
              setDelays({ ...delays, [x.id]: n })
            }}
          />{' '}
          <span>{p.t('safety.staggerMinutes')}</span>
        </label>
      ))}
      <Button kind="secondary" onClick={() => void save()} testId="stagger-save">
        {p.t('safety.staggerSave')}
      </Button>
      {saved ? (
        <span class="hint hint-ok" role="status" data-testid="stagger-saved">
          {' '}
          {p.t('safety.staggerSaved')}
        </span>
      ) : null}
    </div>
  )
}
