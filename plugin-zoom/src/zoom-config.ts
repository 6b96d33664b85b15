import type { HostCapabilities } from '@mediation/sidebar/host'
import type { ConfigResponse } from '@zoom/appssdk'
import {
  FEATURE_APIS,
  GUEST_MODE_APIS,
  MODERATOR_FEATURES,
  ZOOM_CAPABILITIES,
  type ZoomCapability,
  type ZoomFeature,
} from './capabilities'
import { isModeratorRole, type ZoomSdk } from './sdk'

/**
 * Why a feature is off, so the sidebar can say so instead of failing: the role, the client, or (`guest`) Zoom
 * keeps the APIs from guests until they sign in to Zoom.
 */
export type FeatureState =
  | { on: true }
  | { on: false; reason: 'role' | 'unsupported' | 'guest'; apis: string[] }

/** getUserContext().status: a guest is `unauthenticated` (in Zoom without an account). */
export type ZoomUserStatus = 'unauthenticated' | 'authenticated' | 'authorized'

export interface ZoomConfigState {
  runningContext: string
  clientVersion: string
  unsupported: ReadonlySet<string>
  role: string
  /** In Zoom as a guest: only the guest-mode APIs work until `promptAuthorize` signs them in. */
  guest: boolean
  features: Record<ZoomFeature, FeatureState>
}

/** Which features this instance has, given its role, what the client said it cannot do, and guest mode. */
export function featuresFor(
  role: string,
  unsupported: ReadonlySet<string>,
  guest = false,
): Record<ZoomFeature, FeatureState> {
  const out = {} as Record<ZoomFeature, FeatureState>
  for (const [feature, apis] of Object.entries(FEATURE_APIS) as [ZoomFeature, readonly ZoomCapability[]][]) {
    const missing = apis.filter((api) => unsupported.has(api))
    const keptFromGuests = guest ? apis.filter((api) => !GUEST_MODE_APIS.has(api)) : []
    if (missing.length > 0) out[feature] = { on: false, reason: 'unsupported', apis: missing }
    else if (MODERATOR_FEATURES.includes(feature) && !isModeratorRole(role)) {
      out[feature] = { on: false, reason: 'role', apis: [] }
    } else if (keptFromGuests.length > 0) out[feature] = { on: false, reason: 'guest', apis: keptFromGuests }
    else out[feature] = { on: true }
  }
  return out
}

/** The MeetingHost capabilities of an instance: its features, the roster-side ones only for a moderator. */
export function capabilitiesFor(f: Record<ZoomFeature, FeatureState>, moderator: boolean): HostCapabilities {
  return {
    roster: f.roster.on && moderator,
    activeSpeaker: f.activeSpeaker.on && moderator,
    ownSpeaking: f.ownSpeaking.on,
    raiseHand: f.raiseHand.on,
    muteOthers: false, // toggleParticipantMediaAudio prompts the host every time and takes ≤ 10 people
    rooms: f.rooms.on && moderator,
  }
}

/**
 * Runs `config` with our one capability list, and again whenever the user's role or the running context
 * changes (Zoom asks apps to re-config then; the set of usable APIs can change with the role).
 */
export function createConfigRunner(sdk: ZoomSdk, onChange: (state: ZoomConfigState) => void) {
  let role = 'attendee'
  let status: ZoomUserStatus = 'authorized'
  let last: ConfigResponse | null = null
  let disposed = false

  const state = (): ZoomConfigState => {
    const unsupported = new Set<string>(last?.unsupportedApis ?? [])
    return {
      runningContext: last?.runningContext ?? 'unknown',
      clientVersion: last?.clientVersion ?? '',
      unsupported,
      role,
      guest: status === 'unauthenticated',
      features: featuresFor(role, unsupported, status === 'unauthenticated'),
    }
  }
  const configure = async () => {
    last = await sdk.config({ capabilities: [...ZOOM_CAPABILITIES], version: '0.16' })
    return last
  }
  const rerun = async (newRole?: string) => {
    if (newRole) role = newRole
    await configure()
    if (!disposed) onChange(state())
  }
  const onRole = (e: { role?: string }) => void rerun(e.role).catch(() => {})
  const onContext = () => void rerun().catch(() => {})

  return {
    /** First config; registers the re-config listeners only after it (the SDK wants config first). */
    async start(): Promise<ConfigResponse> {
      const res = await configure()
      sdk.onMyUserContextChange(onRole)
      sdk.onRunningContextChange(onContext)
      return res
    },
    /** What getUserContext says: the role, and the status (a guest until signed in to Zoom). */
    setUser(r: string, s: ZoomUserStatus) {
      role = r
      status = s
    },
    state,
    dispose() {
      disposed = true
      sdk.removeEventListener('onMyUserContextChange', onRole)
      sdk.removeEventListener('onRunningContextChange', onContext)
    },
  }
}
