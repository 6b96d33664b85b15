/** SAFETY-6 in the opening bundle: only what a party needs (the mediator's overview is in safety-model.ts, loaded later). */
import { signal } from '@preact/signals'
import type { Api } from '../../client/api'
import type { MeetingHost } from '../../host/meeting-host'

/** The longest text sent for the code-word check (the intake's answer limit); the end of a longer one is sent. */
const MAX_CHECKED = 4000

/**
 * SAFETY-6/8: a party's "end now": the sidebar closes first (nothing waits on the network), the platform hangs up
 * this person's call, then the server hears. Typing the own code word in any field of the sidebar does the same;
 * the server holds the word (the sidebar never has it) and records that match for the mediator only.
 */
export function createEndNow(o: { api: Api; sessionId: string; host: MeetingHost; closeAll: () => void }) {
  const exited = signal(false)
  /** null while the platform is asked; then whether it hung up (false: the person closes the call). */
  const hungUp = signal<boolean | null>(null)
  let lastChecked = ''
  const end = (tellServer: boolean) => {
    if (exited.value) return
    exited.value = true
    o.closeAll()
    void o.host
      .leave()
      .catch(() => false)
      .then((left) => {
        hungUp.value = left
      })
    if (tellServer) void o.api.safetyExit(o.sessionId).catch(() => {})
  }
  return {
    exited,
    hungUp,
    endNow: () => end(true),
    /** SAFETY-8: a field's text as typed (on Enter or when it is left): the server says whether it holds the word. */
    checkWord: (text: string) => {
      const t = text.trim().slice(-MAX_CHECKED)
      if (t.length < 2 || t === lastChecked || exited.value) return
      lastChecked = t
      void o.api
        .safetyWord(o.sessionId, t)
        .then((match) => {
          if (match) end(false)
        })
        .catch(() => {})
    },
  }
}
