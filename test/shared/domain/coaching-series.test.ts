import assert from 'node:assert/strict'
import {
  addCoachingItem,
  coachingPlan,
  coachingSeries,
  currentCoachingSession,
  MAX_COACHING_SESSIONS,
  nextCoachingSession,
  rateGoal,
  removeCoachingItem,
  tickAction,
} from '@mediation/core/coaching'
import { addParticipant, addSide, endSession, storeOrigin } from '@mediation/core/domain'
import { controlDoc, ctx, ids, M, T0, throwsRule } from './fixture'

const DAY = 86_400_000
const CLIENT = { participantId: 'c1', role: 'party' as const, sideId: 'client' }

function trajectory() {
  const control = controlDoc('coaching')
  addSide(control, { id: 'client', name: 'Client' }, { origin: storeOrigin })
  addParticipant(control, { id: 'm', name: 'Carla', role: 'mediator', sideId: null }, { origin: storeOrigin })
  addParticipant(
    control,
    { id: 'c1', name: 'Kees', role: 'party', sideId: 'client' },
    { origin: storeOrigin },
  )
  return control
}

describe('domain: a coaching trajectory (series of sessions)', () => {
  it('COACH-6 the coach begins the next session; goals, tips and open action points carry over with their session', () => {
    const control = trajectory()
    const newId = ids('i')
    assert.equal(currentCoachingSession(control), 1)
    const goal = addCoachingItem(control, { kind: 'goal', text: 'Nee zeggen' }, ctx(M, { newId }))
    const a1 = addCoachingItem(
      control,
      { kind: 'action', text: 'Dagboek', due: '2026-12-10' },
      ctx(M, { newId }),
    )
    const a2 = addCoachingItem(control, { kind: 'action', text: 'Lezen' }, ctx(M, { newId }))
    addCoachingItem(control, { kind: 'tip', text: 'Adem' }, ctx(M, { newId }))
    tickAction(control, { id: a1, done: true }, ctx(CLIENT))
    assert.equal(nextCoachingSession(control, {}, ctx(M, { now: T0 + 7 * DAY })), 2)
    const a3 = addCoachingItem(
      control,
      { kind: 'action', text: 'Oefenen' },
      ctx(M, { newId, now: T0 + 7 * DAY }),
    )
    tickAction(control, { id: a2, done: true }, ctx(CLIENT, { now: T0 + 8 * DAY }))
    const plan = coachingPlan(control)
    assert.deepEqual(
      plan.map((i) => [i.text, i.session, i.done, i.doneIn ?? null]),
      [
        ['Nee zeggen', 1, false, null],
        ['Dagboek', 1, true, 1],
        ['Lezen', 1, true, 2],
        ['Adem', 1, false, null],
        ['Oefenen', 2, false, null],
      ],
      'everything carries over; each action point says when it was done',
    )
    assert.ok(plan.some((i) => i.id === goal) && plan.some((i) => i.id === a3))
    const series = coachingSeries(control)
    assert.equal(series.current, 2)
    assert.deepEqual(series.sessions, [
      { n: 1, at: null },
      { n: 2, at: T0 + 7 * DAY },
    ])
  })

  it('COACH-6 progress per goal: a score 0–10 per session, by the client or the coach, for the current session only', () => {
    const control = trajectory()
    const newId = ids('g')
    const goal = addCoachingItem(control, { kind: 'goal', text: 'Rust' }, ctx(M, { newId }))
    const action = addCoachingItem(control, { kind: 'action', text: 'Wandelen' }, ctx(M, { newId }))
    rateGoal(control, { goalId: goal, score: 3 }, ctx(CLIENT))
    nextCoachingSession(control, {}, ctx(M))
    rateGoal(control, { goalId: goal, score: 5 }, ctx(CLIENT))
    rateGoal(control, { goalId: goal, score: 6 }, ctx(M))
    assert.deepEqual(
      coachingSeries(control).progress,
      { [goal]: { 1: 3, 2: 6 } },
      'the last word in session 2',
    )
    for (const score of [-1, 11, 2.5, Number.NaN])
      throwsRule(control, 'COACH-6', () => rateGoal(control, { goalId: goal, score }, ctx(CLIENT)))
    throwsRule(control, 'COACH-6', () => rateGoal(control, { goalId: action, score: 4 }, ctx(CLIENT)))
    throwsRule(control, 'COACH-6', () => rateGoal(control, { goalId: 'nope', score: 4 }, ctx(CLIENT)))
    removeCoachingItem(control, { id: goal }, ctx(M))
    assert.deepEqual(coachingSeries(control).progress, {}, "a removed goal's scores go with it")
  })

  it('COACH-6 only the coach begins a session, never in an ended trajectory or a mediation, and at most the budget', () => {
    const control = trajectory()
    throwsRule(control, 'COACH-6', () => nextCoachingSession(control, {}, ctx(CLIENT)))
    const stranger = { participantId: 'x', role: 'mediator' as const, sideId: null }
    throwsRule(control, 'ACCESS-4', () => nextCoachingSession(control, {}, ctx(stranger)))
    const mediation = controlDoc('mediation')
    throwsRule(mediation, 'COACH-1', () => nextCoachingSession(mediation, {}, ctx(M)))
    for (let n = 2; n <= MAX_COACHING_SESSIONS; n++) nextCoachingSession(control, {}, ctx(M))
    throwsRule(control, 'COACH-6', () => nextCoachingSession(control, {}, ctx(M)))
    const ended = trajectory()
    endSession(ended, { outcome: 'ended-by-mediator' }, ctx(M))
    throwsRule(ended, 'COACH-6', () => nextCoachingSession(ended, {}, ctx(M)))
  })
})
