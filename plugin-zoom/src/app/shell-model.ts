import type { SessionSummary, ZoomMeetingResponse } from '@mediation/protocol'
import type { HostEvent, HostParticipant, HostSelf } from '@mediation/sidebar/host'
import { signal } from '@preact/signals'
import type { CaucusIssue } from '../caucus-check'
import type { ZoomConfigState } from '../zoom-config'
import type { MoveRequest, ZoomHost } from '../zoom-host-types'
import { type SessionDetails, type ZoomClient, ZoomClientError } from './zoom-client'

/** Why pairing did not work, as words the shell shows (the server answers codes). */
export type PairProblem =
  | 'unlinked'
  | 'pair.wrong'
  | 'pair.tooMany'
  | 'pair.revoked'
  | 'pair.format'
  | 'pair.failed'

export type Phase =
  | { kind: 'starting' }
  | { kind: 'notInZoom'; message: string }
  | { kind: 'pair'; problem: PairProblem | null; busy: boolean }
  | { kind: 'login'; error: LoginProblem | null }
  | { kind: 'link'; sessions: SessionSummary[] }
  | { kind: 'sidebar'; credential: string; sessionId: string; as: 'mediator' | 'party' }

/** Why a mediator's sign-in failed, worded by the view from the status (never the server's English). */
export type LoginProblem = 'signInWrong' | 'signInLimited' | 'signInFailed'
const loginProblemOf = (err: unknown): LoginProblem =>
  err instanceof ZoomClientError && err.status === 401
    ? 'signInWrong'
    : err instanceof ZoomClientError && err.status === 429
      ? 'signInLimited'
      : 'signInFailed'

const problemOf = (err: unknown): PairProblem => {
  if (!(err instanceof ZoomClientError)) return 'pair.failed'
  if (err.code === 'ZOOM-UNLINKED') return 'unlinked'
  if (err.code === 'ZOOM-PAIR-WRONG') return 'pair.wrong'
  if (err.code === 'ZOOM-REVOKED') return 'pair.revoked'
  if (err.status === 429) return 'pair.tooMany'
  if (err.status === 400) return 'pair.format'
  return 'pair.failed'
}

/**
 * The Zoom shell's state: who this instance is in Zoom, how it gets its session credential (a party pairs once
 * with the code from its own invite page, and the same Zoom user is recognised again by Zoom's signed context;
 * the mediator signs in and links the meeting), and what Zoom reports.
 */
