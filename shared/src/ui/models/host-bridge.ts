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
  /** Who this instance is on the platform (from host.start()). */
  selfHostId: string
}

/** What the rest of the sidebar needs from the platform roster. */
export interface HostBridge {
  /** Platform ids of a session participant (matched by name; empty where the platform gave none). */
  hostIdsOf(participantId: string): string[]
  stop(): void
}

const norm = (name: string) => name.trim().toLowerCase()

/**
 * Feeds platform events into the session: the mediator's instance records who speaks (per side talk time),
 * a party's instance reports only its own speaking and mirrors a hand raised in the platform's own UI.
 * Platform ids are matched to participants by name, the only link the platforms give us; an unmatched
 * speaker is simply not counted.
 */
export function bridgeHost({ host, actor, control, client, isMediator, selfHostId }: BridgeDeps): HostBridge {
  const names = new Map<string, string>()
  let selfId = selfHostId
  const participantOf = (hostId: string) => {
    const name = norm(names.get(hostId) ?? '')
    return control.participants.value.find((p) => norm(p.name) === name)?.id
  }
  const send = (command: unknown) => void client.command(command).catch(() => {})
  const onEvent = (e: HostEvent) => {
    if (e.type === 'self') selfId = e.self.hostId
    if (e.type === 'participants') for (const p of e.participants) names.set(p.hostId, p.name)
    if (e.type === 'hand' && !isMediator && e.hostId === selfId) {
      const queued = control.queue.value.some((q) => q.participantId === actor.value.participantId)
      if (e.raised !== queued) send({ type: e.raised ? 'raiseHand' : 'lowerHand' })
      return
    }
    if (e.type !== 'speaking' && e.type !== 'muted') return
    try {
      if (isMediator) {
        const participantId = participantOf(e.hostId)
        if (!participantId) return
        const origin = localOrigin(actor.value.participantId)
        if (e.type === 'speaking')
          reportSpeaking(control.doc, { participantId, speaking: e.speaking, at: e.at }, origin)
        else reportMuted(control.doc, { participantId, muted: e.muted, at: e.at }, origin)
      } else if (e.hostId === selfId && !host.capabilities().roster) {
        send(
          e.type === 'speaking'
            ? { type: 'reportSpeaking', speaking: e.speaking, at: e.at }
            : { type: 'reportMuted', muted: e.muted, at: e.at },
        )
      }
    } catch (err) {
      console.warn('could not record a platform report', err)
    }
  }
  const stop = host.on(onEvent)
  return {
    hostIdsOf(participantId) {
      const name = norm(control.nameOf.value(participantId))
      return [...names].filter(([, n]) => norm(n) === name).map(([id]) => id)
    },
    stop,
  }
}
