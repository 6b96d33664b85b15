import { createHash } from 'node:crypto'
import {
  addParticipant,
  addSide,
  controlSchema,
  initSession,
  removeParticipant,
  serverOrigin,
  setArchived,
  sharedCaucusKeys,
} from '@mediation/core/domain'
import type {
  DeletionReport,
  InviteRequest,
  InviteResponse,
  Language,
  SessionKind,
  SideInfo,
} from '@mediation/protocol'
import * as Y from 'yjs'
import { randomId, randomToken, sha256 } from '../auth/crypto'
import { HttpError, notFound } from '../errors'
import type { Directory } from '../store/directory'
import type { MediatorRecord, SessionRecord } from '../store/meta-types'
import type { DocStore, NoteStore } from '../store/types'
import { CLOSE } from '../sync/messages'
import type { Rooms } from '../sync/rooms'

/** A mediation runs for weeks; a link that never expires would outlive it. The mediator may choose 1–730 days. */
const DEFAULT_INVITE_DAYS = 90
const DAY_MS = 86_400_000
/** RETAIN-2: the default retention period of an archived dossier, in years (RETENTION_YEARS). */
export const DEFAULT_RETENTION_YEARS = 7

/** The instant an archived dossier's retention period ends (calendar years after `archivedAt`). */
export function retainedUntil(archivedAt: string, years: number): string {
  const d = new Date(archivedAt)
  d.setUTCFullYear(d.getUTCFullYear() + years)
  return d.toISOString()
}

export interface SessionServiceDeps {
  directory: Directory
  rooms: Rooms
  /** Every open socket (sync and practice ping), by participant. */
  sockets: { closeSockets(sessionId: string, code: number, reason: string, participantId?: string): number }
  docs: DocStore
  notes: NoteStore
  now: () => number
  publicUrl: () => string
  /** Other per-session stores (prep answers, signatures...) that erasure must empty too. */
  erase?: { deleteSession(sessionId: string): Promise<void> }[]
  /** RETAIN-2: years an archived dossier is kept before it may be erased. */
  retentionYears: number
  /** RETAIN-1: what the dossier carries from outside the documents and notes (intake, time sheet), as text. */
  dossierExtras?: (session: SessionRecord) => Promise<string>
}

/**
 * Sessions, sides and invites. The directory holds who is in a session; the `control` document gets the same
 * facts through the domain functions, so the server stays the authority on membership.
 */
