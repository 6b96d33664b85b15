/** Packages of options: nothing is agreed until everything is agreed. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function addPackage(
  _b: Y.Doc,
  _p: { name: string; optionIds: string[] },
  _a: Actor,
  _newId: () => string,
  _o: Origin,
): string {
  return todo()
}
export function editPackage(
  _b: Y.Doc,
  _id: string,
  _p: { name?: string; optionIds?: string[] },
  _a: Actor,
  _o: Origin,
): void {
  todo()
}
