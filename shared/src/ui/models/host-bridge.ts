import type { ReadonlySignal } from '@preact/signals'
import type { SessionClient } from '../../client/session-client'
import { type Actor, localOrigin, reportMuted, reportSpeaking } from '../../domain'
import type { HostEvent, MeetingHost } from '../../host/meeting-host'
import type { ControlModel } from './control-model'

export interface BridgeDeps {
  host: MeetingHost
  actor: ReadonlySignal<Actor>
  control: ControlModel
  client: SessionClient
  isMediator: boolean
}

/**
 * Feeds platform events into the session: the mediator's instance records who speaks (per side talk time),
 * a party's instance reports only its own speaking. Platform ids are matched to participants by name, the
 * only link the platforms give us; an unmatched speaker is simply not counted.
 */
export function bridgeHost({ host, actor, control, client, isMediator }: BridgeDeps): () => void {
  const names = new Map<string, string>()
  let selfId = ''
  const participantOf = (hostId: string) => {
    const name = names.get(hostId)?.trim().toLowerCase()
    return control.participants.value.find((p) => p.name.trim().toLowerCase() === name)?.id
  }
  const onEvent = (e: HostEvent) => {
    if (e.type === 'self') selfId = e.self.hostId
    if (e.type === 'participants') for (const p of e.participants) names.set(p.hostId, p.name)
    if (e.type !== 'speaking' && e.type !== 'muted') return
    const origin = localOrigin(actor.value.participantId)
    try {
      if (isMediator) {
        const participantId = participantOf(e.hostId)
        if (!participantId) return
        if (e.type === 'speaking')
          reportSpeaking(control.doc, { participantId, speaking: e.speaking, at: e.at }, origin)
        else reportMuted(control.doc, { participantId, muted: e.muted, at: e.at }, origin)
      } else if (e.hostId === selfId && !host.capabilities().roster) {
        const command =
          e.type === 'speaking'
            ? { type: 'reportSpeaking', speaking: e.speaking, at: e.at }
            : { type: 'reportMuted', muted: e.muted, at: e.at }
        void client.command(command).catch(() => {})
      }
    } catch (err) {
      console.warn('could not record a platform report', err)
    }
  }
  return host.on(onEvent)
}
