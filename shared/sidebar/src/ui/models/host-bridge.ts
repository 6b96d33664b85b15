import { type Actor, localOrigin, reportMuted, reportSpeaking } from '@mediation/core/domain'
import type { PartyCommand } from '@mediation/protocol'
import { type ReadonlySignal, signal } from '@preact/signals'
import type { SessionClient } from '../../client/session-client'
import type { HostEvent, HostParticipant, HostSelf, MeetingHost } from '../../host/meeting-host'
import type { ControlModel } from './control-model'

export interface BridgeDeps {
  host: MeetingHost
  actor: ReadonlySignal<Actor>
  control: ControlModel
  client: SessionClient
  isMediator: boolean
  /** Who this instance is on the platform (from host.start()). */
  selfHostId: string
  /** Whether host.start() said this instance is a platform moderator (default: not). */
  selfModerator?: boolean
}

/** What the rest of the sidebar needs from the platform roster. */
export interface HostBridge {
  /** Platform ids of a session participant (by bound participant id, else by name; empty where none). */
  hostIdsOf(participantId: string): string[]
  /** Whether this instance is a moderator on the platform now (it may be promoted or demoted later). */
  moderator: ReadonlySignal<boolean>
  /** Who this instance is on the platform, learnt after the bridge started (a late `host.start()`). */
  setSelf(self: HostSelf): void
  /** The platform's roster as this instance last heard it, without itself (on most platforms only moderators hear it). */
  roster: ReadonlySignal<HostParticipant[]>
  stop(): void
}

const norm = (name: string) => name.trim().toLowerCase()

/** What the roster told us about one platform participant. */
interface Seen {
  name: string
  /** Set when the platform bound this person to a session participant (e.g. Jitsi, from its invite). */
  participantId?: string | undefined
}

/**
 * Feeds platform events into the session: the mediator's instance records who speaks (per side talk time),
 * a party's instance reports only its own speaking and mirrors a hand raised in the platform's own UI.
 * Platform ids are matched to participants by the bound participant id when the platform gives one (two
 * people may share a display name), else by name; an unmatched speaker is simply not counted.
 */
export function bridgeHost({
  host,
  actor,
  control,
  client,
  isMediator,
  selfHostId,
  selfModerator = false,
}: BridgeDeps): HostBridge {
  const seen = new Map<string, Seen>()
  let selfId = selfHostId
  const moderator = signal(selfModerator)
  const roster = signal<HostParticipant[]>([])
  const participantOf = (hostId: string) => {
    const s = seen.get(hostId)
    if (!s) return undefined
    const all = control.participants.value
    // a bound id is authoritative: it never falls back to a (possibly shared) name
    if (s.participantId !== undefined) return all.find((p) => p.id === s.participantId)?.id
    return all.find((p) => norm(p.name) === norm(s.name))?.id
  }
  const send = (command: PartyCommand) => void client.command(command).catch(() => {})
  const onEvent = (e: HostEvent) => {
    if (e.type === 'self') {
      selfId = e.self.hostId
      moderator.value = e.self.moderator
    }
    if (e.type === 'participants') {
      for (const p of e.participants) seen.set(p.hostId, { name: p.name, participantId: p.participantId })
      roster.value = e.participants.filter((p) => p.hostId !== selfId)
    }
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
        const ctx = { origin: localOrigin(actor.value.participantId) }
        if (e.type === 'speaking')
          reportSpeaking(control.doc, { participantId, speaking: e.speaking, at: e.at }, ctx)
        else reportMuted(control.doc, { participantId, muted: e.muted, at: e.at }, ctx)
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
      const matches = (s: Seen) =>
        s.participantId !== undefined ? s.participantId === participantId : norm(s.name) === name
      return [...seen].filter(([, s]) => matches(s)).map(([id]) => id)
    },
    moderator,
    roster,
    setSelf(self) {
      selfId = self.hostId
      moderator.value = self.moderator
    },
    stop,
  }
}
