/** Caucus: the mediator plans private rooms per side, starts, moves between rooms and ends. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor, CaucusView, Room } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function planCaucus(_c: Y.Doc, _sides: string[], _a: Actor, _o: Origin): void {
  todo()
}
export function startCaucus(_c: Y.Doc, _a: Actor, _now: number, _o: Origin): void {
  todo()
}
export function moveMediator(_c: Y.Doc, _room: Room, _a: Actor, _now: number, _o: Origin): void {
  todo()
}
export function endCaucus(_c: Y.Doc, _a: Actor, _now: number, _o: Origin): void {
  todo()
}
export function caucusState(_c: Y.Doc, _now: number): CaucusView {
  return todo()
}
