/**
 * Storage of a session's "before the session" records: intake questions and answers, agreement-to-mediate
 * text versions and signatures, practice summaries. Same shape as DocStore/NoteStore: a small interface,
 * missing data is `null`, and every implementation passes test/server/prep-store.test.ts.
 */
import type { ClaimFields, ManualEntry } from '@mediation/core/domain'
import type {
  AgreementText,
  IntakeQuestion,
  IntakeRecord,
  PracticeRecord,
  SafetyRecord,
  Signature,
} from '@mediation/core/prep'

export interface PrepData {
  version: 1
  /** null until the mediator edits them: the defaults apply. */
  questions: IntakeQuestion[] | null
  /** By participant id. */
  intake: Record<string, IntakeRecord>
  /** Every version ever saved, oldest first (signatures of old versions keep their text for the receipt). */
  texts: AgreementText[]
  signatures: Signature[]
  practice: PracticeRecord[]
  /** SAFETY-3/6: the mediator's assessment and the "end now" presses (absent in files written before). */
  safety?: SafetyRecord
  /**
   * The mediator's time sheet (timesheet/): manual entries and claim fields (TIME-4/5). It lives in this
   * mediator-readable section of the session's own file, never in a document a party can read; absent until used.
   */
  timesheet?: Timesheet
  /**
   * Staggered start (SAFETY-9): minutes after the meeting's start at which a participant's meeting link opens, by
   * participant id (absent or 0: at the start). The mediator's only; absent until set.
   */
  stagger?: Record<string, number>
}

export interface Timesheet {
  entries: ManualEntry[]
  claim: ClaimFields
}

/** Empty prep data for a session nobody has prepared yet. */
export const emptyPrep = (): PrepData => ({
  version: 1,
  questions: null,
  intake: {},
  texts: [],
  signatures: [],
  practice: [],
})

export interface PrepStore {
  load(sessionId: string): Promise<PrepData | null>
  /**
   * Runs `change` on a copy of the session's data and stores the copy once it returns; when `change` throws,
   * nothing is stored (no partial saves). Changes of one session run one after the other. Resolves when durable.
   */
  update<T>(sessionId: string, change: (data: PrepData) => T): Promise<T>
  deleteSession(sessionId: string): Promise<void>
}

/** Practice runs kept per participant: enough history for the mediator, bounded so a loop cannot grow a file. */
export const MAX_PRACTICE_RUNS = 20

/** A deep copy through JSON: the stored data is plain JSON by construction. */
export const clonePrep = (d: PrepData): PrepData => JSON.parse(JSON.stringify(d)) as PrepData
