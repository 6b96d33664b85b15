/** Reads an agreement's clauses in order and forms the canonical text that versions hash. */
import * as Y from 'yjs'
import { strings } from '../board/read-maps'
import { normalizeText } from '../hash'
import { cmp } from '../order'
import type { AgreementSchema } from '../schema'
import type { ClauseView, DocumentFields } from './types'

interface Positioned extends ClauseView {
  position: number
}

/** SIGN-7: clauses ordered by position, ties by id, so every replica orders a merge identically. */
export function orderedClauses(s: AgreementSchema): Positioned[] {
  return [...s.clauses.entries()]
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
export function readClauses(s: AgreementSchema): ClauseView[] {
  return orderedClauses(s).map(({ id, text, optionIds }) => ({ id, text, optionIds }))
}

/** SIGN-7: the canonical text of clauses: numbered, normalised (NFC, '\n', trimmed), separated by a blank line. */
export function canonicalText(clauses: readonly Pick<ClauseView, 'text'>[]): string {
  return clauses.map((c, i) => `${i + 1}. ${normalizeText(c.text)}`).join('\n\n')
}

/** Letters of the considerations: A … Z, then AA, AB, … */
export function considerationLetter(i: number): string {
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  return i < 26 ? a[i]! : `${a[Math.floor(i / 26) - 1]}${a[i % 26]}`
}

/**
 * SIGN-12: the canonical text of a whole document: its fields as tagged lines (type, each party's particulars,
 * the lettered considerations, place, date), a blank line, then the clauses (SIGN-7). A document without fields
 * (a first agreement from before they existed) is its clauses alone, so its old hashes still hold.
 */
export function canonicalDocument(
  document: DocumentFields | null | undefined,
  clauses: readonly Pick<ClauseView, 'text'>[],
): string {
  const body = canonicalText(clauses)
  if (!document) return body
  const one = (s: string) => normalizeText(s).replace(/\n+/g, ' ')
  const lines = [`[type] ${document.kind}`]
  for (const p of document.parties) lines.push(`[party] ${one(p.name)} | ${one(p.address)} | ${p.birthDate}`)
  document.considerations.forEach((c, i) => {
    lines.push(`[consideration] ${considerationLetter(i)}. ${normalizeText(c)}`)
  })
  if (document.place) lines.push(`[place] ${one(document.place)}`)
  if (document.date) lines.push(`[date] ${document.date}`)
  return body ? `${lines.join('\n')}\n\n${body}` : lines.join('\n')
}
