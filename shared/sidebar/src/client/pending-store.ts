/**
 * Keeps a document's not-yet-confirmed state so a reload (or a crashed tab) loses nothing typed offline.
 * The browser version uses this tab's sessionStorage: it survives a reload, not the closing of the tab,
 * so private and caucus text does not linger on a shared device.
 */
export interface PendingStore {
  load(key: string): Uint8Array | null
  save(key: string, state: Uint8Array): void
  clear(key: string): void
}

/** A PendingStore over a Web Storage (quota or privacy errors just mean nothing is kept). */
export function storagePending(storage: Storage | null, prefix = 'mediation.pending.'): PendingStore {
  return {
    load(key) {
      try {
        const raw = storage?.getItem(prefix + key)
        if (!raw) return null
        return Uint8Array.from(atob(raw), (c) => c.charCodeAt(0))
      } catch {
        return null
      }
    },
    save(key, state) {
      try {
        let bin = ''
        for (let i = 0; i < state.length; i += 0x8000)
          bin += String.fromCharCode(...state.subarray(i, i + 0x8000))
        storage?.setItem(prefix + key, btoa(bin))
      } catch {
        // Quota exceeded or storage blocked: the change still lives in memory until the socket is back.
      }
    },
    clear(key) {
      try {
        storage?.removeItem(prefix + key)
      } catch {
        // Nothing to do.
      }
    },
  }
}

/** The browser's per-tab store, or null where there is none (Node, blocked storage). */
export function sessionPending(): PendingStore | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : storagePending(sessionStorage)
  } catch {
    return null
  }
}
