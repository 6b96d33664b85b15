import type { HostParticipant, MeetingHost } from '@mediation/sidebar/host'
import type { CaucusIssue } from './caucus-check'
import type { ZoomBinding } from './caucus-plan'
import type { ZoomConfigState } from './zoom-config'

/** A move of the mediator waiting for them to click Join (or Leave: `roomName` null) in Zoom's own panel. */
export interface MoveRequest {
  roomName: string | null
}

/** What the Zoom adapter (zoom-host.ts) offers: MeetingHost plus what only the Zoom app shell needs. */
export interface ZoomHost extends MeetingHost {
  readonly kind: 'zoom'
  config(): ZoomConfigState
  /** `parentUUID || meetingUUID`: the key of meeting-wide state, the same inside breakout rooms. */
  mainMeeting(): Promise<string>
  appContext(): Promise<string>
  /**
   * Session participants bound to Zoom participants (participantUUID → participant and side), from the server's
   * assignments. Rooms in a caucus plan without Zoom ids are filled from these: each side's bound people.
   */
  setBindings(map: Map<string, ZoomBinding>): void
  /** The host's roster with Zoom's own screen names (the `participants` event names bound people as in the session). */
  zoomRoster(): HostParticipant[]
  onConfig(fn: (state: ZoomConfigState) => void): () => void
  onCaucusIssues(fn: (issues: CaucusIssue[]) => void): () => void
  /** Re-reads Zoom's rooms and re-checks them against the last plan. */
  checkCaucus(): Promise<CaucusIssue[]>
  /** A ≤ 1 KB, unordered poke to the other instances ("fetch again"); never the data itself. */
  nudge(kind: string): Promise<void>
  onNudge(fn: (kind: string) => void): () => void
  /** Where the parties' own apps say they are (participantUUID → breakout room, null = main); re-checks. */
  setPlacements(map: Map<string, string | null>): void
  /** The breakout room this instance is in (`getMeetingUUID` inside a room), or null in the main session. */
  breakoutRoom(): Promise<string | null>
  /** A move waiting for the mediator in Zoom's panel; null once it is confirmed or has failed. */
  onMoveRequest(fn: (request: MoveRequest | null) => void): () => void
  /** A guest asks Zoom to sign them in (`promptAuthorize`), for the APIs Zoom keeps from guests. */
  signInToZoom(): Promise<void>
}
