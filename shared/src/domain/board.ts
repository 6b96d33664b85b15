/** Option board: board phase and sticking points. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor, BoardPhase } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function setBoardPhase(_b: Y.Doc, _p: BoardPhase, _a: Actor, _o: Origin): void {
  todo()
}
export function addStickingPoint(
  _b: Y.Doc,
  _p: { title: string; description?: string },
  _a: Actor,
  _now: number,
  _newId: () => string,
  _o: Origin,
): string {
  return todo()
}
export function editStickingPoint(
  _b: Y.Doc,
  _id: string,
  _p: { title?: string; description?: string },
  _a: Actor,
  _o: Origin,
): void {
  todo()
}
