/** Commands a party sends to the server for documents it may only read; the server applies them here. */
import { setAgreementKind, setConsiderations, setPlaceAndDate, startAgreement } from './agreement/agreements'
import { clauseFromOption } from './agreement/clause-from-option'
import { setParticulars } from './agreement/particulars'
import { signVersion } from './agreement/sign'
import { applyBoardCommand, type BoardCommand, type CommandDocs } from './board/board-commands'
import { changeCaucus, planCaucus } from './caucus/caucus'
import type { CommandContext } from './context'
import { check, DomainError } from './errors'
import { acceptRules } from './ground-rules/ground-rules'
import { endMeeting } from './meeting/meeting'
import { setPhase } from './phase/set-phase'
import { PHASES } from './phase/transitions'
import type { Phase } from './phase/types'
import { refuseInCoaching } from './session/coaching'
import { getSession, listParticipants, requireActor } from './session/session'
import type { SessionKind } from './session/vocabulary'
import { namesMatch } from './signer-name'
import { markSpeaker } from './talk/speaker-marks'
import { reportMuted, reportSpeaking } from './talk/talk'
import { lowerHand, raiseHand } from './turns/turns'

export type { BoardCommand, CommandDocs }

/**
 * SIGN-9/10/12: the mediator's commands on an agreement's kind and fields and on starting the next agreement (the
 * domain refuses them from anyone else). They go through the server like a party's, so the sidebar does not carry
 * their code on opening, and the server applies them with its clock and the session's kind.
 */
export type AgreementFieldsCommand =
  | { type: 'startAgreement'; kind: string }
  | { type: 'setAgreementKind'; kind: string; agreementId?: string }
  | { type: 'setConsiderations'; considerations: string[]; agreementId?: string }
  | { type: 'setPlaceAndDate'; place: string; date: string; agreementId?: string }

export type PartyCommand =
  | { type: 'raiseHand' }
  | { type: 'lowerHand' }
  | { type: 'acceptRules'; version: number; hash: string }
  | { type: 'signAgreement'; versionId: string; hash: string; typedName: string; consent: boolean }
  | {
      type: 'setParticulars'
      participantId: string
      name: string
      address: string
      birthDate: string
      agreementId?: string
    }
  | AgreementFieldsCommand
  /** SIGN-13: the mediator's one click from an agreed option to the clause that links it. */
  | { type: 'clauseFromOption'; optionId: string; agreementId?: string }
  /** TALK-8: the mediator's tap "this person speaks now" (null or left out: nobody). */
  | { type: 'markSpeaker'; participantId?: string | null }
  | { type: 'reportSpeaking'; speaking: boolean; at?: number }
  | { type: 'reportMuted'; muted: boolean; at?: number }
  | { type: 'tickAction'; id: string; done: boolean }
  | { type: 'setPhase'; phase: Phase }
  | { type: 'endMeeting' }
  /** CAUCUS-1/11/12: the mediator's caucus rooms, checked by the server (one or more sides per room). */
  | { type: 'planCaucus'; groups: string[][] }
  | { type: 'changeCaucus'; groups: { room?: string; sides: string[] }[] }
  | BoardCommand

type Field =
  | 'string'
  | 'string?'
  | 'text?'
  | 'ref?'
  | 'interest'
  | 'address'
  | 'date'
  | 'line'
  | 'lines'
  | 'boolean'
  | 'version'
  | 'time?'
  | 'phase'
  | 'rooms'
  | 'changes'
