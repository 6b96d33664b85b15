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
  removeListener<K extends JitsiEventName>(event: K, listener: (payload: JitsiEvents[K]) => void): unknown
  getRoomsInfo(): Promise<JitsiRoomsInfo>
  getSupportedCommands(): string[]
  getIFrame(): HTMLIFrameElement
  dispose(): void
}
