/**
 * Reads a session's live documents into the plain records the exports render, and registers the
 * verification code of a countersigned (locked) version. Every rule comes from the domain: which version is
 * locked, which sign-offs count, the hashes. This module only gathers and formats.
 */
import { randomBytes } from 'node:crypto'
import {
  type AgreementVersion,
  caucusSchema,
  controlSchema,
  currentAgreementId,
  ending,
  getDraft,
  getSession,
  listAgreements,
  listParticipants,
  listSides,
  listVersions,
  sharedCaucusKeys,
  signoffStatus,
  timeLog,
  type VersionSignoffs,
} from '@mediation/core/domain'
import {
  type AgreementRecord,
  agreementRecord,
  CODE_RANDOM_BYTES,
  type CsvDialect,
  codeFromRandom,
  DEFAULT_CSV_DIALECT,
  type EndingStatement,
  endingStatement,
  type RecordCaucus,
  recordText,
  timeLogCsv,
} from '@mediation/core/record'
import { HttpError, notFound } from '../errors'
import type { RoleGate } from '../http/route'
import type { PrepStore } from '../prep/store'
import { mediatorProfile } from '../services/profile'
import type { Directory } from '../store/directory'
import type { SessionRecord } from '../store/meta-types'
import type { Rooms } from '../sync/rooms'
import { loadTimesheet } from '../timesheet/routes'
import type { FoundCode, VerificationEntry, VerificationStore } from './verification-store'

export interface RecordServiceDeps {
  rooms: Rooms
  /** Where the mediator's time sheet lives (manual entries and claim fields, TIME-4/5). */
  prep: PrepStore
  /** The accounts, for the mediator's practice profile (register number). */
  directory: Directory
  codes: VerificationStore
  now: () => number
  /** Public origin, for the verification link printed on the agreement. */
  publicUrl: () => string
  timeZone?: string
}

/** The draft before any version was saved, shown as an unnamed version so the page and PDF still work. */
const DRAFT_ID = 'draft'

