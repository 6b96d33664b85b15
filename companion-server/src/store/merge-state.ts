import * as Y from 'yjs'

/**
 * One compact snapshot of a stored state and the updates appended after it, as a cold load wants it: applied
 * in order to a scratch doc and encoded once (linear; `Y.mergeUpdates` over long logs is quadratic). Throws when
 * a part does not decode.
 */
export function mergeState(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      for (const p of parts) Y.applyUpdate(doc, p)
    })
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
