import type { IceServerConfig, MeetingPlatform } from '@mediation/core/prep'
import type { PrepStore } from './store'

/** What the prep routes need beyond the common AppContext: their store, the STUN/TURN servers to test, the platforms. */
export interface PrepContext {
  store: PrepStore
  iceServers: IceServerConfig[]
  /** The video platforms this server is configured for: the agreement to mediate names them. */
  platforms: MeetingPlatform[]
}
