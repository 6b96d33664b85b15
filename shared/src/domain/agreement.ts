/** The agreement draft: ordered clauses linked to options. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor, DraftView } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function addClause(
  _d: Y.Doc,
  _p: { text: string; optionIds?: string[]; index?: number },
  _a: Actor,
  _now: number,
  _newId: () => string,
  _o: Origin,
): string {
  return todo()
}
export function editClause(_d: Y.Doc, _id: string, _text: string, _a: Actor, _now: number, _o: Origin): void {
  todo()
}
export function moveClause(
  _d: Y.Doc,
  _id: string,
  _toIndex: number,
  _a: Actor,
  _now: number,
  _o: Origin,
): void {
  todo()
}
export function removeClause(_d: Y.Doc, _id: string, _a: Actor, _now: number, _o: Origin): void {
  todo()
}
export function linkClauseOptions(_d: Y.Doc, _id: string, _optionIds: string[], _a: Actor, _o: Origin): void {
  todo()
}
export function getDraft(_d: Y.Doc): DraftView {
  return todo()
}
