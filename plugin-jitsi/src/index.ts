/** @mediation/plugin-jitsi — the Jitsi MeetingHost adapter and the page around it. */
export { createConfirmations, JitsiCommandError } from './confirmations'
export { createJitsiHost, type JitsiHost, type JitsiHostOptions } from './host'
export type { JitsiApi, JitsiEvents } from './jitsi-api'
export { hardenedConfig } from './meeting-config'
