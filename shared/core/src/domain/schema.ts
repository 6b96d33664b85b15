/**
 * The one module that names every top-level Yjs type of every session document. Invariants hold by
 * construction where a CRDT allows it: keyed maps (no duplicates), single keys (at most one value),
 * append-only arrays (nothing lost in a merge); queries normalise the rest.
 */
import * as Y from 'yjs'
import type { AgreementMeta, AgreementVersion, Particulars, SignOff } from './agreement/types'
import type { AuthorRecord, LoggedStatusChange } from './board/types'
import type { Acceptance } from './ground-rules/types'
import type { MeetingEvent } from './meeting/types'
import type { EndingRecord, PhaseChange } from './phase/types'
import type { RatingEntry } from './ratings/types'
import type { Participant, StoredSide } from './session/types'
import type { Interruption } from './talk/types'
import type { QueueEntry } from './turns/types'

/** One speaking or mute report from the platform. */
export interface SpeechEvent {
  participantId: string
  kind: 'speaking' | 'muted'
  value: boolean
  at: number
}

/** CAUCUS-11: one caucus room and the sides in it; `id` names the room (a lone side's room is named by the side). */
export interface CaucusGroup {
  id: string
  sides: string[]
}

/** TALK-8: the mediator's tap "this person speaks now" (null: nobody), dated by the server's clock. */
export interface SpeakerMark {
  participantId: string | null
  at: number
  by: string
}

/** A caucus event; the caucus time log is derived from these. */
export interface CaucusEvent {
  /** 'change': the plan changed while the caucus ran (CAUCUS-12). */
  type: 'start' | 'move' | 'change' | 'end'
  /** Mediator's room after the event. */
  room: string
  sides: string[]
  /** The rooms after the event; absent in events written before rooms could hold several sides (one per side). */
  groups?: CaucusGroup[]
  at: number
}

export interface CaucusRecord {
  status: 'idle' | 'planned' | 'active'
  plannedSides: string[]
  /** The rooms; absent in records written before rooms could hold several sides (one room per planned side). */
  groups?: CaucusGroup[]
  mediatorRoom: string
  startedAt: number | null
}

export interface FloorRecord {
  holderId: string
  grantedAt: number
  limitMs: number | null
  by: string
}

export interface RulesRecord {
  version: number
  hash: string
  items: { id: string; text: { nl: string; en: string } }[]
  editedAt: number | null
  editedBy: string | null
}

/** A text change of the agreement draft. SIGN-3: a sign-off made before it (or concurrently) is void. */
export interface EditMark {
  at: number
  by: string
}

/** A stored sign-off: the number of edit marks its signer had seen fixes whether it is still valid. */
export interface SignOffRecord extends SignOff {
  editCount: number
}

/** A point noted in caucus; `mayShare` records that the side allows the mediator to pass it on. */
export interface CaucusItem {
  id: string
  text: string
  at: number
  by: string
  mayShare?: boolean
}

/** Top-level types of the `control` document. */
export function controlSchema(doc: Y.Doc) {
  return {
    session: doc.getMap<string>('session'),
    participants: doc.getMap<Participant>('participants'),
    sides: doc.getMap<StoredSide>('sides'),
    /** Key 'current' holds the phase. */
    phase: doc.getMap<string>('phase'),
    phaseLog: doc.getArray<PhaseChange>('phaseLog'),
    /** Key 'current' holds the RulesRecord; earlier versions are in rulesHistory. */
    rules: doc.getMap<RulesRecord>('rules'),
    rulesHistory: doc.getArray<RulesRecord>('rulesHistory'),
    acceptances: doc.getMap<Acceptance>('acceptances'),
    hands: doc.getMap<QueueEntry>('hands'),
    /** Key 'current' holds the FloorRecord: at most one holder by construction (TURN-1). */
    floor: doc.getMap<FloorRecord>('floor'),
    speech: doc.getArray<SpeechEvent>('speech'),
    interruptions: doc.getArray<Interruption>('interruptions'),
    /** Key 'state' holds the CaucusRecord. */
    caucus: doc.getMap<CaucusRecord>('caucus'),
    caucusLog: doc.getArray<CaucusEvent>('caucusLog'),
    /** Key 'shuttle': the sides meet in caucus rooms only (SAFETY-5); a neutral name, as every party reads it. */
    meetingMode: doc.getMap<boolean>('meetingMode'),
    /** Append-only meeting starts, pauses, resumes and ends (MEET-1/2); contact time counts only inside (TIME-1). */
    meetingLog: doc.getArray<MeetingEvent>('meetingLog'),
  }
}
export type ControlSchema = ReturnType<typeof controlSchema>

/**
 * The session's ending in the `control` document (PHASE-5): key 'current' holds the latest EndingRecord, and
 * every ending, also one reopened since, is in endings. Apart from controlSchema so the sidebar's opening
 * download, which never reads them, does not carry them.
 */
export function endingSchema(doc: Y.Doc) {
  return {
    ending: doc.getMap<EndingRecord>('ending'),
    endings: doc.getArray<EndingRecord>('endings'),
  }
}

/** A turn given (TURN-9): who got the floor, for which side, when. */
export interface TurnRecord {
  holderId: string
  sideId: string | null
  at: number
}

