/**
 * The `code` of every error body that names no SPEC rule. The server's `error` text is English for logs and API
 * users; pages word the code in the reader's language, and a test fails when a code here has no sentence.
 */
export const ERROR_CODES = [
  // 400: what was sent cannot be taken.
  'BAD-INPUT',
  'BAD-JSON',
  'INVITE-SIDE-NEEDED',
  'INVITE-NO-SIDE',
  'NOTE-UNKNOWN-SIDE',
  'IF-MATCH-INVALID',
  'VERIFY-BAD-CODE',
  // 401: who is calling is not known.
  'AUTH-REQUIRED',
  'AUTH-EXPIRED',
  'LOGIN-WRONG',
  // 403: known, but not allowed.
  'FORBIDDEN',
  'MEDIATOR-ONLY',
  'NOTE-FORBIDDEN',
  'NOTE-SIDE-ONLY',
  'SECRETARIAT-NO-NOTES',
  'SECRETARIAT-NO-AGREEMENT',
  'PRACTICE-FORBIDDEN',
  'PREP-OWN-PAGE',
  'JITSI-SECRETARIAT',
  // 404: gone, or never yours.
  'NOT-FOUND',
  'SESSION-NOT-FOUND',
  'INVITE-NOT-FOUND',
  'PARTICIPANT-NOT-FOUND',
  'NOTE-NOT-FOUND',
  'SIGNATURE-NOT-FOUND',
  'AGREEMENT-NOT-FOUND',
  'VERIFY-NOT-FOUND',
  // 409 / 428: the state has moved on.
  'NOTE-REVISION',
  'SESSION-ARCHIVED',
  'SESSION-NOT-ENDED',
  'EXPORT-REQUIRED',
  'RETENTION-PERIOD',
  'IF-MATCH-REQUIRED',
  'ACCOUNT-EXISTS',
  'SETUP-DONE',
  'JITSI-BOUND',
  'STAGGER-EARLY',
  // 413: too large, or a budget is used up.
  'TOO-LARGE',
  'TEXT-TOO-LONG',
  'LIMIT-DOC',
  'LIMIT-NOTES',
  // 429: too many, wait.
  'RATE-LIMITED',
  'LIMIT-COMMANDS',
  'LIMIT-TICKETS',
  'LIMIT-LOGIN',
  'LIMIT-SETUP',
  'LIMIT-VERIFY',
  'LIMIT-INSTALL',
  // 5xx: the server's side.
  'SERVICE-DOWN',
  'STORE-FULL',
  'STORE-FAILED',
  'STORE-DAMAGED',
  'INTERNAL',
  // The Zoom app's own steps.
  'ZOOM-CONTEXT-missing',
  'ZOOM-CONTEXT-malformed',
  'ZOOM-CONTEXT-unauthentic',
  'ZOOM-CONTEXT-expired',
  'ZOOM-CONTEXT-audience',
  'ZOOM-CONTEXT-issuer',
  'ZOOM-NO-MEETING',
  'ZOOM-UNLINKED',
  'ZOOM-LINKED-ELSEWHERE',
  'ZOOM-NOT-HOST',
  'ZOOM-MEDIATOR-SIGNS-IN',
  'ZOOM-PARTIES-ONLY',
  'ZOOM-PAIR-WRONG',
  'ZOOM-PAIR-NEEDED',
  'ZOOM-REVOKED',
  'ZOOM-TOO-MANY',
  'ZOOM-INSTALL-STATE',
  'LIMIT-ZOOM-CODES',
  'LIMIT-ZOOM-PAIR',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** `true` for a code in the list (a page words it; anything else falls back to a sentence per status). */
export const isErrorCode = (code: unknown): code is ErrorCode => ERROR_CODES.some((c) => c === code)

/** The zod issue codes a `BAD-INPUT` detail carries, so a page can word "too short" without the English. */
export const INPUT_ISSUES = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
] as const
export type InputIssue = (typeof INPUT_ISSUES)[number]
