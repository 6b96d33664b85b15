/** @mediation/protocol — the wire contract: zod schemas for every request and command, types inferred from them. */
export * from './bodies'
export * from './commands'
export * from './platform'
export * from './prep-bodies'
export * from './responses'
export * from './session-status'
export * from './vocabulary'
export * from './wire'
