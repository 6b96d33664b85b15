/** CAUCUS-13: which sides a caucus document belongs to. */
import type { CaucusEvent } from '../schema'

/**
 * CAUCUS-13: the key of the caucus document of a room's sides, `caucus/<key>`: a lone side's is its own id (as
 * always), several sides' is their ids sorted and joined by '+', so what sides said together belongs to exactly
 * those sides: a side that joins later starts a new document and never reads what was said before it came.
 */
export function caucusNotesKey(sides: readonly string[]): string {
  return [...sides].sort().join('+')
}

/** The sides a caucus document key names (CAUCUS-13); null unless it is in the form `caucusNotesKey` gives. */
export function sidesOfNotesKey(key: string): string[] | null {
  const sides = key.split('+')
  if (sides.some((x) => x.length === 0) || caucusNotesKey(sides) !== key) return null
  return new Set(sides).size === sides.length ? sides : null
}

/** CAUCUS-13: every caucus document key of rooms that held several sides together, from the caucus log. */
export function sharedCaucusKeys(events: readonly CaucusEvent[]): string[] {
  const keys = new Set<string>()
  for (const e of events)
    for (const g of e.groups ?? []) if (g.sides.length > 1) keys.add(caucusNotesKey(g.sides))
  return [...keys]
}
