/**
 * getUserMedia failures, mapped from DOMException names to a problem a person can fix, with plain-words advice.
 * Browsers disagree on names (Chrome's legacy names, Firefox's), so several map to one problem. The advice is
 * `mediaAdvice` (prep-text.ts).
 */
export type MediaKind = 'camera' | 'microphone'

export type MediaProblem =
  | 'permission-denied'
  | 'no-device'
  | 'device-busy'
  | 'constraint'
  | 'insecure'
  | 'unsupported'
  | 'unknown'

const BY_NAME: Record<string, MediaProblem> = {
  NotAllowedError: 'permission-denied',
  PermissionDeniedError: 'permission-denied',
  NotFoundError: 'no-device',
  DevicesNotFoundError: 'no-device',
  NotReadableError: 'device-busy',
  TrackStartError: 'device-busy',
  AbortError: 'device-busy',
  OverconstrainedError: 'constraint',
  ConstraintNotSatisfiedError: 'constraint',
  SecurityError: 'insecure',
  TypeError: 'unsupported',
  NotSupportedError: 'unsupported',
}

/** The problem behind a getUserMedia rejection (a DOMException, or anything else thrown). */
export function classifyMediaError(err: unknown): MediaProblem {
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined
  return (typeof name === 'string' && BY_NAME[name]) || 'unknown'
}
