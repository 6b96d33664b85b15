/**
 * Which Jitsi endpoint is which session participant, per session, in memory (endpoint ids live only as long as a
 * meeting connection). A page announces its own endpoint under its invite credential; the first claim of an
 * endpoint id wins, so a page cannot take over an endpoint another participant already announced.
 */
const MAX_PER_SESSION = 500

/** The binding table of one server. */
export function createEndpointBindings() {
  const sessions = new Map<string, Map<string, string>>()
  return {
    /** Binds `endpointId` to `participantId`; false when another participant already holds that endpoint. */
    bind(sessionId: string, endpointId: string, participantId: string): boolean {
      let table = sessions.get(sessionId)
      if (!table) {
        table = new Map()
        sessions.set(sessionId, table)
      }
      const holder = table.get(endpointId)
      if (holder !== undefined) return holder === participantId
      // Old endpoints of rejoined pages are useless; forget the oldest rather than grow without bound.
      if (table.size >= MAX_PER_SESSION) table.delete(table.keys().next().value as string)
      table.set(endpointId, participantId)
      return true
    },
    lookup(sessionId: string, endpointIds: string[]): Record<string, string> {
      const table = sessions.get(sessionId)
      const out: Record<string, string> = {}
      for (const id of endpointIds) {
        const p = table?.get(id)
        if (p !== undefined) out[id] = p
      }
      return out
    },
  }
}

export type EndpointBindings = ReturnType<typeof createEndpointBindings>