/**
 * Turns in the `control` document: every grant of the floor (TURN-9) and the queue's order (TURN-8: key 'mode'
 * holds 'arrival' or 'sides'). Apart from controlSchema, like endingSchema, to keep the two independent.
 */
export function turnsSchema(doc: Y.Doc) {
  return {
    turnLog: doc.getArray<TurnRecord>('turnLog'),
    queueMode: doc.getMap<QueueMode>('queueMode'),
  }
}
export type QueueMode = 'arrival' | 'sides'

/**
 * TALK-8: the mediator's speaker marks in the `control` document (append-only; only the server writes them, from
 * the mediator's command). Apart from controlSchema, like turnsSchema.
 */
export function speakerMarksSchema(doc: Y.Doc) {
  return { speakerMarks: doc.getArray<SpeakerMark>('speakerMarks') }
}

/** Top-level types of the `board` document. Points, options and packages are nested maps per item. */
export function boardSchema(doc: Y.Doc) {
  return {
    meta: doc.getMap<string>('boardMeta'),
    points: doc.getMap<Y.Map<unknown>>('points'),
    options: doc.getMap<Y.Map<unknown>>('options'),
    packages: doc.getMap<Y.Map<unknown>>('packages'),
  }
}
export type BoardSchema = ReturnType<typeof boardSchema>

/**
 * Top-level types of the `ledger` document: the server's record of the board, written by the server alone and
 * read by the mediator alone (ACCESS-1). Authors of party items (BOARD-14) and every status change (BOARD-15).
 */
export function ledgerSchema(doc: Y.Doc) {
  return {
    /** `option:<id>` or `point:<id>` → who wrote it; one key per item. */
    authors: doc.getMap<AuthorRecord>('authors'),
    /** Append-only: nothing is lost in a merge. */
    history: doc.getArray<LoggedStatusChange>('history'),
  }
}
export type LedgerSchema = ReturnType<typeof ledgerSchema>

/**
 * SIGN-9: the id of a session's first agreement. Its types keep the names a session had when it held exactly one
 * agreement, so a session written before there could be several reads as its first agreement, unchanged.
 */
export const FIRST_AGREEMENT = 'first'

/** Name of a top-level type of agreement `id`: the first keeps the plain name, later ones `<name>/<id>`. */
function scoped(name: string, id: string): string {
  return id === FIRST_AGREEMENT ? name : `${name}/${id}`
}

/**
 * Top-level types of one agreement in the `agreement` document (SIGN-9: each agreement has its own clauses,
 * versions, sign-offs and edit marks). `details` holds the document's fields (considerations, place, date);
 * `particulars` each party's name, address and date of birth, keyed by participant id (one entry per party).
 */
export function agreementSchema(doc: Y.Doc, id: string = FIRST_AGREEMENT) {
  return {
    clauses: doc.getMap<Y.Map<unknown>>(scoped('clauses', id)),
    versions: doc.getMap<AgreementVersion>(scoped('versions', id)),
    signoffs: doc.getMap<SignOffRecord>(scoped('signoffs', id)),
    edits: doc.getArray<EditMark>(scoped('edits', id)),
    details: doc.getMap<unknown>(scoped('details', id)),
    particulars: doc.getMap<Particulars>(scoped('particulars', id)),
  }
}
export type AgreementSchema = ReturnType<typeof agreementSchema>

/** The agreements of a session after the first (and the first's type once set), keyed by agreement id. */
export function agreementsSchema(doc: Y.Doc) {
  return { agreements: doc.getMap<AgreementMeta>('agreements') }
}

/** Top-level types of a `private/<participantId>` document. */
export function privateSchema(doc: Y.Doc) {
  return {
    /** Key 'owner' holds the participant id once the first rating is written. */
    meta: doc.getMap<string>('privateMeta'),
    ratings: doc.getMap<RatingEntry>('ratings'),
    notes: doc.getText('notes'),
  }
}
export type PrivateSchema = ReturnType<typeof privateSchema>

/** Top-level types of a `caucus/<sideId>` document. */
export function caucusSchema(doc: Y.Doc) {
  return {
    notes: doc.getText('notes'),
    items: doc.getArray<CaucusItem>('items'),
    /** Item id → whether the side allows passing it on (CAUCUS-8); a map so the latest decision wins. */
    sharing: doc.getMap<boolean>('sharing'),
    /**
     * Board items this side wrote (`option:<id>`, `point:<id>`), so its members' sidebars know which ideas are
     * theirs while the board shows no author. Written by the server; it grants nothing (the ledger decides).
     */
    authored: doc.getMap<boolean>('authored'),
  }
}
export type CaucusSchema = ReturnType<typeof caucusSchema>

/**
 * NOTES-2: in `control`, `ledger` and each `caucus/<side>` (see noteStampDoc), note id → its latest revision, written
 * by the server after each note write (a removed note's key is deleted). It holds no text: a reader that sees it
 * change fetches the notes it may read over REST, where every read is checked.
 */
export function noteStampsSchema(doc: Y.Doc) {
  return { noteRevisions: doc.getMap<number>('noteRevisions') }
}

/** A new nested map, for the modules that add points, options, packages and clauses. */
export function newItemMap(entries: Record<string, unknown>): Y.Map<unknown> {
  return new Y.Map<unknown>(Object.entries(entries))
}
