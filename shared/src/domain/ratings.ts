/** Private acceptability ratings and the mediator's aggregate overlap. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor, OverlapEntry, Participant, Rating, Ratings } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function rateOption(
  _p: Y.Doc,
  _id: string,
  _r: Rating | null,
  _a: Actor,
  _now: number,
  _o: Origin,
): void {
  todo()
}
export function getRatings(_p: Y.Doc): Ratings {
  return todo()
}
export function ratingOverlap(_b: Y.Doc, _r: Map<string, Ratings>, _ps: Participant[]): OverlapEntry[] {
  return todo()
}
