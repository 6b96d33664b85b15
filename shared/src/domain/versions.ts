/** Named versions of the agreement: frozen canonical text and its hash. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Actor, AgreementVersion, ClauseView } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function canonicalText(_clauses: readonly Pick<ClauseView, 'text'>[]): string {
  return todo()
}
export function agreementText(v: AgreementVersion): string {
  return v.text
}
export function saveVersion(
  _d: Y.Doc,
  _name: string,
  _a: Actor,
  _now: number,
  _newId: () => string,
  _o: Origin,
): AgreementVersion {
  return todo()
}
export function listVersions(_d: Y.Doc): AgreementVersion[] {
  return todo()
}
