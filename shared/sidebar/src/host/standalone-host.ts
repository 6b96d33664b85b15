import { createListeners } from './listeners'
import type { HostCapabilities, HostSelf, MeetingHost } from './meeting-host'

export interface StandaloneHostOptions {
  /** The name shown for this screen (the participant's name from the invite, or "this screen"). */
  name?: string
}

const NONE: HostCapabilities = {
  roster: false,
  activeSpeaker: false,
  ownSpeaking: false,
  raiseHand: false,
  muteOthers: false,
  rooms: false,
}

/**
 * The host for a plain page (a face-to-face session around one screen, or a party on a phone): there is no
 * platform, so it reports nothing and every platform action is a confirmed no-op; the sidebar's own state
 * (hands, floor, caucus) lives on the companion server and works unchanged.
 */
export function createStandaloneHost(opts: StandaloneHostOptions = {}): MeetingHost {
  const listeners = createListeners()
  const self: HostSelf = {
    hostId: `standalone-${Math.random().toString(36).slice(2, 10)}`,
    name: opts.name ?? '',
    moderator: false,
  }
  return {
    kind: 'standalone',
    async start() {
      return { ...self }
    },
    capabilities: () => ({ ...NONE }),
    on: (listener) => listeners.add(listener),
    async setHand() {},
    async muteAllExcept() {},
    async openCaucus() {},
    // One screen, no rooms: nothing to follow.
    async followRoom() {},
    async moveSelf() {},
    async closeCaucus() {},
    // No call on this page: the person closes the call (wherever it runs) themselves.
    async leave() {
      return false
    },
    dispose() {
      listeners.clear()
    },
  }
}
