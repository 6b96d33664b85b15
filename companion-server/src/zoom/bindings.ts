/** One Zoom participant the mediator assigned; `uid` is pinned by the first verified claim. */
interface Assignment {
  participantId: string
  uid: string | null
  claimed: boolean
}

interface Meeting {
  sessionId: string
  ownerId: string
  assignments: Map<string, Assignment>
}

const MAX_MEETINGS = 10_000
const MAX_ASSIGNMENTS = 300

/**
 * Which session each Zoom meeting (main meeting UUID) is linked to, and which Zoom participant (participantUUID)
 * is which session participant. In memory: Zoom ids live only as long as a meeting, and the mediator can link
 * again after a restart. Bounded so no caller can grow it without limit.
 */
export function createZoomBindings() {
  const meetings = new Map<string, Meeting>()
  return {
    link(meeting: string, sessionId: string, ownerId: string): 'linked' | 'taken' {
      const existing = meetings.get(meeting)
      if (existing && existing.ownerId !== ownerId) return 'taken'
      if (existing?.sessionId === sessionId) return 'linked'
      if (!existing && meetings.size >= MAX_MEETINGS) meetings.delete(meetings.keys().next().value as string)
      meetings.set(meeting, { sessionId, ownerId, assignments: new Map() })
      return 'linked'
    },
    get(meeting: string): Meeting | undefined {
      return meetings.get(meeting)
    },
    assign(meeting: string, participantUUID: string, participantId: string): boolean {
      const m = meetings.get(meeting)
      if (!m) return false
      if (!m.assignments.has(participantUUID) && m.assignments.size >= MAX_ASSIGNMENTS) return false
      // A new assignment is a new person: any earlier pin on this Zoom participant goes with it.
      m.assignments.set(participantUUID, { participantId, uid: null, claimed: false })
      return true
    },
    unassign(meeting: string, participantUUID: string): void {
      meetings.get(meeting)?.assignments.delete(participantUUID)
    },
    /**
     * A party's claim: the assignment for `participantUUID`, pinned to the Zoom user id of the first verified
     * claim. 'mismatch' when a different Zoom user claims an assignment someone else already holds.
     */
    claim(
      meeting: string,
      participantUUID: string,
      uid: string | null,
    ): Assignment | 'unlinked' | 'unassigned' | 'mismatch' {
      const m = meetings.get(meeting)
      if (!m) return 'unlinked'
      const a = m.assignments.get(participantUUID)
      if (!a) return 'unassigned'
      if (a.uid !== null && a.uid !== uid) return 'mismatch'
      a.uid = uid
      a.claimed = true
      return a
    },
  }
}

export type ZoomBindings = ReturnType<typeof createZoomBindings>
