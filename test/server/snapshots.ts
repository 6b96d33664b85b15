import * as Y from 'yjs'

/** A real Yjs snapshot holding `values` (stores check that a snapshot decodes before they keep it). */
export function snap(...values: number[]): Uint8Array {
  const doc = new Y.Doc()
  doc.getArray<number>('v').push(values)
  return Y.encodeStateAsUpdate(doc)
}

/** The values in a snapshot made by `snap`, or null for missing data. */
export function values(state: Uint8Array | null): number[] | null {
  if (!state) return null
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  return doc.getArray<number>('v').toArray()
}
