/** SAFETY-6 in the opening bundle: only what a party needs (the mediator's overview is in safety-model.ts, loaded later). */
import { signal } from '@preact/signals'
import type { Api } from '../../client/api'

/** SAFETY-6: a party's "end now": the sidebar closes first (nothing waits on the network), then the server hears. */
export function createEndNow(o: { api: Api; sessionId: string; closeAll: () => void }) {
  const exited = signal(false)
  return {
    exited,
    endNow: () => {
      exited.value = true
      o.closeAll()
      void o.api.safetyExit(o.sessionId).catch(() => {})
    },
  }
}
