/**
 * Three meetings of one mediation, at explicit times: an intake meeting, then two meetings two weeks apart (the
 * first with a pause and a caucus), plus three manual entries. Used by the domain and the CSV tests.
 */
import {
  acceptRules,
  endMeeting,
  grantFloor,
  type ManualEntry,
  moveMediator,
  pauseMeeting,
  planCaucus,
  resumeMeeting,
  setPhase,
  startCaucus,
  startMeeting,
} from '@mediation/core/domain'
import type * as Y from 'yjs'
import { A1, A2, B1, controlDoc, ctx, M } from './fixture'

export const MIN = 60_000
const DAY = 24 * 60 * MIN
/** Monday 26 October 2026, 09:00 in Amsterdam: the intake meeting. */
export const D0 = Date.UTC(2026, 9, 26, 8, 0)
/** A week later: the first joint meeting. */
export const D1 = D0 + 7 * DAY
/** Two weeks after that: the second. */
export const D2 = D1 + 14 * DAY

export const MANUAL: ManualEntry[] = [
  { id: 'e1', kind: 'preparation', date: '2026-10-30', minutes: 60, note: 'dossier lezen', contact: false },
  { id: 'e2', kind: 'call', date: '2026-11-10', minutes: 20, note: 'belt Anna', contact: true },
  { id: 'e3', kind: 'drafting', date: '2026-11-17', minutes: 90, note: 'concept VSO', contact: false },
]

const at = (now: number) => ctx(M, { now })

/** The whole case, as the mediator clicks it. */
export function threeMeetings(): Y.Doc {
  const c = controlDoc()
  // Intake meeting: 45 minutes while the phase is intake.
  startMeeting(c, {}, at(D0))
  endMeeting(c, {}, at(D0 + 45 * MIN))
  // Meeting 2 (90 min): 5 min intake, opening, joint, a 10-minute pause, a caucus; ended during the caucus.
  startMeeting(c, {}, at(D1))
  setPhase(c, { phase: 'opening' }, at(D1 + 5 * MIN))
  for (const a of [A1, A2, B1]) acceptRules(c, { version: 1 }, ctx(a, { now: D1 + 10 * MIN }))
  setPhase(c, { phase: 'joint' }, at(D1 + 20 * MIN))
  pauseMeeting(c, {}, at(D1 + 35 * MIN))
  resumeMeeting(c, {}, at(D1 + 45 * MIN))
  planCaucus(c, { sideIds: ['A', 'B'] }, at(D1 + 59 * MIN))
  startCaucus(c, {}, at(D1 + 60 * MIN))
  moveMediator(c, { room: 'main' }, at(D1 + 70 * MIN))
  moveMediator(c, { room: 'B' }, at(D1 + 75 * MIN))
  endMeeting(c, {}, at(D1 + 90 * MIN))
  // Meeting 3 (90 min), two weeks later: joint talks with a 10-minute pause.
  startMeeting(c, {}, at(D2))
  grantFloor(c, { participantId: 'a1' }, at(D2 + 10 * MIN))
  pauseMeeting(c, {}, at(D2 + 30 * MIN))
  resumeMeeting(c, {}, at(D2 + 40 * MIN))
  endMeeting(c, {}, at(D2 + 90 * MIN))
  return c
}
