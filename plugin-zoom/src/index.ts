export {
  FEATURE_APIS,
  GUEST_MODE_APIS,
  ZOOM_CAPABILITIES,
  type ZoomCapability,
  type ZoomFeature,
} from './capabilities'
export { type CaucusIssue, checkCaucus } from './caucus-check'
export type { ZoomBinding } from './caucus-plan'
export { ZoomHostError } from './errors'
export type { ZoomSdk } from './sdk'
export { type FeatureState, featuresFor, type ZoomConfigState } from './zoom-config'
export { createZoomHost, type ZoomHost, type ZoomHostOptions } from './zoom-host'
