/**
 * What one Jitsi room looks like from this page: who is in it, their roles, hands, microphones and the dominant
 * speaker, turned into MeetingHost events. Only the current room is visible: a caucus is a separate Jitsi room.
 */
import type { HostEvent, HostParticipant, HostRoom, HostSelf } from '@mediation/sidebar/host'
import type { JitsiEvents, JitsiRoomParticipant } from './jitsi-api'

interface Person {
  name: string
  moderator: boolean
  hand: number
  muted: boolean
}

/** Roster state for the attached meeting; `emit` gets every resulting HostEvent. */
export function createRoster(emit: (e: HostEvent) => void, now: () => number) {
  const people = new Map<string, Person>()
  const bound = new Map<string, string>()
  let self: HostSelf | null = null
  let room: HostRoom = { kind: 'main' }
  let speaker: string | null = null

  const person = (id: string): Person => {
    let p = people.get(id)
    if (!p) {
      p = { name: '', moderator: false, hand: 0, muted: false }
      people.set(id, p)
    }
    return p
  }
  const list = (): HostParticipant[] =>
    [...people].map(([hostId, p]) => {
      const participantId = bound.get(hostId)
      return {
        hostId,
        name: p.name,
        moderator: p.moderator,
        room,
        ...(participantId ? { participantId } : {}),
      }
    })
  const emitList = () => emit({ type: 'participants', participants: list() })
  const setSpeaker = (id: string | null) => {
    if (id === speaker) return
    const at = now()
    if (speaker !== null) emit({ type: 'speaking', hostId: speaker, speaking: false, at })
    speaker = id
    if (id !== null) emit({ type: 'speaking', hostId: id, speaking: true, at })
  }
  const setMuted = (id: string, muted: boolean) => {
    const p = person(id)
    if (p.muted === muted) return
    p.muted = muted
    emit({ type: 'muted', hostId: id, muted, at: now() })
  }
  const setHand = (id: string, handRaised: number) => {
    const p = person(id)
    if (Boolean(p.hand) === handRaised > 0) return
    p.hand = handRaised
    emit({ type: 'hand', hostId: id, raised: handRaised > 0, at: handRaised > 0 ? handRaised : now() })
  }

  return {
    self: () => self,
    room: () => room,
    participants: list,
    isMuted: (id: string) => people.get(id)?.muted ?? false,
    handRaised: (id: string) => (people.get(id)?.hand ?? 0) > 0,
    unbound: () => [...people.keys()].filter((id) => !bound.has(id)),
    bind(bindings: Record<string, string>) {
      let changed = false
      for (const [hostId, participantId] of Object.entries(bindings)) {
        if (people.has(hostId) && bound.get(hostId) !== participantId) {
          bound.set(hostId, participantId)
          changed = true
        }
      }
      if (changed) emitList()
    },
    joined(e: JitsiEvents['videoConferenceJoined'], inRoom: HostRoom) {
      room = inRoom
      people.clear()
      speaker = null
      const p = person(e.id)
      p.name = e.displayName ?? ''
      self = { hostId: e.id, name: p.name, moderator: p.moderator }
      // The room first: a new join starts over (whoever was moderator in the last room is not yet here).
      emit({ type: 'room', room })
      emit({ type: 'self', self })
      emitList()
    },
    left() {
      setSpeaker(null)
      people.clear()
      emitList()
    },
    /** Fills roles and microphones from getRoomsInfo (events only report changes). */
    snapshot(participants: JitsiRoomParticipant[]) {
      for (const rp of participants) {
        const p = person(rp.id)
        if (rp.displayName) p.name = rp.displayName
        p.moderator = rp.role === 'moderator'
        if (typeof rp.audioMuted === 'boolean') setMuted(rp.id, rp.audioMuted)
      }
      if (self)
        this.role({ id: self.hostId, role: people.get(self.hostId)?.moderator ? 'moderator' : 'participant' })
      emitList()
    },
    participantJoined(e: JitsiEvents['participantJoined']) {
      person(e.id).name = e.displayName ?? ''
      emitList()
    },
    participantLeft(e: JitsiEvents['participantLeft']) {
      if (speaker === e.id) setSpeaker(null)
      if (people.get(e.id)?.hand) setHand(e.id, 0)
      people.delete(e.id)
      emitList()
    },
    role(e: JitsiEvents['participantRoleChanged']) {
      const moderator = e.role === 'moderator'
      person(e.id).moderator = moderator
      if (self && e.id === self.hostId && self.moderator !== moderator) {
        self = { ...self, moderator }
        emit({ type: 'self', self })
      }
      emitList()
    },
    displayName(e: JitsiEvents['displayNameChange']) {
      person(e.id).name = e.displayname ?? ''
      emitList()
    },
    dominantSpeaker: (e: JitsiEvents['dominantSpeakerChanged']) => setSpeaker(e.id),
    muted: (e: JitsiEvents['participantMuted']) => e.mediaType === 'audio' && setMuted(e.id, e.isMuted),
    ownMuted: (e: JitsiEvents['audioMuteStatusChanged']) => self && setMuted(self.hostId, e.muted),
    hand: (e: JitsiEvents['raiseHandUpdated']) => setHand(e.id, e.handRaised),
  }
}

export type Roster = ReturnType<typeof createRoster>
