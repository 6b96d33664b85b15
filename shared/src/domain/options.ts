/** Options on the board: add, edit, status with history, interests and criteria. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor, OptionStatus } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function addOption(
  _b: Y.Doc,
  _p: { pointId?: string; title: string; description?: string; originSideId?: string },
  _a: Actor,
  _now: number,
  _newId: () => string,
  _o: Origin,
): string {
  return todo()
}
export function editOption(
  _b: Y.Doc,
  _id: string,
  _p: { title?: string; description?: string; pointId?: string | null },
  _a: Actor,
  _o: Origin,
): void {
  todo()
}
export function setOptionStatus(
  _b: Y.Doc,
  _id: string,
  _s: OptionStatus,
  _a: Actor,
  _now: number,
  _o: Origin,
): void {
  todo()
}
export function setInterests(
  _b: Y.Doc,
  _id: string,
  _sideId: string,
  _text: string,
  _a: Actor,
  _o: Origin,
): void {
  todo()
}
export function setCriteria(_b: Y.Doc, _id: string, _criteria: string[], _a: Actor, _o: Origin): void {
  todo()
}
