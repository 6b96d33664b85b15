import type { HostEvent } from '@mediation/sidebar/host'
import type { OnActiveSpeakerChangeEvent } from '@zoom/appssdk'

/**
 * Turns `onActiveSpeakerChange` (the current speakers, as a full list) into start/stop events per person, and
 * a party's own `onMyActiveSpeakerChange` into its speaking event.
 */
export function createSpeakerTracker(clock: () => number) {
  const speaking = new Set<string>()
  return {
    active(e: OnActiveSpeakerChangeEvent): HostEvent[] {
      const at = typeof e.timestamp === 'number' ? e.timestamp : clock()
      const now = new Set(e.users.map((u) => u.participantUUID))
      const out: HostEvent[] = []
      for (const id of speaking)
        if (!now.has(id)) out.push({ type: 'speaking', hostId: id, speaking: false, at })
      for (const id of now)
        if (!speaking.has(id)) out.push({ type: 'speaking', hostId: id, speaking: true, at })
      speaking.clear()
      for (const id of now) speaking.add(id)
      return out
    },
    mine(selfId: string, e: { timestamp: number; status: string }): HostEvent {
      return {
        type: 'speaking',
        hostId: selfId,
        speaking: e.status === 'started',
        at: e.timestamp ?? clock(),
      }
    },
  }
}

/** Zoom's raise hand is a feedback reaction; any other reaction (or its removal) lowers the hand. */
export function createHandTracker(clock: () => number) {
  const hands = new Set<string>()
  return {
    feedback(e: { participantUUID: string; feedback: string; timestamp: number }): HostEvent | null {
      const raised = e.feedback === 'raiseHand'
      if (raised === hands.has(e.participantUUID)) return null
      if (raised) hands.add(e.participantUUID)
      else hands.delete(e.participantUUID)
      return { type: 'hand', hostId: e.participantUUID, raised, at: e.timestamp ?? clock() }
    },
  }
}
