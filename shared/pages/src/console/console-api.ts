/**
 * The REST calls the mediator console makes (accounts, sessions, invites). The sidebar's `createApi` covers the
 * participant's calls only; this adds the mediator's, with the same error type (`ApiRequestError`) and the same
 * rule: the login token travels only in the Authorization header, never in a URL.
 */

import type { MediatorProfile } from '@mediation/core/prep'
import type {
  ClaimRequest,
  CoachingView,
  DeletionReport,
  InviteRequest,
  InviteResponse,
  Language,
  ManualEntryRequest,
  ParticipantInfo,
  PlannedMeeting,
  ScheduleResponse,
  SessionKind,
  SessionSummary,
  SideInfo,
  TimesheetResponse,
} from '@mediation/protocol'
import { ApiRequestError, createCall } from '@mediation/sidebar/client'

export interface Mediator {
  id: string
  name: string
  email: string
}

/** What setup and login answer. */
export interface LoginResponse {
  mediator: Mediator
  token: string
  expiresAt: string
}

/** GET /api/sessions/:id — the mediator's full view (invites never carry tokens). */
export interface SessionDetails extends SessionSummary {
  sides: SideInfo[]
  participants: ParticipantInfo[]
  invites: { id: string; participantId: string; createdAt: string; revokedAt: string | null }[]
  /** RETAIN-1/2: the last dossier download, the first archiving and the end of the retention period. */
  exportedAt?: string | null
  archivedAt?: string | null
  retainedUntil?: string | null
}

export interface NewSession {
  title: string
  kind: SessionKind
  language: Language
}

/** Calls that need no login: whether setup is still open, setup itself, and login. */
export function createPublicApi(origin = '') {
  const call = createCall({ serverUrl: origin, credential: null })
  return {
    /** `null` when the server does not say (an older server without GET /api/setup). */
    setupNeeded: async (): Promise<boolean | null> => {
      try {
        return (await call<{ needed: boolean }>('GET', '/api/setup')).needed
      } catch (e) {
        if (e instanceof ApiRequestError && e.status === 404) return null
        throw e
      }
    },
    setup: (body: { name: string; email: string; password: string }) =>
      call<LoginResponse>('POST', '/api/setup', body),
    login: (body: { email: string; password: string }) => call<LoginResponse>('POST', '/api/login', body),
  }
}

/** The logged-in mediator's calls. */
export function createConsoleApi(token: string, origin = '') {
  const call = createCall({ serverUrl: origin, credential: token })
  const sid = (id: string) => `/api/sessions/${encodeURIComponent(id)}`
  return {
    me: () => call<{ kind: string; mediator?: Mediator }>('GET', '/api/me'),
    /** Revokes the login token on the server (it opens nothing afterwards). */
    logout: () => call<null>('POST', '/api/logout'),
    sessions: () => call<SessionSummary[]>('GET', '/api/sessions'),
    session: (id: string) => call<SessionDetails>('GET', sid(id)),
    create: (body: NewSession) => call<SessionDetails>('POST', '/api/sessions', body),
    setStatus: (id: string, status: 'active' | 'archived') =>
      call<SessionDetails>('PUT', sid(id), { status }),
    remove: (id: string) => call<DeletionReport>('DELETE', sid(id)),
    invite: (id: string, body: InviteRequest) => call<InviteResponse>('POST', `${sid(id)}/invites`, body),
    revoke: (id: string, inviteId: string) =>
      call<null>('DELETE', `${sid(id)}/invites/${encodeURIComponent(inviteId)}`),
    schedule: (id: string) => call<ScheduleResponse>('GET', `${sid(id)}/schedule`),
    saveSchedule: (id: string, schedule: PlannedMeeting[]) =>
      call<ScheduleResponse>('PUT', `${sid(id)}/schedule`, { schedule }),
    /** The practice profile that fills the agreement to mediate (this mediator's own). */
    profile: () => call<MediatorProfile>('GET', '/api/profile'),
    saveProfile: (profile: MediatorProfile) => call<MediatorProfile>('PUT', '/api/profile', profile),
    /** The time sheet (TIME-4/5): manual entries, claim fields and the totals so far. */
    timesheet: (id: string) => call<TimesheetResponse>('GET', `${sid(id)}/timesheet`),
    addEntry: (id: string, entry: ManualEntryRequest) =>
      call<TimesheetResponse>('POST', `${sid(id)}/timesheet/entries`, entry),
    editEntry: (id: string, entryId: string, entry: ManualEntryRequest) =>
      call<TimesheetResponse>('PUT', `${sid(id)}/timesheet/entries/${encodeURIComponent(entryId)}`, entry),
    deleteEntry: (id: string, entryId: string) =>
      call<TimesheetResponse>('DELETE', `${sid(id)}/timesheet/entries/${encodeURIComponent(entryId)}`),
    saveClaim: (id: string, claim: ClaimRequest) =>
      call<TimesheetResponse>('PUT', `${sid(id)}/timesheet/claim`, claim),
    /** The coaching trajectory (COACH-6): the plan, its sessions and each goal's progress. */
    coaching: (id: string) => call<CoachingView>('GET', `${sid(id)}/coaching`),
    nextCoachingSession: (id: string) => call<{ current: number }>('POST', `${sid(id)}/coaching/next`),
  }
}

export type PublicApi = ReturnType<typeof createPublicApi>
export type ConsoleApi = ReturnType<typeof createConsoleApi>
