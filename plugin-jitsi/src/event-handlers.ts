/** Which IFrame API events the adapter listens to, and what each one does to the roster. */
import type { HostRoom } from '@mediation/sidebar/host'
import type { watchBindings } from './bindings'
import type { JitsiEventName, JitsiEvents, JitsiRoomsInfo } from './jitsi-api'
import type { Roster } from './roster'

export const LISTENED: JitsiEventName[] = [
  'videoConferenceJoined',
  'videoConferenceLeft',
  'participantJoined',
  'participantLeft',
  'participantRoleChanged',
  'displayNameChange',
  'dominantSpeakerChanged',
  'participantMuted',
  'audioMuteStatusChanged',
  'raiseHandUpdated',
]

export interface HandlerDeps {
  roster: Roster
  bindings: ReturnType<typeof watchBindings>
  /** The room the attached meeting was mounted for. */
  room: () => HostRoom
  roomsInfo: () => Promise<JitsiRoomsInfo>
  announce: (endpointId: string) => void
  /** Called once the joined meeting's roles and microphones are known (or could not be fetched). */
  settled: () => void
}

export type Handlers = { [K in JitsiEventName]: (p: JitsiEvents[K]) => void }

/** The handler table for one adapter. */
export function createHandlers({
  roster,
  bindings,
  room,
  roomsInfo,
  announce,
  settled,
}: HandlerDeps): Handlers {
  return {
    videoConferenceJoined: (p) => {
      roster.joined(p, room())
      announce(p.id)
      roomsInfo()
        .then((i) => roster.snapshot(i.rooms.flatMap((r) => r.participants)))
        .then(settled, settled)
    },
    videoConferenceLeft: () => roster.left(),
    participantJoined: (p) => {
      roster.participantJoined(p)
      bindings.check()
    },
    participantLeft: (p) => roster.participantLeft(p),
    participantRoleChanged: (p) => roster.role(p),
    displayNameChange: (p) => roster.displayName(p),
    dominantSpeakerChanged: (p) => roster.dominantSpeaker(p),
    participantMuted: (p) => roster.muted(p),
    audioMuteStatusChanged: (p) => roster.ownMuted(p),
    raiseHandUpdated: (p) => roster.hand(p),
  }
}
