/**
 * The part of JitsiMeetExternalAPI (jitsi-meet modules/API/external/external_api.js) this plugin uses, typed from
 * the source; @jitsi/react-sdk's own typings are incomplete (no getRoomsInfo, no getSupportedCommands).
 */

/** Payloads of the events we listen to, minus `name` (external_api strips it). */
export interface JitsiEvents {
  videoConferenceJoined: { roomName: string; id: string; displayName?: string; breakoutRoom?: boolean }
  videoConferenceLeft: { roomName: string }
  participantJoined: { id: string; displayName?: string }
  participantLeft: { id: string }
  participantRoleChanged: { id: string; role: string }
  displayNameChange: { id: string; displayname?: string }
  dominantSpeakerChanged: { id: string }
  participantMuted: { id: string; isMuted: boolean; mediaType: string }
  audioMuteStatusChanged: { muted: boolean }
  raiseHandUpdated: { id: string; handRaised: number }
}
export type JitsiEventName = keyof JitsiEvents

/** Events about the meeting itself (loaded, left, the lobby), which the page rather than the roster handles. */
export interface JitsiPageEvents {
  /** The meeting app in the iframe answers (API.init, before prejoin; external_api keeps `ready` to itself). */
  browserSupport: { supported: boolean }
  prejoinScreenLoaded: { id?: string }
  readyToClose: Record<string, never>
  participantKickedOut: { kicked: { id: string; local?: boolean }; kicker?: { id: string } }
  /** Someone waits in the lobby (sent to moderators). */
  knockingParticipant: { participant: { id: string; name?: string } }
}

/** A device as getCurrentDevices() reports it. */
export interface JitsiDevice {
  deviceId?: string
  label?: string
}

/** One participant as `getRoomsInfo()` reports it. */
export interface JitsiRoomParticipant {
  id: string
  displayName?: string
  role?: string
  audioMuted?: boolean
}

export interface JitsiRoomsInfo {
  rooms: { isMainRoom?: boolean; id: string; participants: JitsiRoomParticipant[] }[]
}

/** The IFrame API object `new JitsiMeetExternalAPI(...)` returns (an EventEmitter). */
export interface JitsiApi {
  executeCommand(name: string, ...args: unknown[]): void
  on<K extends JitsiEventName>(event: K, listener: (payload: JitsiEvents[K]) => void): unknown
  on<K extends keyof JitsiPageEvents>(event: K, listener: (payload: JitsiPageEvents[K]) => void): unknown
  removeListener<K extends JitsiEventName>(event: K, listener: (payload: JitsiEvents[K]) => void): unknown
  removeListener<K extends keyof JitsiPageEvents>(
    event: K,
    listener: (payload: JitsiPageEvents[K]) => void,
  ): unknown
  getRoomsInfo(): Promise<JitsiRoomsInfo>
  getSupportedCommands(): string[]
  /** The devices chosen in the meeting (on prejoin or in its settings). */
  getCurrentDevices(): Promise<{
    audioInput?: JitsiDevice
    audioOutput?: JitsiDevice
    videoInput?: JitsiDevice
  }>
  getIFrame(): HTMLIFrameElement
  dispose(): void
}
