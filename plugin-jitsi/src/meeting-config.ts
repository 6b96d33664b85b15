/**
 * The configOverwrite every embedded mediation meeting gets. Only keys on jitsi-meet's whitelist are applied
 * (react/features/base/config/configWhitelist.ts); the deployment must set the rest (see README).
 */

/** Jitsi toolbar without recording, live streaming, invite, shared video or whiteboard. */
const TOOLBAR = [
  'camera',
  'desktop',
  'filmstrip',
  'fullscreen',
  'hangup',
  'microphone',
  'noisesuppression',
  'participants-pane',
  'raisehand',
  'select-background',
  'settings',
  'tileview',
  'toggle-camera',
  'videoquality',
  'chat',
]

/**
 * The hardened overwrite: device check before joining (once per page: a room move keeps the devices chosen),
 * no private side channels, no recording.
 */
export function hardenedConfig(opts: { prejoin: boolean } = { prejoin: true }): Record<string, unknown> {
  return {
    prejoinConfig: { enabled: opts.prejoin, hideExtraJoinButtons: ['no-audio', 'by-phone'] },
    // Breakout rooms are visible to every occupant; caucus uses separate rooms, so hide Jitsi's own controls.
    breakoutRooms: { hideAddRoomButton: true, hideAutoAssignButton: true, hideJoinRoomButton: true },
    remoteVideoMenu: { disablePrivateChat: 'all', disableGrantModerator: true },
    toolbarButtons: TOOLBAR,
    disableInviteFunctions: true,
    doNotStoreRoom: true,
    disableDeepLinking: true,
    hideConferenceSubject: true,
    lobby: { autoKnock: true, enableChat: false },
    raisedHands: { disableRemoveRaisedHandOnFocus: true },
  }
}