export function createShellModel(host: ZoomHost, client: ZoomClient) {
  const phase = signal<Phase>({ kind: 'starting' })
  const config = signal<ZoomConfigState | null>(null)
  const self = signal<HostSelf | null>(null)
  const roster = signal<HostParticipant[]>([])
  const issues = signal<CaucusIssue[]>([])
  const failures = signal<{ action: string; message: string }[]>([])
  const meeting = signal<ZoomMeetingResponse | null>(null)
  const session = signal<SessionDetails | null>(null)
  const moveRequest = signal<MoveRequest | null>(null)
  let token: string | null = null

  /**
   * A paired party's app tells the server who and where it is: its participantUUID (Zoom may change it with the
   * role) and its breakout room. That report is how a mediator without Zoom's room lists (a co-host) knows.
   */
  const report = async () => {
    const p = phase.peek()
    const me = self.peek()
    if (p.kind !== 'sidebar' || p.as !== 'party' || !me) return
    try {
      await client.updateSelf(p.credential, me.hostId, await host.breakoutRoom())
      await host.nudge('room')
    } catch {
      // best effort: the next room change or role change reports again
    }
  }

  /** Zoom may give this instance a new participantUUID (a role change): a paired party tells the server. */
  const selfChanged = (next: HostSelf) => {
    const before = self.peek()
    self.value = next
    if (before && before.hostId !== next.hostId) void report()
  }
  let refreshTimer: ReturnType<typeof setTimeout> | null = null
  /** The mediator's view follows Zoom's changes, at most once a second. */
  const refreshSoon = () => {
    if (!token || refreshTimer) return
    refreshTimer = setTimeout(() => {
      refreshTimer = null
      void refreshMeeting().catch(() => {})
    }, 1000)
  }
  const onEvent = (e: HostEvent) => {
    if (e.type === 'self') selfChanged(e.self)
    if (e.type === 'room') void report()
    if (e.type === 'participants') {
      roster.value = host.zoomRoster()
      refreshSoon()
    }
    if (e.type === 'failure')
      failures.value = [...failures.value.slice(-2), { action: e.action, message: e.message }]
  }
  const offs = [
    host.on(onEvent),
    host.onConfig((c) => {
      // A guest who signed in to Zoom reports again: the server learns its Zoom user id (recognised on reload).
      const wasGuest = config.peek()?.guest === true
      config.value = c
      if (wasGuest && !c.guest) void report()
    }),
    host.onCaucusIssues((i) => (issues.value = i)),
    host.onMoveRequest((r) => (moveRequest.value = r)),
  ]

  const signingIn = () => token !== null || phase.peek().kind === 'login'
  const paired = async (res: { credential: string; sessionId: string }) => {
    phase.value = { kind: 'sidebar', credential: res.credential, sessionId: res.sessionId, as: 'party' }
    await host.nudge('claimed') // the mediator's view shows who is connected
    await report()
  }
  /** The same Zoom user who paired before gets its credential again; anyone else is asked for a code. */
  const claim = async (): Promise<void> => {
    const me = self.value
    if (!me || signingIn() || phase.value.kind === 'sidebar') return
    try {
      const res = await client.claim(me.hostId)
      if (!signingIn()) await paired(res)
    } catch (err) {
      if (signingIn()) return
      const problem = problemOf(err)
      const needed = err instanceof ZoomClientError && err.code === 'ZOOM-PAIR-NEEDED'
      phase.value = { kind: 'pair', problem: needed ? null : problem, busy: false }
    }
  }
  offs.push(
    host.onNudge((kind) => {
      if (kind === 'claimed' || kind === 'room') void refreshMeeting().catch(() => {})
    }),
  )

  /** Pushes the server's assignments into the adapter (names, sides for caucus rooms) and the view. */
  const refreshMeeting = async () => {
    if (!token) return
    const m = await client.meeting(token)
    if (!m.sessionId) {
      meeting.value = m
      phase.value = { kind: 'link', sessions: await client.sessions(token) }
      return
    }
    const details = await client.session(token, m.sessionId)
    const byId = new Map(details.participants.map((p) => [p.id, p]))
    host.setBindings(
      new Map(
        m.assignments.map((a) => {
          const p = byId.get(a.participantId)
          return [
            a.participantUUID,
            { participantId: a.participantId, sideId: p?.sideId ?? null, name: p?.name ?? null },
          ]
        }),
      ),
    )
    host.setPlacements(
      new Map(m.rooms.flatMap((r) => (r.participantUUID ? [[r.participantUUID, r.breakoutRoomUUID]] : []))),
    )
    // The view shows an assignment only once the adapter attributes that person's speech and hands by it.
    meeting.value = m
    session.value = details
    if (phase.value.kind !== 'sidebar')
      phase.value = { kind: 'sidebar', credential: token, sessionId: m.sessionId, as: 'mediator' }
  }

  return {
    phase,
    config,
    self,
    roster,
    issues,
    failures,
    meeting,
    session,
    moveRequest,
    async start() {
      try {
        await host.start()
        config.value = host.config()
      } catch (err) {
        phase.value = { kind: 'notInZoom', message: (err as Error).message }
        return
      }
      await claim()
    },
    /** Pairs this instance with the code the party typed (from its own invite page). */
    async pair(code: string) {
      const me = self.value
      const p = phase.peek()
      if (!me || p.kind !== 'pair' || p.busy) return
      phase.value = { kind: 'pair', problem: null, busy: true }
      try {
        const res = await client.pair(code, me.hostId)
        if (!signingIn()) await paired(res)
      } catch (err) {
        if (!signingIn()) phase.value = { kind: 'pair', problem: problemOf(err), busy: false }
      }
    },
    /** A guest asks Zoom to sign them in; a refusal shows as a failure (the adapter emits it). */
    async signInToZoom() {
      await host.signInToZoom().catch(() => {})
    },
    showLogin() {
      if (self.value?.moderator) phase.value = { kind: 'login', error: null }
    },
    async login(email: string, password: string) {
      try {
        token = (await client.login(email, password)).token
        await refreshMeeting()
      } catch (err) {
        token = null
        phase.value = { kind: 'login', error: loginProblemOf(err) }
      }
    },
    async link(sessionId: string) {
      if (!token) return
      await client.link(token, sessionId)
      await refreshMeeting()
    },
    async assign(participantUUID: string, participantId: string | null) {
      if (!token) return
      await client.assign(token, participantUUID, participantId)
      await refreshMeeting()
    },
    dispose() {
      if (refreshTimer) clearTimeout(refreshTimer)
      for (const off of offs) off()
    },
  }
}

export type ShellModel = ReturnType<typeof createShellModel>
