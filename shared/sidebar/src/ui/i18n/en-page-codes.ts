/**
 * English sentences for the server error codes only other pages meet (console, Zoom app, agreement, practice),
 * and for refused fields; kept out of the sidebar's dictionary, which a phone downloads on opening.
 */
import type { ErrorCode } from '@mediation/protocol'
import type { SidebarCode } from './error-keys'

/** With en-codes.ts, every code of ERROR_CODES: a missing one is a type error. */
export const enPageCodes: Record<`error.rule.${Exclude<ErrorCode, SidebarCode>}`, string> = {
  'error.rule.INVITE-SIDE-NEEDED': 'Choose a side for this person, or name a new side.',
  'error.rule.INVITE-NO-SIDE': 'This role belongs to no side. Leave the side empty.',
  'error.rule.VERIFY-BAD-CODE': 'This is not a verification code. Check it character by character.',
  'error.rule.LOGIN-WRONG': 'The email address or password is wrong.',
  'error.rule.PRACTICE-FORBIDDEN': 'Only the secretariat or the mediator may join another practice room.',
  'error.rule.PREP-OWN-PAGE': 'This is the participant’s own page. Use the readiness view instead.',
  'error.rule.JITSI-SECRETARIAT': 'The secretariat does not join the meeting.',
  'error.rule.STAGGER-EARLY':
    'Your part of the meeting has not begun yet; the mediator lets each person in at their own time.',
  'error.rule.SESSION-NOT-ENDED': 'This session has not ended yet, so there is no ending statement.',
  'error.rule.EXPORT-REQUIRED':
    'Download the dossier first: the session changed since its last export, or it was never exported. A mediator keeps the dossier for the legal retention period.',
  'error.rule.RETENTION-PERIOD':
    'This archived dossier is still within its retention period, so it cannot be erased yet. A mediator keeps the dossier for the legal retention period.',
  'error.rule.INVITE-NOT-FOUND': 'This invitation no longer exists. It may have been revoked.',
  'error.rule.SIGNATURE-NOT-FOUND': 'This signature was not found.',
  'error.rule.AGREEMENT-NOT-FOUND': 'This version of the agreement was not found.',
  'error.rule.VERIFY-NOT-FOUND': 'No record was found for this verification code.',
  'error.rule.ACCOUNT-EXISTS': 'An account with this email address already exists.',
  'error.rule.SETUP-DONE': 'Setup is already done. Sign in instead.',
  'error.rule.JITSI-BOUND': 'This meeting window is already linked to someone else. Reload the page.',
  'error.rule.TEXT-TOO-LONG': 'The text is too long. Make it shorter.',
  'error.rule.LIMIT-LOGIN': 'Too many sign-in attempts. Wait a few minutes and try again.',
  'error.rule.LIMIT-SETUP': 'Too many setup attempts. Wait a while and try again.',
  'error.rule.LIMIT-VERIFY': 'Too many checks in a short time. Wait a moment and try again.',
  'error.rule.LIMIT-INSTALL': 'Too many install attempts. Wait a moment and try again.',
  'error.rule.ZOOM-CONTEXT-missing': 'Open this app inside Zoom.',
  'error.rule.ZOOM-CONTEXT-malformed': 'Zoom sent something the server could not read. Reopen the app.',
  'error.rule.ZOOM-CONTEXT-unauthentic': 'Zoom’s proof could not be checked. Reopen the app.',
  'error.rule.ZOOM-CONTEXT-expired': 'Zoom’s proof has expired. Reopen the app.',
  'error.rule.ZOOM-CONTEXT-audience': 'This Zoom app belongs to another server. Ask the administrator.',
  'error.rule.ZOOM-CONTEXT-issuer': 'Zoom’s proof came from the wrong place. Reopen the app.',
  'error.rule.ZOOM-NO-MEETING': 'The app is not running in a meeting. Open it during the meeting.',
  'error.rule.ZOOM-UNLINKED': 'The mediator has not linked this meeting yet.',
  'error.rule.ZOOM-LINKED-ELSEWHERE': 'Another mediator has linked this meeting.',
  'error.rule.ZOOM-NOT-HOST': 'Only the Zoom host or a co-host can link the meeting.',
  'error.rule.ZOOM-MEDIATOR-SIGNS-IN': 'The mediator signs in; only other participants pair with a code.',
  'error.rule.ZOOM-PARTIES-ONLY': 'Only parties and advisers join through the Zoom app.',
  'error.rule.ZOOM-PAIR-WRONG': 'This pairing code is wrong, used or expired.',
  'error.rule.ZOOM-PAIR-NEEDED': 'Pair this Zoom app with the code from your invite page.',
  'error.rule.ZOOM-REVOKED': 'Your invitation was revoked or has expired. Ask your mediator for a new one.',
  'error.rule.ZOOM-TOO-MANY': 'This meeting has reached its limit of linked people.',
  'error.rule.ZOOM-INSTALL-STATE': 'The installation did not match. Start again.',
  'error.rule.LIMIT-ZOOM-CODES': 'Too many pairing codes in a short time. Wait a moment and try again.',
  'error.rule.LIMIT-ZOOM-PAIR': 'Too many pairing attempts. Wait a moment and try again.',
  'error.rule.BAD-JSON': 'The server could not read this request. Reload the page and try again.',
  'error.rule.NOTE-UNKNOWN-SIDE': 'That side no longer exists. Reload the page.',
  'error.rule.IF-MATCH-INVALID': 'The note could not be saved. Reload the page and try again.',
  'error.rule.SECRETARIAT-NO-NOTES': 'The secretariat does not see the notes.',
  'error.rule.SECRETARIAT-NO-AGREEMENT': 'The secretariat does not see the agreement.',
  'error.rule.PARTICIPANT-NOT-FOUND': 'This participant is no longer in the session.',
  'error.rule.IF-MATCH-REQUIRED': 'The note could not be saved. Reload the page and try again.',
  'error.rule.STORE-DAMAGED':
    'This session cannot be opened: its data is damaged. An administrator must restore it.',
  'error.rule.NOTE-NOT-FOUND': 'This note no longer exists. It may have been deleted.',
}

/** How a refused field is worded after its label ("Name: is required"); `{n}` is the bound. */
export const enIssues = {
  'error.input.required': 'is required',
  'error.input.tooShort': {
    one: 'is too short (at least {n} character)',
    other: 'is too short (at least {n} characters)',
  },
  'error.input.tooLong': {
    one: 'is too long (at most {n} character)',
    other: 'is too long (at most {n} characters)',
  },
  'error.input.tooSmall': 'is too small (at least {n})',
  'error.input.tooBig': 'is too large (at most {n})',
  'error.input.tooFew': { one: 'needs at least {n} item', other: 'needs at least {n} items' },
  'error.input.tooMany': { one: 'may have at most {n} item', other: 'may have at most {n} items' },
  'error.input.type': 'is missing or has the wrong form',
  'error.input.format': 'is not in the right form',
  'error.input.choice': 'is not one of the allowed choices',
  'error.input.unexpected': 'is not expected here',
  'error.input.invalid': 'is not valid',
} as const