/** Each command's fields, named exactly as its type names them (a field missing here or extra is a compile error). */
type Shapes = {
  [T in PartyCommand['type']]: Record<Exclude<keyof Extract<PartyCommand, { type: T }>, 'type'>, Field>
}
const SHAPES: Shapes = {
  raiseHand: {},
  lowerHand: {},
  acceptRules: { version: 'version', hash: 'string' },
  signAgreement: { versionId: 'string', hash: 'string', typedName: 'string', consent: 'boolean' },
  setParticulars: {
    participantId: 'string',
    name: 'string',
    address: 'address',
    birthDate: 'date',
    agreementId: 'string?',
  },
  startAgreement: { kind: 'string' },
  setAgreementKind: { kind: 'string', agreementId: 'string?' },
  setConsiderations: { considerations: 'lines', agreementId: 'string?' },
  setPlaceAndDate: { place: 'line', date: 'date', agreementId: 'string?' },
  clauseFromOption: { optionId: 'string', agreementId: 'string?' },
  markSpeaker: { participantId: 'ref?' },
  reportSpeaking: { speaking: 'boolean', at: 'time?' },
  reportMuted: { muted: 'boolean', at: 'time?' },
  tickAction: { id: 'string', done: 'boolean' },
  setPhase: { phase: 'phase' },
  endMeeting: {},
  planCaucus: { groups: 'rooms' },
  changeCaucus: { groups: 'changes' },
  addIdea: { title: 'string', description: 'text?', pointId: 'ref?' },
  editIdea: { id: 'string', title: 'string?', description: 'text?', pointId: 'ref?' },
  withdrawIdea: { id: 'string' },
  setInterests: { id: 'string', text: 'interest' },
  addPoint: { title: 'string', description: 'text?' },
  editPoint: { id: 'string', title: 'string?', description: 'text?' },
}

/** The board commands' types, for the server to know which documents a command needs. */
export const BOARD_COMMANDS: readonly BoardCommand['type'][] = [
  'addIdea',
  'editIdea',
  'withdrawIdea',
  'setInterests',
  'addPoint',
  'editPoint',
]

/** True for a command on the board (it needs the board, the ledger and the actor's caucus document). */
export function isBoardCommand(c: PartyCommand): c is BoardCommand {
  return (BOARD_COMMANDS as readonly string[]).includes(c.type)
}

const isShort = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200
/** At most this many caucus rooms, and sides in one room, in a command. */
const MAX_ROOMS = 50
const isList = (v: unknown, each: (x: unknown) => boolean): v is unknown[] =>
  Array.isArray(v) && v.length > 0 && v.length <= MAX_ROOMS && v.every(each)
const isSides = (v: unknown) => isList(v, isShort)
const isChange = (v: unknown) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const o = v as Record<string, unknown>
  const keys = Object.keys(o).every((k) => k === 'room' || k === 'sides')
  return keys && (o.room === undefined || isShort(o.room)) && isSides(o.sides)
}

function fits(value: unknown, field: Field): boolean {
  if (field === 'string') return isShort(value)
  if (field === 'string?') return value === undefined || isShort(value)
  if (field === 'text?') return value === undefined || (typeof value === 'string' && value.length <= 10_000)
  if (field === 'ref?') return value === undefined || value === null || isShort(value)
  if (field === 'interest') return typeof value === 'string' && value.length <= 2000
  if (field === 'address') return typeof value === 'string' && value.length <= 300
  if (field === 'date') return typeof value === 'string' && value.length <= 10
  if (field === 'line') return typeof value === 'string' && value.length <= 200
  if (field === 'lines')
    return (
      Array.isArray(value) &&
      value.length <= 30 &&
      value.every((v) => typeof v === 'string' && v.length <= 10_000)
    )
  if (field === 'boolean') return typeof value === 'boolean'
  if (field === 'phase') return (PHASES as readonly unknown[]).includes(value)
  if (field === 'rooms') return isList(value, isSides)
  if (field === 'changes') return isList(value, isChange)
  if (field === 'version') return typeof value === 'number' && Number.isInteger(value) && value > 0
  return value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0)
}

