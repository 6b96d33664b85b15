/** @mediation/companion-server — build a server with `createServer`; only main.ts reads env and listens. */
export type { RouterMount } from './http/app'
export type { AppContext } from './http/context'
export { createLogger, redactUrl } from './logger'
export { DEFAULT_LIMITS, type Limits, type ServerOptions, type Stores } from './options'
export { createServer, type RunningServer } from './server'
export type { DocStore, NoteStore, NoteWriteResult } from './store/types'
export { createLowdbStores, createMemoryStores } from './stores'
export { CLOSE } from './sync/messages'
