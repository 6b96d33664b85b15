/** Reads the agreement draft's clauses in order and forms the canonical text that versions hash. */
import * as Y from 'yjs'
import { strings } from '../board/read-maps'
import { normalizeText } from '../hash'
import { cmp } from '../order'
import { agreementSchema } from '../schema'
import type { ClauseView } from './types'

interface Positioned extends ClauseView {
  position: number
}

/** SIGN-7: clauses ordered by position, ties by id, so every replica orders a merge identically. */
export function orderedClauses(agreement: Y.Doc): Positioned[] {
  return [...agreementSchema(agreement).clauses.entries()]
    .filter(([, m]) => m instanceof Y.Map)
    .map(([id, m]) => {
      const text = m.get('text')
      const position = m.get('position')
      return {
        id,
        text: typeof text === 'string' ? text : '',
        optionIds: strings(m.get('optionIds')),
        position: typeof position === 'number' ? position : 0,
      }
    })
    .sort((a, b) => a.position - b.position || cmp(a.id, b.id))
}

/** Clauses as plain data, in order. */
export function readClauses(agreement: Y.Doc): ClauseView[] {
  return orderedClauses(agreement).map(({ id, text, optionIds }) => ({ id, text, optionIds }))
}

/** SIGN-7: the canonical text of clauses: numbered, normalised (NFC, '\n', trimmed), separated by a blank line. */
export function canonicalText(clauses: readonly Pick<ClauseView, 'text'>[]): string {
  return clauses.map((c, i) => `${i + 1}. ${normalizeText(c.text)}`).join('\n\n')
}
