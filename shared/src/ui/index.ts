/** @mediation/shared/ui — the one sidebar app; platform plugins call mountSidebar with their MeetingHost. */
export { App } from './app'
export { type MessageKey, pickLanguage, type Translate, translator } from './i18n/i18n'
export { createSessionModel, type SessionModel } from './models/session-model'
export { type MountedSidebar, type MountOptions, mountSidebar } from './mount'
