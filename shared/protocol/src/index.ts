/** @mediation/protocol — the wire contract between the pages and the companion server. */
export * from './session-status'
export * from './wire'
