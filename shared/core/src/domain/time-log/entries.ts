/**
 * The mediator's manual time entries and claim fields, checked here so the server refuses what the domain would
 * (TIME-4, TIME-5); the server stores them outside the documents, where no party can read them.
 */
import { check } from '../errors'
import type { ClaimField, ClaimFields, ManualEntryInput, ManualKind } from './types'

export const MANUAL_KINDS = [
  'preparation',
  'drafting',
  'call',
  'other',
] as const satisfies readonly ManualKind[]
export const CLAIM_FIELDS = [
  'familie',
  'arbeid',
  'burenrecht',
  'zakelijk',
  'overheid',
  'onderwijs',
  'zorg',
  'overig',
] as const satisfies readonly ClaimField[]
/** One day at most per entry: a longer stretch is several entries. */
export const MAX_ENTRY_MINUTES = 24 * 60
export const MAX_ENTRY_NOTE = 500
/** Entries per session: years of work, and a bound on the stored file. */
export const MAX_ENTRIES = 500
export const MAX_CLAIM_TEXT = 200
export const MAX_CLAIM_NUMBER = 40

export const EMPTY_CLAIM: ClaimFields = {
  legalAidNumber: '',
  insurer: '',
  insurerFileNumber: '',
  field: '',
  coMediator: '',
}

/** A real calendar date `YYYY-MM-DD` between 2000 and 2100 (no 31 February). */
function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false
  const d = new Date(`${v}T00:00:00Z`)
  const year = d.getUTCFullYear()
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && year >= 2000 && year <= 2100
}

/** TIME-4: a known kind, a valid date, whole minutes 1–1440, a note of at most 500 characters, contact yes or no. */
export function checkManualEntry(input: ManualEntryInput): ManualEntryInput {
  check(
    (MANUAL_KINDS as readonly string[]).includes(input.kind),
    'TIME-4',
    `unknown kind ${String(input.kind)}`,
  )
  check(isDate(input.date), 'TIME-4', 'the date must be a calendar date (YYYY-MM-DD)')
  const m = input.minutes
  check(
    typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= MAX_ENTRY_MINUTES,
    'TIME-4',
    `minutes must be a whole number from 1 to ${MAX_ENTRY_MINUTES}`,
  )
  check(
    typeof input.note === 'string' && input.note.trim().length <= MAX_ENTRY_NOTE,
    'TIME-4',
    `the note is longer than ${MAX_ENTRY_NOTE} characters`,
  )
  check(typeof input.contact === 'boolean', 'TIME-4', 'contact must be true or false')
  return { kind: input.kind, date: input.date, minutes: m, note: input.note.trim(), contact: input.contact }
}

/** TIME-5: file numbers up to 40 characters, names up to 200, the field one of the known ones (or none). */
export function checkClaim(input: ClaimFields): ClaimFields {
  const text = (v: unknown, what: string, max: number) => {
    check(typeof v === 'string', 'TIME-5', `${what} must be text`)
    const s = v.trim()
    check(s.length <= max, 'TIME-5', `${what} is longer than ${max} characters`)
    check(![...s].some((ch) => ch.charCodeAt(0) < 32), 'TIME-5', `${what} holds a control character`)
    return s
  }
  check(
    input.field === '' || (CLAIM_FIELDS as readonly string[]).includes(input.field),
    'TIME-5',
    `unknown field ${String(input.field)}`,
  )
  return {
    legalAidNumber: text(input.legalAidNumber, 'the legal-aid number', MAX_CLAIM_NUMBER),
    insurer: text(input.insurer, 'the insurer', MAX_CLAIM_TEXT),
    insurerFileNumber: text(input.insurerFileNumber, "the insurer's file number", MAX_CLAIM_NUMBER),
    field: input.field,
    coMediator: text(input.coMediator, 'the co-mediator', MAX_CLAIM_TEXT),
  }
}

/** TIME-4: room for one more entry (at most MAX_ENTRIES per session). */
export function checkEntryRoom(count: number): void {
  check(count < MAX_ENTRIES, 'TIME-4', `a session holds at most ${MAX_ENTRIES} manual entries`)
}
