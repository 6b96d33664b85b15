import assert from 'node:assert/strict'
import {
  type Actor,
  acceptRules as acceptRulesCmd,
  caucusState,
  checkClaim,
  checkManualEntry,
  EMPTY_CLAIM,
  endMeeting,
  endSession,
  getFloor,
  getPhase,
  grantFloor,
  listMeetings,
  meetingState,
  pauseMeeting,
  planCaucus,
  reopenSession,
  resumeMeeting,
  setPhase,
  setShuttle,
  startCaucus,
  startMeeting,
  timeLog,
} from '@mediation/core/domain'
import type * as Y from 'yjs'
import { A1, A2, B1, controlDoc, ctx, M, T0, throwsRule } from './fixture'
import { D0, D1, D2, MANUAL, MIN, threeMeetings } from './meeting-fixture'

const at = (now: number) => ctx(M, { now })
const mins = (ms: number) => ms / MIN

describe('domain: meetings and the time log', () => {
  it('MEET-1 only the mediator starts a meeting, never two at once and never in a closed session', () => {
    const c = controlDoc()
    for (const who of [A1, A2, B1]) throwsRule(c, 'ACCESS-2', () => startMeeting(c, {}, ctx(who)))
    startMeeting(c, {}, at(T0))
    assert.deepEqual(meetingState(c), { status: 'running', number: 1, startedAt: T0, pausedAt: null })
    throwsRule(c, 'MEET-1', () => startMeeting(c, {}, at(T0 + MIN)))
    endMeeting(c, {}, at(T0 + 2 * MIN))
    assert.equal(meetingState(c).status, 'none')
    const closed = controlDoc()
    setPhase(closed, { phase: 'opening' }, at(T0))
    for (const a of [A1, A2, B1]) acceptRules(closed, a)
    setPhase(closed, { phase: 'joint' }, at(T0))
    setPhase(closed, { phase: 'closing' }, at(T0))
    endSession(closed, { outcome: 'full-agreement' }, at(T0))
    throwsRule(closed, 'MEET-1', () => startMeeting(closed, {}, at(T0 + MIN)))
    assert.equal(
      c
        .getArray('meetingLog')
        .toArray()
        .map((e) => JSON.stringify(e))
        .join(),
      [
        { type: 'start', at: T0, by: 'm' },
        { type: 'end', at: T0 + 2 * MIN, by: 'm' },
      ]
        .map((e) => JSON.stringify(e))
        .join(),
    )
  })

  it('MEET-2 pause, resume and end only where they make sense, and never back in time', () => {
    const c = controlDoc()
    throwsRule(c, 'MEET-2', () => pauseMeeting(c, {}, at(T0)))
    throwsRule(c, 'MEET-2', () => resumeMeeting(c, {}, at(T0)))
    throwsRule(c, 'MEET-2', () => endMeeting(c, {}, at(T0)))
    startMeeting(c, {}, at(T0))
    throwsRule(c, 'MEET-2', () => resumeMeeting(c, {}, at(T0 + MIN)))
    throwsRule(c, 'ACCESS-2', () => pauseMeeting(c, {}, ctx(A1, { now: T0 + MIN })))
    pauseMeeting(c, {}, at(T0 + 10 * MIN))
    assert.deepEqual(meetingState(c), { status: 'paused', number: 1, startedAt: T0, pausedAt: T0 + 10 * MIN })
    throwsRule(c, 'MEET-2', () => pauseMeeting(c, {}, at(T0 + 11 * MIN)))
    throwsRule(c, 'MEET-2', () => resumeMeeting(c, {}, at(T0 + 9 * MIN)))
    throwsRule(c, 'ACCESS-2', () => endMeeting(c, {}, ctx(B1, { now: T0 + 12 * MIN })))
    // Ending while paused closes the pause at the end.
    endMeeting(c, {}, at(T0 + 15 * MIN))
    assert.deepEqual(listMeetings(c), [
      {
        number: 1,
        startedAt: T0,
        endedAt: T0 + 15 * MIN,
        pauses: [{ from: T0 + 10 * MIN, to: T0 + 15 * MIN }],
        pausedAt: null,
      },
    ])
    const log = timeLog(c, T0 + 60 * MIN)
    assert.equal(log.totals.intakeMs, 10 * MIN)
    assert.equal(log.totals.pauseMs, 5 * MIN)
  })

  it('MEET-3 ending a meeting during a caucus keeps the sides apart while the case is held or in shuttle mode (SAFETY-4, SAFETY-5): the caucus stays, the phase too', () => {
    const c = controlDoc()
    setPhase(c, { phase: 'opening' }, at(T0))
    for (const a of [A1, A2, B1]) acceptRules(c, a)
    setPhase(c, { phase: 'joint' }, at(T0))
    startMeeting(c, {}, at(T0))
    planCaucus(c, { sideIds: ['A', 'B'] }, at(T0 + MIN))
    startCaucus(c, {}, at(T0 + 2 * MIN))
    // Held by the server's safety screening: the meeting ends, the sides stay in their rooms.
    endMeeting(c, { safetyHeld: true }, at(T0 + 10 * MIN))
    assert.equal(meetingState(c).status, 'none')
    assert.equal(getPhase(c), 'caucus')
    assert.equal(caucusState(c, T0 + 10 * MIN).status, 'active')
    // Between meetings a caucus costs nothing: only time inside a meeting counts (TIME-1).
    startMeeting(c, {}, at(T0 + 14 * 24 * 60 * MIN))
    endMeeting(c, {}, at(T0 + 14 * 24 * 60 * MIN + 30 * MIN))
    // Not held any more: the second meeting's end brings everyone back to joint.
    assert.equal(getPhase(c), 'joint')
    const totals = timeLog(c, T0 + 15 * 24 * 60 * MIN).totals
    assert.equal(mins(totals.contactMs + totals.nonContactMs), 10 + 30)
    // Shuttle mode keeps them apart at a meeting's end as well.
    const later = T0 + 20 * 24 * 60 * MIN
    setShuttle(c, { on: true }, at(later))
    planCaucus(c, { sideIds: ['A', 'B'] }, at(later))
    startCaucus(c, {}, at(later))
    startMeeting(c, {}, at(later + MIN))
    endMeeting(c, {}, at(later + 20 * MIN))
    assert.equal(getPhase(c), 'caucus')
    assert.equal(caucusState(c, later + 20 * MIN).status, 'active')
  })

  it('MEET-3 pausing ends the floor; ending during a caucus ends the caucus, the floor and the phase goes back to joint, in one change', () => {
    const c = controlDoc()
    setPhase(c, { phase: 'opening' }, at(T0))
    for (const a of [A1, A2, B1]) acceptRules(c, a)
    setPhase(c, { phase: 'joint' }, at(T0))
    startMeeting(c, {}, at(T0))
    grantFloor(c, { participantId: 'a1' }, at(T0 + MIN))
    pauseMeeting(c, {}, at(T0 + 2 * MIN))
    assert.equal(getFloor(c, T0 + 2 * MIN), null)
    resumeMeeting(c, {}, at(T0 + 3 * MIN))
    planCaucus(c, { sideIds: ['A'] }, at(T0 + 3 * MIN))
    startCaucus(c, {}, at(T0 + 4 * MIN))
    let changes = 0
    c.on('afterTransaction', () => changes++)
    endMeeting(c, {}, at(T0 + 9 * MIN))
    assert.equal(changes, 1, 'one transaction')
    assert.equal(getPhase(c), 'joint')
    assert.equal(caucusState(c, T0 + 9 * MIN).status, 'idle')
    assert.equal(meetingState(c).status, 'none')
    // The phase stays where it was: the next meeting goes on in joint talks.
    startMeeting(c, {}, at(T0 + 60 * MIN))
    assert.equal(getPhase(c), 'joint')
    // Ending the session ends the meeting in the same change, even when the server's clock is behind.
    pauseMeeting(c, {}, at(T0 + 70 * MIN))
    endSession(c, { outcome: 'no-agreement' }, at(T0 + 69 * MIN))
    assert.equal(meetingState(c).status, 'none')
    assert.deepEqual(listMeetings(c).at(-1)?.pauses, [{ from: T0 + 70 * MIN, to: T0 + 70 * MIN }])
    throwsRule(c, 'MEET-1', () => startMeeting(c, {}, at(T0 + 80 * MIN)))
    // Aftercare (nazorg) meetings are joint talks again.
    reopenSession(c, {}, at(T0 + 90 * MIN))
    startMeeting(c, {}, at(T0 + 100 * MIN))
    endMeeting(c, {}, at(T0 + 130 * MIN))
    assert.equal(timeLog(c, T0 + 200 * MIN).meetings.at(-1)?.totals.jointMs, 30 * MIN)
  })

  it('TIME-1 two meetings two weeks apart, an intake meeting, a pause and a caucus: every total to the minute', () => {
    const c = threeMeetings()
    // Read a month after the last meeting: the weeks in between count for nothing (the bug billed 337 hours).
    const log = timeLog(c, D2 + 30 * 24 * 60 * MIN, MANUAL)
    const t = log.totals
    assert.deepEqual(
      {
        contact: mins(t.contactMs),
        nonContact: mins(t.nonContactMs),
        intake: mins(t.intakeMs),
        joint: mins(t.jointMs),
        caucus: mins(t.caucusMs),
        perSide: Object.fromEntries(Object.entries(t.caucusPerSideMs).map(([k, v]) => [k, mins(v)])),
        alone: mins(t.aloneMs),
        pause: mins(t.pauseMs),
        manualContact: mins(t.manualContactMs),
        manualNonContact: mins(t.manualNonContactMs),
      },
      {
        contact: 45 + 5 + 45 + 25 + 80 + 20,
        nonContact: 5 + 60 + 90,
        intake: 45 + 5,
        joint: 45 + 80,
        caucus: 25,
        perSide: { A: 10, B: 15 },
        alone: 5,
        pause: 10 + 10,
        manualContact: 20,
        manualNonContact: 150,
      },
    )
    assert.ok(t.jointMs < 3 * 60 * MIN, 'not 337.67 joint hours')
    const per = log.meetings.map((m) => ({
      n: m.number,
      from: m.startedAt,
      to: m.endedAt,
      contact: mins(m.totals.contactMs),
      intake: mins(m.totals.intakeMs),
      joint: mins(m.totals.jointMs),
      sides: Object.fromEntries(Object.entries(m.totals.caucusPerSideMs).map(([k, v]) => [k, mins(v)])),
      alone: mins(m.totals.aloneMs),
      pause: mins(m.totals.pauseMs),
    }))
    assert.deepEqual(per, [
      { n: 1, from: D0, to: D0 + 45 * MIN, contact: 45, intake: 45, joint: 0, sides: {}, alone: 0, pause: 0 },
      {
        n: 2,
        from: D1,
        to: D1 + 90 * MIN,
        contact: 75,
        intake: 5,
        joint: 45,
        sides: { A: 10, B: 15 },
        alone: 5,
        pause: 10,
      },
      {
        n: 3,
        from: D2,
        to: D2 + 90 * MIN,
        contact: 80,
        intake: 0,
        joint: 80,
        sides: {},
        alone: 0,
        pause: 10,
      },
    ])
    // Each meeting's intervals fill it exactly: no gap, no overlap.
    for (const m of log.meetings) {
      const own = log.intervals.filter((i) => i.meeting === m.number)
      assert.equal(
        own.reduce((n, i) => n + i.to - i.from, 0),
        (m.endedAt ?? 0) - m.startedAt,
      )
    }
    assert.deepEqual(
      log.intervals
        .filter((i) => i.meeting === 2)
        .map((i) => [i.kind, i.room, mins(i.from - D1), mins(i.to - D1), i.contact]),
      [
        ['intake', 'main', 0, 5, true],
        ['joint', 'main', 5, 20, true],
        ['joint', 'main', 20, 35, true],
        ['pause', 'main', 35, 45, false],
        ['joint', 'main', 45, 60, true],
        ['caucus', 'A', 60, 70, true],
        ['alone', 'main', 70, 75, false],
        ['caucus', 'B', 75, 90, true],
      ],
    )
    assert.equal(log.firstMeetingAt, D0)
    assert.equal(log.lastMeetingAt, D2)
    assert.deepEqual(
      log.manual.map((e) => e.id),
      ['e1', 'e2', 'e3'],
    )
  })

  it('TIME-1 a running meeting counts until now, an open pause too (as a pause); nothing counts without a meeting', () => {
    const c = controlDoc()
    assert.equal(timeLog(c, T0 + 60 * MIN).totals.contactMs, 0, 'intake without a meeting: nothing')
    startMeeting(c, {}, at(T0))
    pauseMeeting(c, {}, at(T0 + 20 * MIN))
    const log = timeLog(c, T0 + 50 * MIN)
    assert.equal(log.totals.intakeMs, 20 * MIN)
    assert.equal(log.totals.pauseMs, 30 * MIN)
    assert.deepEqual(
      log.meetings.map((m) => m.endedAt),
      [null],
    )
  })

  it('TIME-4 a manual entry: known kind, calendar date, whole minutes 1–1440, note up to 500, contact yes or no', () => {
    const ok = { kind: 'call', date: '2026-02-28', minutes: 15, note: '  belt Bram ', contact: true } as const
    assert.deepEqual(checkManualEntry(ok), { ...ok, note: 'belt Bram' })
    const bad: unknown[] = [
      { ...ok, kind: 'lunch' },
      { ...ok, date: '2026-02-30' },
      { ...ok, date: '28-02-2026' },
      { ...ok, date: '1999-12-31' },
      { ...ok, minutes: 0 },
      { ...ok, minutes: 1441 },
      { ...ok, minutes: 1.5 },
      { ...ok, minutes: Number.NaN },
      { ...ok, note: 'x'.repeat(501) },
      { ...ok, contact: 'yes' },
    ]
    const c = controlDoc()
    for (const b of bad) throwsRule(c, 'TIME-4', () => checkManualEntry(b as typeof ok))
    assert.equal(checkManualEntry({ ...ok, minutes: 1440 }).minutes, 1440)
  })

  it('TIME-5 claim fields: file numbers up to 40, names up to 200, a known field or none', () => {
    const ok = {
      legalAidNumber: ' 1AB2345 ',
      insurer: 'DAS',
      insurerFileNumber: 'R-778',
      field: 'burenrecht',
      coMediator: 'Jan de Wit',
    } as const
    assert.deepEqual(checkClaim(ok), { ...ok, legalAidNumber: '1AB2345' })
    assert.deepEqual(checkClaim(EMPTY_CLAIM), EMPTY_CLAIM)
    const c = controlDoc()
    for (const b of [
      { ...ok, legalAidNumber: 'x'.repeat(41) },
      { ...ok, insurerFileNumber: 'x'.repeat(41) },
      { ...ok, insurer: 'x'.repeat(201) },
      { ...ok, coMediator: 'a\u0007b' },
      { ...ok, field: 'strafrecht' },
      { ...ok, insurer: 7 },
    ]) {
      throwsRule(c, 'TIME-5', () => checkClaim(b as unknown as typeof ok))
    }
  })
})

/** The fixture's rules are version 1 (SESSION-1). */
function acceptRules(c: Y.Doc, who: Actor) {
  acceptRulesCmd(c, { version: 1 }, ctx(who, { now: T0 }))
}