export function createRecordService(deps: RecordServiceDeps) {
  const { rooms, codes } = deps
  const verifyUrl = () => `${deps.publicUrl().replace(/\/$/, '')}/verify`
  // Registrations of one session run one after the other (chained before any await), so concurrent exports
  // right after the lock all see the first one's code instead of each minting their own.
  const chains = new Map<string, Promise<VerificationEntry>>()

  function ensureCode(sessionId: string, version: AgreementVersion): Promise<VerificationEntry> {
    const run = (chains.get(sessionId) ?? Promise.resolve(null))
      .catch(() => null)
      .then(async () => {
        const known = await codes.list(sessionId)
        const existing = known.find((e) => e.versionId === version.id && e.hash === version.hash)
        if (existing) return existing
        const entry: VerificationEntry = {
          code: codeFromRandom(randomBytes(CODE_RANDOM_BYTES)),
          versionId: version.id,
          hash: version.hash,
          registeredAt: new Date(deps.now()).toISOString(),
        }
        await codes.add(sessionId, entry)
        return entry
      })
    chains.set(sessionId, run)
    void run.finally(() => chains.get(sessionId) === run && chains.delete(sessionId)).catch(() => undefined)
    return run
  }

  /**
   * The record of `versionId`, or of agreement `agreementId` (SIGN-9; default: the newest agreement): its locked
   * version, else its newest, else its draft. An unknown version or agreement is a 404.
   */
  async function agreement(
    session: SessionRecord,
    versionId?: string,
    agreementId?: string,
  ): Promise<AgreementRecord> {
    const read = await rooms.withDocs(
      [`${session.id}/control`, `${session.id}/agreement`],
      ([control, doc]) => {
        const participants = listParticipants(control!)
        const agreements = listAgreements(doc!, getSession(control!)?.kind ?? session.kind)
        const byVersion = versionId
          ? agreements.find((a) => listVersions(doc!, a.id).some((v) => v.id === versionId))
          : undefined
        const id = byVersion?.id ?? agreementId ?? currentAgreementId(doc!)
        const chosen = agreements.find((a) => a.id === id)
        if (!chosen) return null
        return {
          info: getSession(control!),
          participants,
          sides: listSides(control!),
          agreements,
          chosen,
          versions: listVersions(doc!, id),
          status: signoffStatus(doc!, participants, id),
          locked: chosen.locked,
          draft: getDraft(doc!, id),
        }
      },
    )
    if (!read) throw notFound('AGREEMENT-NOT-FOUND', 'agreement')
    const info = read.info ?? {
      id: session.id,
      kind: session.kind,
      title: session.title,
      language: session.language,
    }
    const statusOf = (id: string): VersionSignoffs =>
      read.status.find((s) => s.versionId === id) ?? {
        versionId: id,
        valid: [],
        voided: [],
        sidesSigned: [],
        allSidesSigned: false,
        countersigned: false,
      }
    const lockedVersion = read.locked ? read.versions.find((v) => statusOf(v.id).countersigned) : undefined
    let version: AgreementVersion | undefined
    if (versionId) {
      version = read.versions.find((v) => v.id === versionId)
      if (!version) throw notFound('AGREEMENT-NOT-FOUND', 'agreement version')
    } else {
      version = lockedVersion ?? read.versions.at(-1)
    }
    version ??= {
      id: DRAFT_ID,
      name: recordText(info.language)('draftName'),
      text: read.draft.text,
      hash: read.draft.hash,
      clauses: read.draft.clauses,
      document: read.draft.document,
      createdAt: deps.now(),
      createdBy: '',
    }
    const isLockedVersion = lockedVersion !== undefined && lockedVersion.id === version.id
    const entry = isLockedVersion ? await ensureCode(session.id, version) : null
    return agreementRecord({
      session: info,
      participants: read.participants,
      sides: read.sides,
      version,
      agreement: read.chosen,
      agreements: read.agreements,
      signoffs: statusOf(version.id),
      locked: isLockedVersion,
      verification: entry ? { code: entry.code, url: verifyUrl() } : null,
      exportedAt: deps.now(),
    })
  }

  /** The session's mediator as the claim names them: the name and register number of their practice profile. */
  function mediatorOf(session: SessionRecord): { name: string; registerNumber: string } {
    const p = mediatorProfile(deps.directory, session.ownerId)
    return { name: p?.mediatorName ?? '', registerNumber: p?.registerNumber ?? '' }
  }

  /** The time log of the session as CSV; without a dialect, the session's language picks it (nl → Dutch Excel). */
  async function timeLogCsvOf(session: SessionRecord, dialect?: CsvDialect): Promise<string> {
    const sheet = await loadTimesheet(deps.prep, session.id)
    return rooms.withDocs([`${session.id}/control`], ([control]) => {
      const language = getSession(control!)?.language ?? session.language
      return timeLogCsv({
        log: timeLog(control!, deps.now(), sheet.entries),
        claim: sheet.claim,
        mediator: mediatorOf(session),
        outcome: ending(control!)?.outcome ?? null,
        sides: listSides(control!),
        language,
        timeZone: deps.timeZone,
        dialect: dialect ?? DEFAULT_CSV_DIALECT[language],
      })
    })
  }

  /**
   * The caucus documents `reader` may read, as the notes export prints them: every side's for the mediator, the
   * own side's for a party or adviser, none for anyone else (the same rule as the sync ACL on `caucus/<side>`).
   */
  async function caucusNotes(
    session: SessionRecord,
    reader: { role: string; sideId: string | null },
  ): Promise<RecordCaucus[]> {
    const own =
      reader.role === 'mediator'
        ? session.sides.map((x) => x.id)
        : (reader.role === 'party' || reader.role === 'adviser') && reader.sideId
          ? [reader.sideId]
          : []
    if (own.length === 0) return []
    // CAUCUS-13: and the shared rooms' documents of the reader's side (the mediator: all of them).
    const shared = await rooms.withDocs([`${session.id}/control`], ([control]) =>
      sharedCaucusKeys(controlSchema(control!).caucusLog.toArray()).filter(
        (key) => reader.role === 'mediator' || key.split('+').includes(reader.sideId ?? ''),
      ),
    )
    const sideIds = [...own, ...shared]
    return rooms.withDocs(
      sideIds.map((id) => `${session.id}/caucus/${id}`),
      (docs) =>
        docs.map((doc, i) => {
          const c = caucusSchema(doc!)
          return {
            sideId: sideIds[i] as string,
            notes: c.notes.toString(),
            points: c.items
              .toArray()
              .map((p) => ({ text: p.text, at: p.at, mayShare: c.sharing.get(p.id) === true })),
          }
        }),
    )
  }

  /** PHASE-9: the ending statement of an ended session (409 SESSION-NOT-ENDED before any ending). */
  async function endingOf(session: SessionRecord): Promise<EndingStatement> {
    return rooms.withDocs([`${session.id}/control`], ([control]) => {
      const ended = ending(control!)
      if (!ended)
        throw new HttpError(409, 'this session has not ended: there is no ending statement', {
          code: 'SESSION-NOT-ENDED',
        })
      return endingStatement({
        session: getSession(control!) ?? {
          id: session.id,
          kind: session.kind,
          title: session.title,
          language: session.language,
        },
        participants: listParticipants(control!),
        sides: listSides(control!),
        ending: ended,
        issuedAt: deps.now(),
        timeZone: deps.timeZone,
      })
    })
  }

  /** Registered code → the version hash it vouches for and its session (null: unknown, or the session is gone). */
  function codeEntry(code: string, sessionExists: (id: string) => boolean): Promise<FoundCode | null> {
    return codes.find(code, sessionExists)
  }

  return {
    agreement,
    mediatorOf,
    ending: endingOf,
    timeLogCsv: timeLogCsvOf,
    caucusNotes,
    codeEntry,
    codes,
    timeZone: deps.timeZone,
  }
}

export type RecordService = ReturnType<typeof createRecordService>

/** Who may read the agreement document: everyone but the secretariat. */
export const AGREEMENT_READERS: RoleGate = {
  allow: ['mediator', 'party', 'adviser'],
  denied: () =>
    new HttpError(403, 'the secretariat has no access to the agreement', {
      code: 'SECRETARIAT-NO-AGREEMENT',
    }),
}
