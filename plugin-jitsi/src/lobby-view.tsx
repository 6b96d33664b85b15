/**
 * The mediator's answer to Jitsi's lobby: a knocker the server recognises as a participant who belongs in this
 * room is let in at once (knock-route.ts says when a name can be trusted); anyone else is shown to the mediator,
 * who lets them in or refuses. Jitsi sends knocks to moderators only, so a party's page never sees this.
 */
import type { JitsiKnockResponse, Language } from '@mediation/protocol'
import { useEffect, useState } from 'preact/hooks'
import type { JitsiHost, Knocker } from './host'
import { jitsiText } from './i18n'

export interface LobbyViewProps {
  host: JitsiHost
  lang: Language
  check: (name: string) => Promise<JitsiKnockResponse>
}

export function LobbyView({ host, lang, check }: LobbyViewProps) {
  const t = jitsiText(lang)
  const [waiting, setWaiting] = useState<Knocker[]>([])
  useEffect(
    () =>
      host.onKnock((k) => {
        check(k.name).then(
          (r) => (r.admit ? host.answerKnock(k.id, true) : show(k)),
          () => show(k),
        )
      }),
    [host, check],
  )
  const show = (k: Knocker) => setWaiting((w) => (w.some((x) => x.id === k.id) ? w : [...w, k]))
  const answer = (k: Knocker, admit: boolean) => {
    host.answerKnock(k.id, admit)
    setWaiting((w) => w.filter((x) => x.id !== k.id))
  }
  if (waiting.length === 0) return null
  return (
    <section class="jm-lobby" aria-label={t('lobbyLabel')} data-testid="lobby">
      {waiting.map((k) => (
        <p key={k.id} class="jm-warn" data-testid="knocker">
          {t('knocking', { name: k.name || '?' })}{' '}
          <button type="button" class="jm-btn" data-testid="knock-admit" onClick={() => answer(k, true)}>
            {t('admit')}
          </button>{' '}
          <button
            type="button"
            class="jm-btn jm-btn-quiet"
            data-testid="knock-refuse"
            onClick={() => answer(k, false)}
          >
            {t('refuse')}
          </button>
        </p>
      ))}
    </section>
  )
}
