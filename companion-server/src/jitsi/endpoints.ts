/**
 * Which Jitsi endpoint is which session participant, per session, in memory (endpoint ids live only as long as a
 * meeting connection). A page announces its own endpoint under its invite credential. Every participant holds at
 * most one endpoint (a new announcement replaces their own previous one, never anyone else's), so announcing
 * junk ids evicts nothing but the announcer's own binding. An endpoint id is visible to everyone in the meeting,
 * so a party could announce another's id before its owner does: when a second participant announces an id that
 * is already held, the id becomes contested and is credited to nobody — stealing talk time turns into losing it,
 * visibly (the owner's page gets 409), and the announcer loses its own binding as well.
 */
const MAX_CONTESTED_PER_SESSION = 200

interface Table {
  /** endpoint id → participant id */
  byEndpoint: Map<string, string>
  /** participant id → their one endpoint id */
  byParticipant: Map<string, string>
  contested: Set<string>
}

/** The binding table of one server. */
export function createEndpointBindings() {
  const sessions = new Map<string, Table>()
  const tableOf = (sessionId: string) => {
    let t = sessions.get(sessionId)
    if (!t) {
      t = { byEndpoint: new Map(), byParticipant: new Map(), contested: new Set() }
      sessions.set(sessionId, t)
    }
    return t
  }
  return {
    /**
     * Binds `endpointId` to `participantId` (replacing that participant's previous endpoint); false when the id
     * is held by someone else or contested (it is then contested and nobody's).
     */
    bind(sessionId: string, endpointId: string, participantId: string): boolean {
      const t = tableOf(sessionId)
      if (t.contested.has(endpointId)) return false
      const holder = t.byEndpoint.get(endpointId)
      if (holder !== undefined && holder !== participantId) {
        t.byEndpoint.delete(endpointId)
        t.byParticipant.delete(holder)
        if (t.contested.size >= MAX_CONTESTED_PER_SESSION)
          t.contested.delete(t.contested.values().next().value as string)
        t.contested.add(endpointId)
        // An honest page only ever announces the fresh id of its own connection: the announcer loses its own too.
        const own = t.byParticipant.get(participantId)
        if (own !== undefined) t.byEndpoint.delete(own)
        t.byParticipant.delete(participantId)
        return false
      }
      const previous = t.byParticipant.get(participantId)
      if (previous !== undefined) t.byEndpoint.delete(previous)
      t.byParticipant.set(participantId, endpointId)
      t.byEndpoint.set(endpointId, participantId)
      return true
    },
    lookup(sessionId: string, endpointIds: string[]): Record<string, string> {
      const table = sessions.get(sessionId)
      const out: Record<string, string> = {}
      for (const id of endpointIds) {
        const p = table?.byEndpoint.get(id)
        if (p !== undefined) out[id] = p
      }
      return out
    },
    /** Forgets a participant's binding (revoked). */
    forget(sessionId: string, participantId: string): void {
      const t = sessions.get(sessionId)
      const id = t?.byParticipant.get(participantId)
      if (!t || id === undefined) return
      t.byParticipant.delete(participantId)
      t.byEndpoint.delete(id)
    },
  }
}

export type EndpointBindings = ReturnType<typeof createEndpointBindings>
