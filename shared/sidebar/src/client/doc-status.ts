/**
 * The connection state of one document, as the sidebar shows it.
 * `denied` is terminal: the server closed with 4401 (ticket/invite no longer valid) or 4403 (not allowed).
 */
export type DocState = 'connecting' | 'synced' | 'reconnecting' | 'offline' | 'denied'

export interface DocStatus {
  state: DocState
  /** Local changes the server has not confirmed yet (kept in memory and sent on reconnect). */
  unsent: boolean
  /** Close code for `denied` (4401, 4403, 4413, 4429...), or why `reconnecting` (4508: fell behind). */
  code?: number
}

const RANK: Record<DocState, number> = { synced: 0, connecting: 1, reconnecting: 2, offline: 3, denied: 4 }

/** The status to show for several documents at once: the worst state, unsent if any has unsent changes. */
export function combineStatus(all: DocStatus[]): DocStatus {
  let worst: DocStatus = { state: 'synced', unsent: false }
  for (const s of all) if (RANK[s.state] > RANK[worst.state]) worst = s
  return { ...worst, unsent: all.some((s) => s.unsent) }
}
