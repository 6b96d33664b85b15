/**
 * The safety screening in the sidebar (SAFETY-3…6). The mediator's overview comes from the server (the answers
 * live in no document a party can open), fetched at start and every 15 s so a party's "end now" shows within that
 * time; that part loads with the mediator's panel (views/safety-connected.tsx), parties never download it.
 */
import type { SafetyOverview } from '@mediation/core/prep'
import { signal } from '@preact/signals'
import type { Api } from '../../client/api'
import type { ErrorsModel } from './errors-model'

/** How often the mediator's sidebar asks again (an "end now" is shown within this time). */
export const SAFETY_POLL_MS = 15_000

/** SAFETY-3/4: the mediator's overview, polled; `confirm` records the assessment. */
export function createSafetyModel(o: { api: Api; sessionId: string; errors: ErrorsModel }) {
  const overview = signal<SafetyOverview | null>(null)
  const path = `/api/sessions/${encodeURIComponent(o.sessionId)}/prep/safety`
  const load = async () => {
    try {
      overview.value = await o.api.call<SafetyOverview>('GET', path)
    } catch {
      // A failed poll keeps the last overview; the next poll tries again.
    }
  }
  const timer = setInterval(() => void load(), SAFETY_POLL_MS)
  void load()
  return {
    overview,
    confirm: async () => {
      try {
        overview.value = await o.api.call<SafetyOverview>('POST', `${path}/assessed`)
      } catch (err) {
        o.errors.report(err)
      }
    },
    dispose: () => clearInterval(timer),
  }
}
export type SafetyModel = ReturnType<typeof createSafetyModel>
