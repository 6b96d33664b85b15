/**
 * A real server with the record routes, and a mediator who drafts, versions and countersigns through real
 * WebsocketProviders (the way the sidebar does), while parties sign through the command API.
 */
import { randomUUID } from 'node:crypto'
import {
  type Actor,
  type AgreementVersion,
  addClause,
  listParticipants,
  localOrigin,
  saveVersion,
  signVersion,
} from '@mediation/core/domain'
import type { AgreementRecord } from '@mediation/core/record'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { api, connectDoc, type SessionWithParties, synced, type TestServer, waitFor } from '../support/server'

/** The mediator's live documents of one session, connected like the sidebar connects them. */
export interface MediatorDocs {
  actor: Actor
  control: Y.Doc
  agreement: Y.Doc
  providers: WebsocketProvider[]
  addClauses(texts: string[]): string[]
  saveVersion(name: string): AgreementVersion
  countersign(version: AgreementVersion): void
  destroy(): void
}

export async function mediatorDocs(server: TestServer, s: SessionWithParties): Promise<MediatorDocs> {
  const control = new Y.Doc()
  const agreement = new Y.Doc()
  const providers = [
    await connectDoc(server, s.mediatorToken, s.sessionId, 'control', control),
    await connectDoc(server, s.mediatorToken, s.sessionId, 'agreement', agreement),
  ]
  await Promise.all(providers.map((p) => synced(p)))
  const actor: Actor = { participantId: s.mediatorId, role: 'mediator', sideId: null }
  const origin = localOrigin(s.mediatorId)
  return {
    actor,
    control,
    agreement,
    providers,
    addClauses: (texts) =>
      texts.map((text) =>
        addClause(agreement, { text }, { actor, now: Date.now(), origin, newId: randomUUID }),
      ),
    saveVersion: (name) =>
      saveVersion(agreement, { name }, { actor, now: Date.now(), origin, newId: randomUUID }),
    countersign: (v) =>
      signVersion(
        agreement,
        { versionId: v.id, hash: v.hash, participants: listParticipants(control) },
        { actor, now: Date.now(), origin, newId: randomUUID },
      ),
    destroy: () => {
      for (const p of providers) p.destroy()
    },
  }
}

/** A party (or adviser) signs a version through POST /api/sessions/:id/commands. */
export function sign(
  server: TestServer,
  s: SessionWithParties,
  who: string,
  v: { id: string; hash: string },
) {
  return api<{ error?: string; code?: string }>(
    server,
    s.invites[who] ?? '',
    'POST',
    `/api/sessions/${s.sessionId}/commands`,
    {
      type: 'signAgreement',
      versionId: v.id,
      hash: v.hash,
      // SIGN-16/17: the name as on the invitation, typed in another case, and explicit consent.
      typedName: (s.participants[who]?.name ?? '').toUpperCase(),
      consent: true,
    },
  )
}

/** Polls the mediator's JSON export until `pred` holds (e.g. the server has seen a version or a lock). */
export async function untilRecord(
  server: TestServer,
  s: SessionWithParties,
  pred: (rec: AgreementRecord) => boolean,
  what: string,
): Promise<AgreementRecord> {
  let last: AgreementRecord | null = null
  await waitFor(async () => {
    const res = await api<AgreementRecord>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/record/agreement.json`,
    )
    last = res.status === 200 ? res.body : null
    return last !== null && pred(last)
  }, what)
  return last as unknown as AgreementRecord
}

/** GET a record file with a credential; returns status, content type and raw bytes. */
export async function download(server: TestServer, credential: string, path: string) {
  const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${credential}` } })
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    headers: res.headers,
    bytes: new Uint8Array(await res.arrayBuffer()),
  }
}
