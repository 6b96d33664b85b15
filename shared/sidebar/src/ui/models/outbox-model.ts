/**
 * BOARD-UI-2 in the sidebar: a party's board outbox, started once the lazy chunk is there; it sends what waits
 * whenever the session's documents are synced again. Lives in the lazy chunk (off the opening download), so it
 * imports nothing the opening code has from the domain or signals (esbuild would move those to a shared chunk).
 */
import type { Api } from '../../client/api'
import { createOutbox, type Outbox } from '../../client/outbox'
import type { SessionClient } from '../../client/session-client'

export interface OutboxModel {
  box: Outbox
  dispose(): void
}

export function startOutbox(o: {
  api: Api
  sessionId: string
  participantId: string
  client: SessionClient
  /** Passed in (not imported) so they stay in the opening code instead of a chunk both share. */
  newKey: () => string
  retryDelay: (attempt: number) => number
}): OutboxModel {
  const box = createOutbox({
    send: (command, key) => o.api.command(o.sessionId, command, key),
    isUp: () => o.client.status().state === 'synced',
    storageKey: `mediation.outbox.${o.sessionId}.${o.participantId}`,
    newKey: o.newKey,
    retryDelay: o.retryDelay,
  })
  const stop = o.client.subscribe((s) => s.state === 'synced' && void box.flush())
  // Kept from before a reload: sent as soon as the documents are synced (now, if they already are).
  void box.flush()
  return {
    box,
    dispose() {
      stop()
      box.destroy()
    },
  }
}
