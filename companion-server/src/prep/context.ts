import type { IceServerConfig } from '@mediation/core/prep'
import type { PrepStore } from './store'

/** What the prep routes need beyond the common AppContext: their store and the STUN/TURN servers to test. */
export interface PrepContext {
  store: PrepStore
  iceServers: IceServerConfig[]
}