const EXPECTED: Record<Field, string> = {
  string: 'a non-empty string (at most 200 characters)',
  'string?': 'a non-empty string (at most 200 characters), or left out',
  'text?': 'a string of at most 10000 characters, or left out',
  'ref?': 'a non-empty string (at most 200 characters), null or left out',
  interest: 'a string of at most 2000 characters',
  address: 'a string of at most 300 characters',
  date: 'a date YYYY-MM-DD or an empty string',
  line: 'a string of at most 200 characters',
  lines: 'at most 30 strings of at most 10000 characters each',
  boolean: 'true or false',
  version: 'a whole number from 1',
  'time?': 'a time in ms, or left out',
  // A literal (not PHASES.join): a call here would keep this table in every bundle that imports the domain.
  phase: 'a phase name',
  rooms: '1 to 50 rooms, each a list of 1 to 50 side ids',
  changes: '1 to 50 rooms, each {room?, sides: 1 to 50 side ids}',
}

/** CMD-1: checks untrusted input and returns a typed command; unknown types and fields are refused. */
export function parseCommand(input: unknown): PartyCommand {
  check(
    typeof input === 'object' && input !== null && !Array.isArray(input),
    'CMD-1',
    'a command is a JSON object',
  )
  const obj = input as Record<string, unknown>
  const type = obj.type
  check(
    typeof type === 'string' && Object.hasOwn(SHAPES, type),
    'CMD-1',
    `unknown command type ${String(type)}`,
  )
  const shape = SHAPES[type as PartyCommand['type']]
  for (const key of Object.keys(obj)) {
    check(key === 'type' || Object.hasOwn(shape, key), 'CMD-1', `${type}: unexpected field ${key}`)
  }
  for (const [key, field] of Object.entries(shape)) {
    check(fits(obj[key], field), 'CMD-1', `${type}: ${key} must be ${EXPECTED[field]}`)
  }
  const out: Record<string, unknown> = { type }
  for (const key of Object.keys(shape)) if (obj[key] !== undefined) out[key] = obj[key]
  return out as PartyCommand
}

/** CMD-3: how far back a party's own report time may lie; later or earlier times are clamped to the server clock. */
export const MAX_REPORT_LAG_MS = 10_000

function clampReport(at: number | undefined, now: number): number {
  return at === undefined ? now : Math.min(now, Math.max(now - MAX_REPORT_LAG_MS, at))
}

/** What only the server knows about a session and a command needs: its safety screening's hold (SAFETY-4). */
export interface ServerFacts {
  safetyHeld: boolean
}

/**
 * CMD-2: applies a parsed command for `ctx.actor` with the server's clock; reports default to `ctx.now`.
 * Returns the id of the item a board command created. The mediator's `setPhase` is sent this way for moves
 * into joint session, so the server's safety hold applies (SAFETY-4).
 */
