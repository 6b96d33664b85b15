import type { Participant } from '@mediation/core/domain'
import type { Language } from '@mediation/protocol'
import { useEffect, useState } from 'preact/hooks'
import type { Api } from '../../client/api'
import type { ErrorsModel } from '../models/errors-model'
import { createSafetyModel, type SafetyModel } from '../models/safety-model'
import { SafetyPanel } from './safety-panel'
import { StaggerForm } from './safety-stagger'

/** The mediator's safety panel with its model, both in the lazily loaded chunk (SAFETY-6). */
export function SafetyConnected(p: {
  api: Api
  sessionId: string
  errors: ErrorsModel
  shuttle: boolean
  lang: Language
  onShuttle: (on: boolean) => void
  /** The session's participants (for the staggered start, SAFETY-9). */
  people: readonly Participant[]
}) {
  const [model, setModel] = useState<SafetyModel | null>(null)
  useEffect(() => {
    const m = createSafetyModel({ api: p.api, sessionId: p.sessionId, errors: p.errors })
    setModel(m)
    return m.dispose
  }, [p.api, p.sessionId, p.errors])
  return (
    <SafetyPanel
      overview={model?.overview.value ?? null}
      shuttle={p.shuttle}
      lang={p.lang}
      onConfirm={() => void model?.confirm()}
      onShuttle={p.onShuttle}
      stagger={(t) => (
        <StaggerForm api={p.api} sessionId={p.sessionId} errors={p.errors} people={p.people} t={t} />
      )}
    />
  )
}
