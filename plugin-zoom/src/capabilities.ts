import type { Apis } from '@zoom/appssdk'

/**
 * Every Zoom Apps API and event this app uses — the one list passed to `config({capabilities})` and ticked in
 * Marketplace → Features → Zoom App SDK. The adapter can only reach SDK members named here (see `ZoomSdk` in
 * sdk.ts), and test/e2e/zoom-capabilities.test.ts checks the source against it.
 */
export const ZOOM_CAPABILITIES = [
  // who and where
  'getUserContext',
  'getMeetingUUID',
  'getAppContext',
  'onMyUserContextChange',
  'onRunningContextChange',
  // a guest (no Zoom account) signs in to Zoom, for the APIs Zoom keeps from guests
  'promptAuthorize',
  // roster and speakers (host/co-host instance)
  'getMeetingParticipants',
  'onParticipantChange',
  'onActiveSpeakerChange',
  // a party's own instance
  'onMyActiveSpeakerChange',
  'setFeedbackReaction',
  'removeFeedbackReaction',
  'onFeedbackReaction',
  'onRemoveFeedbackReaction',
  // caucus through breakout rooms
  'getBreakoutRoomList',
  'createBreakoutRooms',
  'addBreakoutRoom',
  'configureBreakoutRooms',
  'assignParticipantToBreakoutRoom',
  'openBreakoutRooms',
  'closeBreakoutRooms',
  // not changeBreakoutRoom: Zoom allows it only if parties may choose rooms; the mediator uses Zoom's own Join
  'onBreakoutRoomChange',
  'onMeetingConfigChanged',
  // a nudge between instances (≤ 1 KB, unordered); everything shared goes through the companion server
  'sendMessage',
  'onMessage',
  // a party's "end now" leaves its own call (SAFETY-6)
  'leaveMeeting',
] as const satisfies readonly Apis[]

export type ZoomCapability = (typeof ZOOM_CAPABILITIES)[number]

/**
 * The capabilities `sdk.d.ts` marks "*Supports Guest Mode*: Yes". A guest (user status `unauthenticated`: in
 * Zoom without an account, no `uid` in the app context) can use only these until `promptAuthorize` signs them
 * in; test/e2e/zoom-capabilities.test.ts reads the SDK's own doc comments to keep this list true.
 */
export const GUEST_MODE_APIS: ReadonlySet<ZoomCapability> = new Set<ZoomCapability>([
  'getUserContext',
  'getMeetingUUID',
  'getAppContext',
  'onMyUserContextChange',
  'promptAuthorize',
  'setFeedbackReaction',
  'removeFeedbackReaction',
  'onFeedbackReaction',
  'onRemoveFeedbackReaction',
  'getBreakoutRoomList',
  'onBreakoutRoomChange',
  'onMeetingConfigChanged',
  'sendMessage',
  'onMessage',
  'leaveMeeting',
])

/** Which APIs each sidebar feature needs; a feature is off when any of them is in `config().unsupportedApis`. */
export const FEATURE_APIS = {
  roster: ['getMeetingParticipants', 'onParticipantChange'],
  activeSpeaker: ['onActiveSpeakerChange'],
  ownSpeaking: ['onMyActiveSpeakerChange'],
  raiseHand: [
    'setFeedbackReaction',
    'removeFeedbackReaction',
    'onFeedbackReaction',
    'onRemoveFeedbackReaction',
  ],
  rooms: [
    'getBreakoutRoomList',
    'createBreakoutRooms',
    'addBreakoutRoom',
    'configureBreakoutRooms',
    'assignParticipantToBreakoutRoom',
    'openBreakoutRooms',
    'closeBreakoutRooms',
    'onBreakoutRoomChange',
  ],
  nudge: ['sendMessage', 'onMessage'],
} as const satisfies Record<string, readonly ZoomCapability[]>

export type ZoomFeature = keyof typeof FEATURE_APIS

/** Features only a host or co-host instance has (Zoom's role table). */
export const MODERATOR_FEATURES: readonly ZoomFeature[] = ['roster', 'activeSpeaker', 'rooms']
