/** Speaking turns: raised hands in a first-come queue and one floor holder granted by the mediator. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor, FloorView, QueueEntry } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function raiseHand(_c: Y.Doc, _a: Actor, _now: number, _o: Origin): void {
  todo()
}
export function lowerHand(_c: Y.Doc, _a: Actor, _pid: string, _now: number, _o: Origin): void {
  todo()
}
export function getQueue(_c: Y.Doc): QueueEntry[] {
  return todo()
}
export function grantFloor(
  _c: Y.Doc,
  _pid: string,
  _opts: { limitMs?: number },
  _a: Actor,
  _now: number,
  _o: Origin,
): void {
  todo()
}
export function endFloor(_c: Y.Doc, _a: Actor, _now: number, _o: Origin): void {
  todo()
}
export function getFloor(_c: Y.Doc, _now: number): FloorView | null {
  return todo()
}
