import type { StorageCode } from '@mediation/protocol'

/**
 * The connection state of one document, as the sidebar shows it.
 * `denied` is terminal: the server closed with 4401 (ticket/invite no longer valid) or 4403 (not allowed).
 */
export type DocState = 'connecting' | 'synced' | 'reconnecting' | 'offline' | 'denied'

export interface DocStatus {
  state: DocState
  /** Local changes the server has not confirmed yet (kept in memory and sent on reconnect). */
  unsent: boolean
  /**
   * Set while the server says it could not store this document's changes (its disk is full, or another storage
   * failure): they are on the server, in memory, and it keeps retrying; the page says "not saved" meanwhile.
   */
  notSaved?: StorageCode
  /** Close code for `denied` (4401, 4403, 4413, 4429...), or why `reconnecting` (4508: fell behind). */
  code?: number
}

const RANK: Record<DocState, number> = { synced: 0, connecting: 1, reconnecting: 2, offline: 3, denied: 4 }

/**
 * The status to show for several documents at once: the worst state, unsent if any has unsent changes, not
 * saved if the server could not store any of them (the disk-full reason first: it is the one a person can fix).
 */
export function combineStatus(all: DocStatus[]): DocStatus {
  let worst: DocStatus = { state: 'synced', unsent: false }
  for (const s of all) if (RANK[s.state] > RANK[worst.state]) worst = s
  const { notSaved: _own, ...combined } = { ...worst, unsent: all.some((s) => s.unsent) }
  const notSaved = all.some((s) => s.notSaved === 'STORE-FULL')
    ? 'STORE-FULL'
    : all.find((s) => s.notSaved)?.notSaved
  return notSaved ? { ...combined, notSaved } : combined
}
