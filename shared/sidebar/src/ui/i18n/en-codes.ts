/** English sentences for the server error codes the sidebar can meet (the rest: en-page-codes.ts). */
import type { SidebarCode } from './error-keys'

/** A code without its sentence here is a type error, so no refusal reaches a reader in the server's words. */
export const enCodes: Record<`error.rule.${SidebarCode}`, string> = {
  'error.rule.BAD-INPUT': 'Some of what you entered could not be accepted. Check the fields and try again.',
  'error.rule.AUTH-REQUIRED': 'You are not signed in, or your sign-in has expired. Sign in again.',
  'error.rule.AUTH-EXPIRED': 'This invite link has expired. Ask your mediator for a new link.',
  'error.rule.FORBIDDEN': 'You are not allowed to do that.',
  'error.rule.MEDIATOR-ONLY': 'Only the mediator may do that.',
  'error.rule.NOTE-FORBIDDEN': 'Only the author or the mediator may change this note.',
  'error.rule.NOTE-SIDE-ONLY':
    'You write only in the notes of your own side; the mediator writes the joint notes.',
  'error.rule.NOTE-REVISION': 'Someone else changed this note in the meantime.',
  'error.rule.NOT-FOUND': 'Not found. It may have been deleted in the meantime.',
  'error.rule.SESSION-NOT-FOUND':
    'This session no longer exists, or it is not yours. It may have been deleted.',
  'error.rule.SESSION-ARCHIVED':
    'This session is archived: you can read everything but change nothing. Only the mediator can make it active again.',
  'error.rule.TOO-LARGE': 'That is too large for the server. Make it shorter.',
  'error.rule.LIMIT-DOC':
    'This part of the session has reached its size limit. Ask the mediator to tidy it up.',
  'error.rule.LIMIT-NOTES': 'You have reached the limit for notes. Remove notes you no longer need.',
  'error.rule.RATE-LIMITED': 'Too many requests. Wait a moment and try again.',
  'error.rule.LIMIT-COMMANDS': 'Too many actions in a short time. Wait a moment and try again.',
  'error.rule.LIMIT-TICKETS': 'Too many connection attempts. Wait a moment; the page tries again.',
  'error.rule.SERVICE-DOWN': 'This service is not available right now. Try again later.',
  'error.rule.STORE-FULL':
    "Not saved — the server's disk is full. Try again later, and tell the administrator.",
  'error.rule.STORE-FAILED':
    'Not saved — the server cannot write to its disk. Try again later, and tell the administrator.',
  'error.rule.INTERNAL':
    'The server had a problem. Try again; if it keeps happening, tell the administrator.',
}
