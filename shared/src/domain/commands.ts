/** Commands a party sends to the server for documents it may only read. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor } from './types'

export type PartyCommand =
  | { type: 'raiseHand' }
  | { type: 'lowerHand' }
  | { type: 'acceptRules'; version: number; hash: string }
  | { type: 'signAgreement'; versionId: string; hash: string }
  | { type: 'reportSpeaking'; speaking: boolean; at?: number }
  | { type: 'reportMuted'; muted: boolean; at?: number }

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function parseCommand(_input: unknown): PartyCommand {
  return todo()
}
export function applyCommand(
  _docs: { control: Y.Doc; agreement: Y.Doc },
  _c: PartyCommand,
  _a: Actor,
  _now: number,
  _o: Origin,
): void {
  todo()
}
