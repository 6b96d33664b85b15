/**
 * The one interface between the sidebar and a video platform (Zoom, Jitsi, a plain page, a test fake).
 * The sidebar imports only this file; each platform has one adapter that implements it.
 * Every adapter (and the fake used in tests) passes the same contract suite: test/shared/meeting-host.contract.ts.
 */

/** Which platform an adapter speaks to. */
export type HostKind = 'zoom' | 'jitsi' | 'standalone' | 'fake'

/** The room a platform participant is in: the main meeting, or a private caucus room keyed by side id. */
export type HostRoom = { kind: 'main' } | { kind: 'caucus'; sideId: string }

/** A person as the platform sees them. `hostId` is the platform's id (Zoom participantUUID, Jitsi endpoint id). */
export interface HostParticipant {
  hostId: string
  name: string
  moderator: boolean
  room: HostRoom
  /** The session participant this platform participant is bound to (by their invite), once known. */
  participantId?: string
}

/** Who this instance is on the platform. */
export interface HostSelf {
  hostId: string
  name: string
  moderator: boolean
}

/** What this platform instance can do; the sidebar turns features off (visibly) where a flag is false. */
export interface HostCapabilities {
  /** Sees every participant (Zoom: host/co-host only). */
  roster: boolean
  /** Reports who is speaking for everyone (Zoom host instance, Jitsi dominant speaker). */
  activeSpeaker: boolean
  /** Reports whether this instance's own user is speaking. */
  ownSpeaking: boolean
  /** Can mirror the platform's own raise-hand. */
  raiseHand: boolean
  /** Can mute everyone except one person (moderator only). */
  muteOthers: boolean
  /** Can move people between the main room and caucus rooms. */
  rooms: boolean
}

/** What a platform tells the sidebar. Times are epoch milliseconds. */
export type HostEvent =
  | { type: 'participants'; participants: HostParticipant[] }
  | { type: 'speaking'; hostId: string; speaking: boolean; at: number }
  | { type: 'muted'; hostId: string; muted: boolean; at: number }
  | { type: 'hand'; hostId: string; raised: boolean; at: number }
  | { type: 'self'; self: HostSelf }
  | { type: 'room'; room: HostRoom }
  | { type: 'failure'; action: string; message: string }

/** A caucus room as the server planned it; `secret` is the platform room name (Jitsi) when there is one. */
export interface CaucusRoomPlan {
  sideId: string
  name: string
  secret?: string
  /** Platform ids of the side's members who go into this room (the mediator moves separately). */
  hostIds: string[]
}

export interface MeetingHost {
  readonly kind: HostKind
  /** Connects to the platform; resolves with who this instance is. */
  start(): Promise<HostSelf>
  capabilities(): HostCapabilities
  /** Subscribes to platform events; returns the unsubscribe function. */
  on(listener: (event: HostEvent) => void): () => void
  /** Raises or lowers this instance's own hand on the platform (no-op where unsupported). */
  setHand(raised: boolean): Promise<void>
  /** Moderator: mutes everyone except the given participant (the floor holder); resolves once confirmed. */
  muteAllExcept(hostId: string | null): Promise<void>
  /** Moderator: opens the caucus rooms and moves each side's members into its room. */
  openCaucus(rooms: CaucusRoomPlan[]): Promise<void>
  /** Moves this instance's own user to a room (the mediator between caucus rooms, or back to main). */
  moveSelf(room: HostRoom, plan?: CaucusRoomPlan): Promise<void>
  /**
   * Goes where the session places this participant now (the caucus state, as the sidebar reads it): a platform
   * whose pages choose their own room (Jitsi) moves there; where a moderator moves people (Zoom) it does nothing.
   */
  followRoom(room: HostRoom): Promise<void>
  /** Moderator: brings everyone back to the main room and closes the caucus rooms. */
  closeCaucus(): Promise<void>
  /**
   * SAFETY-6: this instance's own user leaves the call (the meeting goes on for the others): Jitsi's `hangup`,
   * Zoom's `leaveMeeting`. Resolves true once the platform left, false where it cannot (no call here, an older
   * client, a refusal): then the page asks the person to close the call themselves.
   */
  leave(): Promise<boolean>
  /** Releases every listener, iframe and timer the adapter holds. */
  dispose(): void
}
