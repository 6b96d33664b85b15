import { guestModeApis } from './zoom-sdk-docs'

/**
 * The documented Zoom rules the emulator plays, each by name, each on by default (a test that needs the lenient
 * behaviour turns one off and says so). Sources: `@zoom/appssdk` 0.16 `sdk.d.ts` doc comments and the reference
 * notes (../shared/reference/zoom.md §1.2–1.3, §4).
 */
export interface ZoomRules {
  /**
   * `getBreakoutRoomList`: "Owners get list of rooms and participants … Co-hosts and participants get only list
   * of rooms" (type comment). Only the meeting owner (the emulator's host) sees `participants`/`unassigned`.
   */
  ownerOnlyRoomLists: boolean
  /**
   * `changeBreakoutRoom`: "rooms must be configured to allow participant to choose rooms
   * (allowParticipantsToChooseRoom=true)" — for every caller, host and co-host included.
   */
  chooseRoomRequired: boolean
  /**
   * `assignParticipantToBreakoutRoom`: "For open breakout rooms, the method triggers a user flow to join the room":
   * the person gets a prompt (`answerJoinPrompt`) instead of an instant move.
   */
  joinPromptOnAssign: boolean
  /**
   * Closing rooms runs the configured `countDown` (seconds, Zoom's default 60) before everyone is back in the
   * main session; meanwhile the rooms still list as open. `endCountdown()` ends it at once.
   */
  closeCountdown: boolean
  /** `onParticipantChange`: "The participantUUID of the user might change when the role changes." */
  newUuidOnRoleChange: boolean
  /** `onParticipantChange`: "triggers twice in some situations" — here every join and role change. */
  doubleParticipantEvents: boolean
  /**
   * Guests (no Zoom account: no `uid` in the app context, user status `unauthenticated`) may call only the APIs
   * marked "Supports Guest Mode: Yes"; others fail until `promptAuthorize` succeeds (`answerAuthorize`).
   */
  guestMode: boolean
}

export const DOCUMENTED_RULES: ZoomRules = {
  ownerOnlyRoomLists: true,
  chooseRoomRequired: true,
  joinPromptOnAssign: true,
  closeCountdown: true,
  newUuidOnRoleChange: true,
  doubleParticipantEvents: true,
  guestMode: true,
}

/**
 * What a guest may call: every API sdk.d.ts marks "Supports Guest Mode: Yes", read from the SDK's own doc
 * comments (test/support/zoom-sdk-docs.ts), plus `config`, which every instance must call first.
 */
export const GUEST_APIS: ReadonlySet<string> = new Set(['config', ...guestModeApis()])