export function applyCommand(
  docs: CommandDocs,
  command: PartyCommand,
  ctx: CommandContext,
  facts: ServerFacts = { safetyHeld: false },
): string | undefined {
  const { control, agreement } = docs
  const { actor, now } = ctx
  requireActor(control, actor)
  // COACH-1: a coaching client has no option board and signs no settlement draft.
  if (isBoardCommand(command)) refuseInCoaching(control, 'option board')
  if (command.type === 'signAgreement' || command.type === 'setParticulars')
    refuseInCoaching(control, 'settlement sign-off')
  if (isBoardCommand(command)) return applyBoardCommand(docs, command, ctx)
  if (command.type === 'clauseFromOption') {
    refuseInCoaching(control, 'option board')
    const { board } = docs
    check(board !== undefined, 'CMD-1', 'clauseFromOption needs the board')
    const ref = command.agreementId === undefined ? {} : { agreementId: command.agreementId }
    return clauseFromOption({ board, agreement }, { ...ref, optionId: command.optionId }, ctx)
  }
  const me = actor.participantId
  const c = command
  // TALK-6: the secretariat is not in the meeting, so it has no speaking or mute to report.
  if (c.type === 'reportSpeaking' || c.type === 'reportMuted')
    check(actor.role !== 'secretariat', 'TALK-6', 'the secretariat does not report speaking or mute')
  if (c.type === 'raiseHand') raiseHand(control, {}, ctx)
  else if (c.type === 'lowerHand') lowerHand(control, { participantId: me }, ctx)
  else if (c.type === 'acceptRules') acceptRules(control, { version: c.version, hash: c.hash }, ctx)
  else if (c.type === 'signAgreement') {
    const participants = listParticipants(control)
    // SIGN-16/17: the signer types the name on their invitation and consents; the sign-off records the participant,
    // so every record prints the invitation's name, never what was typed.
    // The secretariat is refused by SIGN-1 in signVersion, whatever it typed.
    if (actor.role !== 'secretariat') {
      const invited = participants.find((x) => x.id === me)?.name ?? ''
      check(namesMatch(c.typedName, invited), 'SIGN-16', 'the typed name is not the name on the invitation')
      check(c.consent, 'SIGN-17', 'signing needs explicit consent')
    }
    signVersion(agreement, { versionId: c.versionId, hash: c.hash, participants }, ctx)
  } else if (c.type === 'setParticulars') {
    // SIGN-11: who may write whose particulars is the domain's rule; the roster and kind come from control.
    const { type: _type, ...fields } = c
    const sessionKind = getSession(control)?.kind ?? 'mediation'
    setParticulars(agreement, { ...fields, participants: listParticipants(control), sessionKind }, ctx)
  } else if (
    c.type === 'startAgreement' ||
    c.type === 'setAgreementKind' ||
    c.type === 'setConsiderations' ||
    c.type === 'setPlaceAndDate'
  ) {
    applyFieldsCommand(agreement, c, getSession(control)?.kind ?? 'mediation', ctx)
  } else if (c.type === 'markSpeaker') {
    markSpeaker(control, { participantId: c.participantId ?? null }, ctx)
  } else if (c.type === 'reportSpeaking') {
    reportSpeaking(control, { participantId: me, speaking: c.speaking, at: clampReport(c.at, now) }, ctx)
  } else if (c.type === 'reportMuted') {
    reportMuted(control, { participantId: me, muted: c.muted, at: clampReport(c.at, now) }, ctx)
  } else if (c.type === 'tickAction') {
    // COACH-4 is applied by @mediation/core/coaching (the server calls it for this type): importing it here would
    // put the plan's code into every sidebar's opening download through the domain's index.
    throw new DomainError('CMD-1', 'tickAction is applied by @mediation/core/coaching')
  } else if (c.type === 'setPhase') {
    setPhase(control, { phase: c.phase, safetyHeld: facts.safetyHeld }, ctx)
  } else if (c.type === 'endMeeting') {
    endMeeting(control, { safetyHeld: facts.safetyHeld }, ctx)
  } else if (c.type === 'planCaucus') {
    planCaucus(control, { groups: c.groups }, ctx)
  } else if (c.type === 'changeCaucus') {
    changeCaucus(control, { groups: c.groups }, ctx)
  } else throw new DomainError('CMD-1', 'unknown command')
}

/** SIGN-9/10/12: the mediator's agreement commands, with the session's kind read from control by the caller. */
function applyFieldsCommand(
  agreement: CommandDocs['agreement'],
  c: AgreementFieldsCommand,
  sessionKind: SessionKind,
  ctx: CommandContext,
): void {
  if (c.type === 'startAgreement') {
    startAgreement(agreement, { kind: c.kind, sessionKind }, ctx)
    return
  }
  const ref = c.agreementId === undefined ? {} : { agreementId: c.agreementId }
  if (c.type === 'setAgreementKind') setAgreementKind(agreement, { ...ref, kind: c.kind, sessionKind }, ctx)
  else if (c.type === 'setConsiderations')
    setConsiderations(agreement, { ...ref, considerations: c.considerations, sessionKind }, ctx)
  else setPlaceAndDate(agreement, { ...ref, place: c.place, date: c.date, sessionKind }, ctx)
}
