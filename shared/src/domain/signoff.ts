/** Sign-offs bound to the hash of a version's exact text; voided by any later or concurrent text change. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor, Participant, VersionSignoffs } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function signVersion(
  _d: Y.Doc,
  _vid: string,
  _hash: string,
  _a: Actor,
  _now: number,
  _o: Origin,
  _participants?: Participant[],
): void {
  todo()
}
export function signoffStatus(_d: Y.Doc): VersionSignoffs[] {
  return todo()
}
export function isLocked(_d: Y.Doc): boolean {
  return todo()
}
