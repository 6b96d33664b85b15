/** "Before the session" on the server: routes, ping socket, storage, receipt. */
export type { PrepContext } from './context'
export { parseIceServers } from './ice-config'
export { createLowdbPrepStore } from './lowdb-store'
export { createMemoryPrepStore } from './memory-store'
export { createPingServer, type PingServer } from './ping-server'
export { prepRoutes } from './routes'
export type { PrepData, PrepStore } from './store'
