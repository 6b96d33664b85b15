import { createListeners } from './listeners'
import type {
  CaucusRoomPlan,
  HostCapabilities,
  HostEvent,
  HostRoom,
  HostSelf,
  MeetingHost,
} from './meeting-host'

/** A call the sidebar made on the fake host, recorded so tests can assert what the sidebar asked for. */
export type FakeHostCall =
  | { method: 'setHand'; raised: boolean }
  | { method: 'muteAllExcept'; hostId: string | null }
  | { method: 'openCaucus'; rooms: CaucusRoomPlan[] }
  | { method: 'moveSelf'; room: HostRoom }
  | { method: 'closeCaucus' }
  | { method: 'leave' }

/** The fake host plus the test's handle on the "platform" side of it. */
export interface FakeHost extends MeetingHost {
  readonly calls: FakeHostCall[]
  /** Every room the sidebar asked to follow, in order (kept apart from `calls`: it follows the caucus state). */
  readonly follows: HostRoom[]
  /** Plays a platform event into the sidebar, as a real platform would. */
  emit(event: HostEvent): void
}

export interface FakeHostOptions {
  /** Whether `leave()` succeeds (default true), as a platform that can hang up. */
  canLeave?: boolean
  self?: Partial<HostSelf>
  capabilities?: Partial<HostCapabilities>
}

const ALL: HostCapabilities = {
  roster: true,
  activeSpeaker: true,
  ownSpeaking: true,
  raiseHand: true,
  muteOthers: true,
  rooms: true,
}

/** An in-memory MeetingHost for tests and demos: records calls, confirms moves with events like a platform. */
export function createFakeHost(opts: FakeHostOptions = {}): FakeHost {
  const self: HostSelf = { hostId: 'fake-self', name: 'Fake', moderator: false, ...opts.self }
  const caps: HostCapabilities = { ...ALL, ...opts.capabilities }
  const listeners = createListeners()
  const calls: FakeHostCall[] = []
  const follows: HostRoom[] = []
  let disposed = false
  const emit = (event: HostEvent) => {
    if (!disposed) listeners.emit(event)
  }
  return {
    kind: 'fake',
    calls,
    emit,
    async start() {
      emit({ type: 'self', self })
      return { ...self }
    },
    capabilities: () => ({ ...caps }),
    on: (listener) => listeners.add(listener),
    async setHand(raised) {
      calls.push({ method: 'setHand', raised })
      if (caps.raiseHand) emit({ type: 'hand', hostId: self.hostId, raised, at: Date.now() })
    },
    async muteAllExcept(hostId) {
      calls.push({ method: 'muteAllExcept', hostId })
    },
    async openCaucus(rooms) {
      calls.push({ method: 'openCaucus', rooms })
    },
    follows,
    async followRoom(room) {
      follows.push(room)
    },
    async moveSelf(room) {
      calls.push({ method: 'moveSelf', room })
      if (caps.rooms) emit({ type: 'room', room })
    },
    async closeCaucus() {
      calls.push({ method: 'closeCaucus' })
      if (caps.rooms) emit({ type: 'room', room: { kind: 'main' } })
    },
    async leave() {
      calls.push({ method: 'leave' })
      return opts.canLeave ?? true
    },
    dispose() {
      disposed = true
      listeners.clear()
    },
  }
}
