/**
 * Transaction origins: who caused a change. Persistence skips its own `store` echo; observers tell a local
 * edit from one the server applied on a party's behalf.
 */
export type Origin = { source: 'local'; by: string } | { source: 'server'; by: string } | { source: 'store' }

const locals = new Map<string, Origin>()
/**
 * A local edit by the participant `by` (the UI's origin). The same object for the same `by`, so an undo manager
 * can track exactly this participant's own edits by identity (Y.UndoManager's trackedOrigins).
 */
export const localOrigin = (by: string): Origin => {
  let o = locals.get(by)
  if (!o) {
    o = Object.freeze({ source: 'local', by }) as Origin
    locals.set(by, o)
  }
  return o
}

/** A change the server applied for participant `by` (commands, server-side reports). */
export const serverOrigin = (by: string): Origin => ({ source: 'server', by })

/** Loading from or echoing to the document store. */
export const storeOrigin: Origin = { source: 'store' }

/** True when `value` is one of our origins (Yjs also uses providers and other objects as origins). */
export function isOrigin(value: unknown): value is Origin {
  if (typeof value !== 'object' || value === null) return false
  const source = (value as { source?: unknown }).source
  if (source === 'store') return true
  return (source === 'local' || source === 'server') && typeof (value as { by?: unknown }).by === 'string'
}
