import type { SessionSummary, ZoomMeetingResponse } from '@mediation/protocol'
import type { HostEvent, HostParticipant, HostSelf } from '@mediation/sidebar/host'
import { signal } from '@preact/signals'
import type { CaucusIssue } from '../caucus-check'
import type { ZoomConfigState } from '../zoom-config'
import type { ZoomHost } from '../zoom-host-types'
import { type SessionDetails, type ZoomClient, ZoomClientError } from './zoom-client'

export type Phase =
  | { kind: 'starting' }
  | { kind: 'notInZoom'; message: string }
  | { kind: 'waiting'; reason: 'unassigned' | 'unlinked' }
  | { kind: 'claimFailed'; message: string }
  | { kind: 'login'; error: string | null }
  | { kind: 'link'; sessions: SessionSummary[] }
  | { kind: 'sidebar'; credential: string; sessionId: string; as: 'mediator' | 'party' }

const RETRY_MS = [2000, 5000, 10000, 20000, 30000]

/**
 * The Zoom shell's state: who this instance is in Zoom, how it gets its session credential (a party claims
 * it with Zoom's signed context; the mediator signs in and links the meeting), and what Zoom reports.
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
  let token: string | null = null
  let retry: ReturnType<typeof setTimeout> | null = null
  let attempt = 0

  const onEvent = (e: HostEvent) => {
    if (e.type === 'self') self.value = e.self
    if (e.type === 'participants') roster.value = host.zoomRoster()
    if (e.type === 'failure')
      failures.value = [...failures.value.slice(-2), { action: e.action, message: e.message }]
  }
  const offs = [
    host.on(onEvent),
    host.onConfig((c) => (config.value = c)),
    host.onCaucusIssues((i) => (issues.value = i)),
  ]

  let inFlight = false
  const signingIn = () => token !== null || phase.peek().kind === 'login'
  let again = false
  /**
   * Asks the server for this party's credential. One request at a time: a nudge that arrives while a claim is
   * in flight runs one more claim afterwards, so a late 409 can never undo a newer success.
   */
  const claim = async (): Promise<void> => {
    if (inFlight) {
      again = true
      return
    }
    if (retry) clearTimeout(retry)
    retry = null
    const me = self.value
    if (!me || signingIn() || phase.value.kind === 'sidebar') return
    inFlight = true
    again = false
    try {
      const res = await client.claim(me.hostId)
      if (signingIn()) return // the mediator chose to sign in meanwhile
      phase.value = { kind: 'sidebar', credential: res.credential, sessionId: res.sessionId, as: 'party' }
      await host.nudge('claimed') // the mediator's view shows who is connected
    } catch (err) {
      if (signingIn()) return
      if (err instanceof ZoomClientError && err.status === 409) {
        phase.value = { kind: 'waiting', reason: err.code === 'ZOOM-UNLINKED' ? 'unlinked' : 'unassigned' }
        if (!again) retry = setTimeout(() => void claim(), RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)])
      } else phase.value = { kind: 'claimFailed', message: (err as Error).message }
    } finally {
      inFlight = false
    }
    if (again) await claim()
  }
  offs.push(
    host.onNudge((kind) => {
      if (kind === 'assignments') void claim()
      if (kind === 'claimed') void refreshMeeting().catch(() => {})
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
    showLogin() {
      if (self.value?.moderator) phase.value = { kind: 'login', error: null }
    },
    async login(email: string, password: string) {
      try {
        token = (await client.login(email, password)).token
        if (retry) clearTimeout(retry)
        await refreshMeeting()
      } catch (err) {
        token = null
        phase.value = { kind: 'login', error: (err as Error).message }
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
      await host.nudge('assignments')
    },
    dispose() {
      if (retry) clearTimeout(retry)
      for (const off of offs) off()
    },
  }
}

export type ShellModel = ReturnType<typeof createShellModel>
