/** @mediation/sidebar/ui — the one sidebar app; platform plugins call mountSidebar with their MeetingHost. */
export { App } from './app'
export {
  type Dictionary,
  formatClock,
  formatDuration,
  loadDictionary,
  loadTranslator,
  type MessageKey,
  pickLanguage,
  type Translate,
  translator,
} from './i18n/i18n'
export { spliceText } from './models/caucus-notes-model'
export { createControlModel } from './models/control-model'
export { describeError } from './models/errors-model'
export { createHandsModel, type HandsModel, type TitleTarget } from './models/hands-model'
export { type BridgeDeps, bridgeHost, type HostBridge } from './models/host-bridge'
export { createSessionModel, type SessionModel } from './models/session-model'
export { createStatusModel, type FocusSource, type StatusModel } from './models/status-model'
export { type MountedSidebar, type MountOptions, mountSidebar } from './mount'
export { SIDE_COLOURS, sideColour, sideColours } from './side-colours'
