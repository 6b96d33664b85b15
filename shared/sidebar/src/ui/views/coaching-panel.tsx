/**
 * The Coaching tab's wiring (COACH-3/4), in the lazily loaded chunk with the plan's domain code: the coach writes
 * the plan in `control` directly; the client ticks its action points by a command the server checks.
 */
import { addCoachingItem, coachingPlan, removeCoachingItem, tickAction } from '@mediation/core/coaching'
import type { Translate } from '../i18n/i18n'
import type { SessionModel } from '../models/session-model'
import { CoachingView } from './coaching-view'

export function CoachingPanel({ m }: { m: SessionModel; t: Translate }) {
  const c = m.control
  const a = m.actions
  // Reading the version re-renders this panel on every change to the control document.
  c.version.value
  const items = coachingPlan(c.doc)
  return (
    <CoachingView
      items={items}
      lang={m.lang.value}
      t={m.t.value}
      coach={
        m.isMediator
          ? {
              onAdd: (kind, text, due) => a.local((ctx) => addCoachingItem(c.doc, { kind, text, due }, ctx)),
              onRemove: (id) => void a.local((ctx) => removeCoachingItem(c.doc, { id }, ctx)),
            }
          : undefined
      }
      onTick={(id, done) =>
        m.isMediator
          ? void a.local((ctx) => tickAction(c.doc, { id, done }, ctx))
          : void a.command({ type: 'tickAction', id, done })
      }
    />
  )
}