export function createSessionService(deps: SessionServiceDeps) {
  const { directory, rooms } = deps
  const iso = () => new Date(deps.now()).toISOString()
  const control = (id: string) => `${id}/control`

  async function create(
    mediator: MediatorRecord,
    input: { title: string; kind: SessionKind; language: Language },
  ): Promise<SessionRecord> {
    const id = randomId()
    const ctx = { origin: serverOrigin(mediator.id) }
    const record: SessionRecord = {
      id,
      ownerId: mediator.id,
      ...input,
      status: 'active',
      createdAt: iso(),
      sides: [],
      participants: [{ id: mediator.id, name: mediator.name, role: 'mediator', sideId: null }],
      invites: [],
    }
    // The index first: a session whose record could not be stored never exists, not even as a document.
    await directory.addSession(record)
    await rooms.withDocs([control(id)], ([doc]) => {
      initSession(doc!, { id, ...input }, ctx)
      addParticipant(doc!, { id: mediator.id, name: mediator.name, role: 'mediator', sideId: null }, ctx)
    })
    return record
  }

  async function invite(session: SessionRecord, req: InviteRequest): Promise<InviteResponse> {
    const sideMember = req.role === 'party' || req.role === 'adviser'
    let newSide: SideInfo | null = null
    let sideId: string | null = null
    if (sideMember) {
      if (req.newSideName) newSide = { id: randomId(), name: req.newSideName }
      else if (req.sideId && directory.side(session, req.sideId)) sideId = req.sideId
      else
        throw new HttpError(400, `a ${req.role} needs an existing sideId or a newSideName`, {
          code: 'INVITE-SIDE-NEEDED',
        })
      sideId = newSide?.id ?? sideId
    } else if (req.sideId || req.newSideName) {
      throw new HttpError(400, `a ${req.role} belongs to no side`, { code: 'INVITE-NO-SIDE' })
    }
    const participant = { id: randomId(), name: req.name, role: req.role, sideId }
    const ctx = { origin: serverOrigin(session.ownerId) }
    const token = randomToken(16)
    const record = {
      id: randomId(),
      participantId: participant.id,
      tokenHash: sha256(token),
      createdAt: iso(),
      revokedAt: null,
      expiresAt: new Date(deps.now() + (req.validDays ?? DEFAULT_INVITE_DAYS) * DAY_MS).toISOString(),
    }
    // Stored first: when the write fails (disk full) the participant appears nowhere, not even in the document.
    await directory.updateSession(session.id, (s) => {
      if (newSide) s.sides.push(newSide)
      s.participants.push(participant)
      s.invites.push(record)
    })
    await rooms.withDocs([control(session.id)], ([doc]) => {
      if (newSide) addSide(doc!, newSide, ctx)
      addParticipant(doc!, participant, ctx)
    })
    const url = `${deps.publicUrl().replace(/\/$/, '')}/join/${token}`
    return { participant, invite: { id: record.id, token, url, expiresAt: record.expiresAt } }
  }

  /** Revokes the invite, removes its participant from the session and closes their sockets. */
  async function revoke(session: SessionRecord, inviteId: string): Promise<void> {
    const inv = session.invites.find((i) => i.id === inviteId)
    if (!inv) throw notFound('INVITE-NOT-FOUND', 'invite')
    if (inv.revokedAt) return
    await directory.updateSession(session.id, (s) => {
      // `s` is the copy being stored: the live record changes only once it is on disk.
      for (const i of s.invites) if (i.id === inviteId) i.revokedAt = iso()
      s.participants = s.participants.filter((p) => p.id !== inv.participantId)
    })
    deps.sockets.closeSockets(session.id, CLOSE.unauthorized, 'invite revoked', inv.participantId)
    await rooms.withDocs([control(session.id)], ([doc]) => {
      removeParticipant(doc!, { id: inv.participantId }, { origin: serverOrigin(session.ownerId) })
    })
  }

  /** SESSION-6: archiving makes the session read-only for everyone, open pages included; reactivating undoes it. */
  async function setStatus(session: SessionRecord, status: 'active' | 'archived'): Promise<SessionRecord> {
    const updated = await directory.updateSession(session.id, (s) => {
      s.status = status
      // RETAIN-2: the retention period runs from the first archiving; reactivating does not restart it.
      if (status === 'archived') s.archivedAt ??= iso()
    })
    if (status === session.status) return updated ?? session
    // Open pages learn it from the control document first, then their sockets reopen with the new access.
    await rooms.withDocs([control(session.id)], ([doc]) => {
      setArchived(doc!, { archived: status === 'archived' }, { origin: serverOrigin(session.ownerId) })
    })
    deps.sockets.closeSockets(session.id, CLOSE.statusChanged, `session ${status}`)
    return updated ?? session
  }

  /** Every document of the session, by its name within the session (shared caucus rooms', CAUCUS-13, too). */
  const documentsOf = async (session: SessionRecord) => [
    'control',
    'board',
    'agreement',
    'ledger',
    ...session.participants.map((p) => `private/${p.id}`),
    ...session.sides.map((s) => `caucus/${s.id}`),
    ...(await rooms.withDocs([control(session.id)], ([doc]) =>
      sharedCaucusKeys(controlSchema(doc!).caucusLog.toArray()).map((key) => `caucus/${key}`),
    )),
  ]

  /**
   * RETAIN-1: what the session holds now, as one hash: every document's state vector (it grows with every change)
   * and every note's revision. The same fingerprint means nothing changed since it was taken.
   */
  async function fingerprint(session: SessionRecord): Promise<string> {
    const names = await documentsOf(session)
    const hash = createHash('sha256')
    await rooms.withDocs(
      names.map((n) => `${session.id}/${n}`),
      (docs) => {
        docs.forEach((doc, i) => {
          hash.update(`${names[i]}\n`)
          hash.update(Y.encodeStateVector(doc!))
        })
      },
    )
    for (const n of await deps.notes.list(session.id)) hash.update(`note ${n.id} ${n.revision}\n`)
    if (deps.dossierExtras) hash.update(`extras\n${await deps.dossierExtras(session)}`)
    return hash.digest('hex')
  }

  /**
   * RETAIN-2: the retention period of a session: the one its mediator's practice profile names (the agreement to
   * mediate promises it to the parties), else RETENTION_YEARS.
   */
  function retentionYearsOf(session: SessionRecord): number {
    return directory.mediator(session.ownerId)?.profile?.retentionYears ?? deps.retentionYears
  }

  /** RETAIN-1: records that the mediator downloaded the dossier holding the session as `fingerprint` shows it. */
  async function markExported(session: SessionRecord, print: string): Promise<void> {
    await directory.updateSession(session.id, (s) => {
      s.exportedAt = iso()
      s.exportFingerprint = print
    })
  }

  /**
   * RETAIN-1/2: refuses erasing an archived dossier within its retention period (409 RETENTION-PERIOD) and any
   * session whose dossier was not downloaded after its last change (409 EXPORT-REQUIRED).
   */
  async function checkErasable(session: SessionRecord): Promise<void> {
    if (session.archivedAt) {
      const until = retainedUntil(session.archivedAt, retentionYearsOf(session))
      if (deps.now() < Date.parse(until))
        throw new HttpError(409, `this archived dossier is kept until ${until} (retention period)`, {
          code: 'RETENTION-PERIOD',
        })
    }
    const exported = session.exportFingerprint
    if (!exported || exported !== (await fingerprint(session)))
      throw new HttpError(409, 'download the dossier first: it was not exported since its last change', {
        code: 'EXPORT-REQUIRED',
      })
  }

  /** Closes every socket, drops the rooms, removes all stored data of the session and says what went. */
  async function remove(session: SessionRecord): Promise<DeletionReport> {
    const notes = (await deps.notes.list(session.id)).length
    const documents = await documentsOf(session)
    await directory.removeSession(session.id)
    deps.sockets.closeSockets(session.id, CLOSE.notFound, 'session deleted')
    await rooms.discardSession(session.id)
    await deps.docs.deleteSession(session.id)
    await deps.notes.deleteSession(session.id)
    for (const store of deps.erase ?? []) await store.deleteSession(session.id)
    const removed = {
      documents,
      notes,
      participants: session.participants.length,
      invites: session.invites.length,
      sides: session.sides.length,
    }
    const message =
      `Session "${session.title}" is erased: ${documents.length} documents, ${notes} notes, ` +
      `${removed.participants} participants with their invites, intake answers, signatures and verification codes. ` +
      'Nothing of it remains on this server.'
    return { sessionId: session.id, title: session.title, deletedAt: iso(), removed, message }
  }

  return {
    create,
    invite,
    revoke,
    setStatus,
    remove,
    fingerprint,
    markExported,
    checkErasable,
    retentionYearsOf,
  }
}

export type SessionService = ReturnType<typeof createSessionService>
