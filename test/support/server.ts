import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createLogger,
  createServer,
  type RunningServer,
  type ServerOptions,
} from '@mediation/companion-server'
import type { InviteResponse, ParticipantInfo } from '@mediation/protocol'
import { api } from './api'

export { api, fetchTicket } from './api'
export { closedWith, connectDoc, openProvider, openRawSocket, rawClosed, synced, waitFor } from './sync'

/** A running test server with its temp data folder; `stop()` closes it and removes the folder. */
export interface TestServer extends RunningServer {
  dataDir: string
  /** Closes the server; removes the data folder unless `keepData` (for restart tests). */
  stop(opts?: { keepData?: boolean }): Promise<void>
}

/**
 * scrypt at N=2^12 for the many accounts tests create: the production cost (2^17, ~0.7 s a hash here) would add
 * minutes to the suite. test/server/passwords.test.ts runs the server at the production cost.
 */
export const TEST_PASSWORD_COST = { ln: 12, r: 8, p: 1 }

/** Starts a real server on port 0 with a fresh temp data dir (or `opts.dataDir`), quiet logs unless LOG_LEVEL. */
export async function startServer(opts: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'mediation-test-')))
  const logger = opts.logger ?? createLogger({ level: process.env.LOG_LEVEL ?? 'silent' })
  const passwordCost = opts.passwordCost ?? TEST_PASSWORD_COST
  const server = await createServer({ ...opts, dataDir, port: opts.port ?? 0, logger, passwordCost })
  let stopped = false
  return Object.assign(server, {
    dataDir,
    async stop({ keepData = false } = {}) {
      if (!stopped) await server.close()
      stopped = true
      if (!keepData) await rm(dataDir, { recursive: true, force: true })
    },
  })
}

/** Creates the first mediator (POST /api/setup) or, if one exists, a login for these credentials. */
export async function setupMediator(
  server: { url: string },
  who: { email?: string; name?: string; password?: string } = {},
): Promise<{ token: string; mediator: { id: string; name: string; email: string } }> {
  const body = {
    email: who.email ?? 'mediator@example.org',
    name: who.name ?? 'Mira Mediator',
    password: who.password ?? 'correct horse battery',
  }
  let res = await api<{ token: string; mediator: { id: string; name: string; email: string } }>(
    server,
    null,
    'POST',
    '/api/setup',
    body,
  )
  if (res.status === 409)
    res = await api(server, null, 'POST', '/api/login', { email: body.email, password: body.password })
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`setupMediator failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

export interface SessionWithParties {
  sessionId: string
  mediatorToken: string
  mediatorId: string
  /** Invite token per key: one party per side name, plus any `extra` keys. */
  invites: Record<string, string>
  /** Participant per key (same keys as `invites`), plus `mediator`. */
  participants: Record<string, ParticipantInfo>
  /** Side id per side name. */
  sides: Record<string, string>
  /** Invite id per key (for revoking). */
  inviteIds: Record<string, string>
}

/**
 * Creates a session with one party per side (`sides: ['A','B']` → invites.A, invites.B) and `extra`
 * participants, e.g. `{key: 'adviserA', role: 'adviser', side: 'A'}` or `{key: 'sec', role: 'secretariat'}`.
 */
export async function createSessionWithParties(
  server: { url: string },
  opts: {
    sides?: string[]
    extra?: { key: string; role: 'party' | 'adviser' | 'secretariat'; side?: string; name?: string }[]
    title?: string
    kind?: 'mediation' | 'coaching'
    language?: 'nl' | 'en'
    mediatorToken?: string
  } = {},
): Promise<SessionWithParties> {
  const m = opts.mediatorToken ? { token: opts.mediatorToken } : await setupMediator(server)
  const mediatorToken = m.token
  const me = await api<{ mediator: { id: string } }>(server, mediatorToken, 'GET', '/api/me')
  const created = await api<{ id: string }>(server, mediatorToken, 'POST', '/api/sessions', {
    title: opts.title ?? 'Test session',
    kind: opts.kind ?? 'mediation',
    language: opts.language ?? 'en',
  })
  if (created.status !== 201)
    throw new Error(`create session failed: ${created.status} ${JSON.stringify(created.body)}`)
  const sessionId = created.body.id
  const out: SessionWithParties = {
    sessionId,
    mediatorToken,
    mediatorId: me.body.mediator.id,
    invites: {},
    participants: {},
    sides: {},
    inviteIds: {},
  }
  out.participants.mediator = {
    id: me.body.mediator.id,
    name: 'Mira Mediator',
    role: 'mediator',
    sideId: null,
  }
  const invite = async (
    key: string,
    role: 'party' | 'adviser' | 'secretariat',
    name: string,
    side?: string,
  ) => {
    const sideRef =
      side === undefined ? {} : out.sides[side] ? { sideId: out.sides[side] } : { newSideName: side }
    const res = await api<InviteResponse>(
      server,
      mediatorToken,
      'POST',
      `/api/sessions/${sessionId}/invites`,
      { name, role, ...sideRef },
    )
    if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${JSON.stringify(res.body)}`)
    if (side !== undefined && res.body.participant.sideId) out.sides[side] = res.body.participant.sideId
    out.invites[key] = res.body.invite.token
    out.inviteIds[key] = res.body.invite.id
    out.participants[key] = res.body.participant
  }
  for (const side of opts.sides ?? ['A', 'B']) await invite(side, 'party', `Party ${side}`, side)
  for (const x of opts.extra ?? []) await invite(x.key, x.role, x.name ?? x.key, x.side)
  return out
}

/** RETAIN-1: downloads the session's dossier as the mediator, which deletion requires first. */
export async function exportDossier(
  server: { url: string },
  mediatorToken: string,
  sessionId: string,
): Promise<void> {
  const res = await fetch(`${server.url}/api/sessions/${sessionId}/record/dossier.zip`, {
    headers: { authorization: `Bearer ${mediatorToken}` },
  })
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`dossier export failed: ${res.status}`)
}
