/**
 * What every command needs besides its document and its input: who acts, when, under which transaction
 * origin, and how to make ids. One object, so no command's argument order can drift from another's.
 */
import type { Origin } from './origins'
import type { Actor } from './session/types'

/** The context of a participant's command: time and identity are arguments, never read by the domain. */
export interface CommandContext {
  /** Who performs the command; identity comes from the server's credential, never from the document. */
  actor: Actor
  /** The caller's clock (ms since the epoch): the server's for commands, the device's for local edits. */
  now: number
  /** The transaction origin the change is tagged with, so observers can tell who did what. */
  origin: Origin
  /** Fresh ids for the items a command creates (BOARD-11 refuses one already in use). */
  newId: () => string
}

/** The context of a write no participant performs (session setup, platform reports): its origin only. */
export type SystemContext = Pick<CommandContext, 'origin'>

/** The input of a command that needs nothing beyond its context (`{}`). */
export type NoInput = Record<string, never>
