import type { ZoomMeetingResponse } from '@mediation/protocol'

/** A session participant whose Zoom instance paired (pairing code) in this meeting. */
interface Paired {
  /** The Zoom user id from the signed context at pairing; null for a guest. Lets that user claim again. */
  uid: string | null
  /** What the instance last reported as its participantUUID: a hint for attribution, never an identity. */
  participantUUID: string | null
  /** The breakout room it last reported (null: the main session) and when; undefined until it reports. */
  room?: { breakoutRoomUUID: string | null; at: number }
}

interface Meeting {
  sessionId: string
  ownerId: string
  /** The mediator's own choices: participantUUID → session participant. They win over any instance's report. */
  assignments: Map<string, string>
  paired: Map<string, Paired>
}

/** Who is whom and where in a meeting: the wire answer's shape (GET /zoom/api/meeting), without the session. */
export type Attribution = Omit<ZoomMeetingResponse, 'sessionId'>

const MAX_MEETINGS = 10_000
const MAX_ASSIGNMENTS = 300

/**
 * Which session each Zoom meeting (main meeting UUID) is linked to, which session participants paired an
 * instance in it, and who each Zoom participant is. In memory: Zoom ids live only as long as a meeting, and
 * pairing again is cheap. A pairing is made only by the routes after a proof (the code, or the same Zoom user);
 * nothing here trusts a participantUUID, which only decides whose speech a Zoom participant's is, and only when
 * exactly one paired instance reports it or the mediator chose. Bounded so no caller can grow it without limit.
 */
export function createZoomBindings() {
  const meetings = new Map<string, Meeting>()
  return {
    link(meeting: string, sessionId: string, ownerId: string): 'linked' | 'taken' {
      const existing = meetings.get(meeting)
      if (existing && existing.ownerId !== ownerId) return 'taken'
      if (existing?.sessionId === sessionId) return 'linked'
      if (!existing && meetings.size >= MAX_MEETINGS) meetings.delete(meetings.keys().next().value as string)
      meetings.set(meeting, { sessionId, ownerId, assignments: new Map(), paired: new Map() })
      return 'linked'
    },
    get(meeting: string): Meeting | undefined {
      return meetings.get(meeting)
    },
    /** The mediator says Zoom participant `participantUUID` is `participantId`. */
    assign(meeting: string, participantUUID: string, participantId: string): boolean {
      const m = meetings.get(meeting)
      if (!m) return false
      if (!m.assignments.has(participantUUID) && m.assignments.size >= MAX_ASSIGNMENTS) return false
      m.assignments.set(participantUUID, participantId)
      return true
    },
    unassign(meeting: string, participantUUID: string): void {
      meetings.get(meeting)?.assignments.delete(participantUUID)
    },
    /**
     * Records a proven pairing of `participantId`'s instance. A Zoom user id pairs one participant at a time
     * (pairing as someone else moves it); the participant's earlier pairing is replaced.
     */
    pair(meeting: string, participantId: string, uid: string | null, participantUUID: string): boolean {
      const m = meetings.get(meeting)
      if (!m) return false
      if (!m.paired.has(participantId) && m.paired.size >= MAX_ASSIGNMENTS) return false
      if (uid) for (const p of m.paired.values()) if (p.uid === uid) p.uid = null
      m.paired.set(participantId, { uid, participantUUID })
      return true
    },
    /** The participant this Zoom user paired as in this meeting, or null (guests never match: no uid). */
    pairedAs(meeting: string, uid: string | null): string | null {
      if (!uid) return null
      for (const [participantId, p] of meetings.get(meeting)?.paired ?? [])
        if (p.uid === uid) return participantId
      return null
    },
    /**
     * A paired participant's instance reports its participantUUID (Zoom changes it with the role) and, when it
     * says, the breakout room it is in. A guest who paired without a Zoom user id and has since signed in to
     * Zoom brings a signed `uid`: from then on that Zoom user is recognised again (claim), as if it had paired
     * signed in. A pairing that has a uid keeps it.
     */
    report(
      meeting: string,
      participantId: string,
      participantUUID: string,
      room?: { breakoutRoomUUID: string | null; at: number },
      uid: string | null = null,
    ): boolean {
      const m = meetings.get(meeting)
      const p = m?.paired.get(participantId)
      if (!m || !p) return false
      p.participantUUID = participantUUID
      if (room) p.room = room
      if (uid && p.uid === null) {
        for (const other of m.paired.values()) if (other.uid === uid) other.uid = null
        p.uid = uid
      }
      return true
    },
    /** Who each Zoom participant is: the mediator's choice, else the only paired instance reporting it. */
    attribution(meeting: string): Attribution {
      const m = meetings.get(meeting)
      if (!m) return { assignments: [], conflicts: [], rooms: [] }
      const reported = new Map<string, string[]>()
      for (const [participantId, p] of m.paired)
        if (p.participantUUID)
          reported.set(p.participantUUID, [...(reported.get(p.participantUUID) ?? []), participantId])
      const assignments: Attribution['assignments'] = []
      const conflicts: string[] = []
      for (const [participantUUID, participantId] of m.assignments)
        assignments.push({ participantUUID, participantId, claimed: m.paired.has(participantId) })
      for (const [participantUUID, ids] of reported) {
        if (m.assignments.has(participantUUID)) continue
        if (ids.length > 1) conflicts.push(participantUUID)
        else assignments.push({ participantUUID, participantId: ids[0] as string, claimed: true })
      }
      const rooms = [...m.paired].flatMap(([participantId, p]) =>
        p.room ? [{ participantId, participantUUID: p.participantUUID, ...p.room }] : [],
      )
      return { assignments, conflicts, rooms }
    },
  }
}

export type ZoomBindings = ReturnType<typeof createZoomBindings>
