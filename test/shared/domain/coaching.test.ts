import assert from 'node:assert/strict'
import { addCoachingItem, coachingPlan, removeCoachingItem, tickAction } from '@mediation/core/coaching'
import {
  acceptRules,
  addClause,
  addParticipant,
  addSide,
  allowedPhases,
  applyCommand,
  getPhase,
  getQueue,
  listParticipants,
  planCaucus,
  reportSpeaking,
  saveVersion,
  sessionPhases,
  setPhase,
  storeOrigin,
  talkTime,
} from '@mediation/core/domain'
import { coachingShare } from '@mediation/core/queries'
import * as Y from 'yjs'
import { controlDoc, ctx, ids, M, signCommand, T0, throwsRule } from './fixture'

const MIN = 60_000
const CLIENT = { participantId: 'c1', role: 'party' as const, sideId: 'client' }

/** A coaching session in joint talks: coach m, client c1 (who accepted the ground rules). */
function coaching() {
  const control = controlDoc('coaching')
  addSide(control, { id: 'client', name: 'Client' }, { origin: storeOrigin })
  addParticipant(
    control,
    { id: 'm', name: 'Carla Coach', role: 'mediator', sideId: null },
    { origin: storeOrigin },
  )
  addParticipant(
    control,
    { id: 'c1', name: 'Kees', role: 'party', sideId: 'client' },
    { origin: storeOrigin },
  )
  setPhase(control, { phase: 'opening' }, ctx(M, { now: T0 - 10 * MIN }))
  acceptRules(control, { version: 1 }, ctx(CLIENT, { now: T0 - MIN }))
  setPhase(control, { phase: 'joint' }, ctx(M))
  const agreement = new Y.Doc()
  addClause(agreement, { text: 'We agree.' }, ctx(M, { newId: ids('c') }))
  return { control, agreement }
}

describe('domain: coaching', () => {
  it('COACH-1 a coaching session has no caucus: neither planned nor reached as a phase', () => {
    const { control } = coaching()
    assert.deepEqual(allowedPhases('joint', 'coaching'), ['closing'])
    assert.deepEqual(allowedPhases('joint'), ['caucus', 'closing'], 'a mediation keeps its caucus')
    assert.ok(!sessionPhases('coaching').includes('caucus'))
    assert.ok(sessionPhases('mediation').includes('caucus'))
    throwsRule(control, 'COACH-1', () => planCaucus(control, { sideIds: ['client'] }, ctx(M)))
    throwsRule(control, 'COACH-1', () => setPhase(control, { phase: 'caucus' }, ctx(M)))
    assert.equal(getPhase(control), 'joint')
    setPhase(control, { phase: 'closing' }, ctx(M))
    assert.equal(getPhase(control), 'closing', 'the other moves still work')
  })

  it('COACH-1 the client has no option board and signs no settlement draft; hands still work', () => {
    const { control, agreement } = coaching()
    const docs = { control, agreement, board: new Y.Doc(), ledger: new Y.Doc(), caucus: new Y.Doc() }
    const v = saveVersion(agreement, { name: 'v1' }, ctx(M, { newId: ids('v') }))
    const before = Y.encodeStateAsUpdate(agreement)
    throwsRule(control, 'COACH-1', () => applyCommand(docs, signCommand(v, 'Client'), ctx(CLIENT)))
    assert.deepEqual(Y.encodeStateAsUpdate(agreement), before, 'nothing signed')
    for (const command of [
      { type: 'addIdea' as const, title: 'Idea' },
      { type: 'addPoint' as const, title: 'Point' },
      { type: 'setInterests' as const, id: 'client', text: 'rest' },
    ])
      throwsRule(control, 'COACH-1', () => applyCommand(docs, command, ctx(CLIENT)))
    applyCommand(docs, { type: 'raiseHand' }, ctx(CLIENT))
    assert.deepEqual(
      getQueue(control).map((q) => q.participantId),
      ['c1'],
    )
  })

  it('COACH-2 talk share is the coach against the client', () => {
    const { control } = coaching()
    const none = coachingShare(talkTime(control, T0), listParticipants(control))
    assert.deepEqual([none.coachShare, none.clientShare], [0, 0], 'nobody spoke yet')
    const say = (participantId: string, speaking: boolean, at: number) =>
      reportSpeaking(control, { participantId, speaking, at: T0 + at }, { origin: storeOrigin })
    say('m', true, 0)
    say('m', false, MIN)
    say('c1', true, MIN)
    say('c1', false, 4 * MIN)
    const share = coachingShare(talkTime(control, T0 + 5 * MIN), listParticipants(control))
    assert.deepEqual(share, { coachMs: MIN, clientMs: 3 * MIN, coachShare: 0.25, clientShare: 0.75 })
  })

  it('COACH-3 only the coach writes goals, action points (with a due date) and tips', () => {
    const { control } = coaching()
    const goal = addCoachingItem(
      control,
      { kind: 'goal', text: 'Say no more often' },
      ctx(M, { newId: ids('g') }),
    )
    const act = addCoachingItem(
      control,
      { kind: 'action', text: 'Keep a diary', due: '2026-12-10' },
      ctx(M, { newId: ids('a'), now: T0 + 1 }),
    )
    addCoachingItem(control, { kind: 'tip', text: 'Breathe first' }, ctx(M, { newId: ids('t'), now: T0 + 2 }))
    assert.deepEqual(
      coachingPlan(control).map((i) => [i.kind, i.text, i.due, i.done]),
      [
        ['goal', 'Say no more often', null, false],
        ['action', 'Keep a diary', '2026-12-10', false],
        ['tip', 'Breathe first', null, false],
      ],
    )
    throwsRule(control, 'COACH-3', () =>
      addCoachingItem(control, { kind: 'goal', text: 'Mine' }, ctx(CLIENT, { newId: ids('x') })),
    )
    throwsRule(control, 'COACH-3', () => removeCoachingItem(control, { id: goal }, ctx(CLIENT)))
    throwsRule(control, 'COACH-3', () =>
      addCoachingItem(
        control,
        { kind: 'goal', text: 'Dated', due: '2026-12-10' },
        ctx(M, { newId: ids('y') }),
      ),
    )
    throwsRule(control, 'COACH-3', () =>
      addCoachingItem(control, { kind: 'action', text: 'x', due: '10-12-2026' }, ctx(M, { newId: ids('z') })),
    )
    throwsRule(control, 'INPUT-1', () =>
      addCoachingItem(control, { kind: 'tip', text: '  ' }, ctx(M, { newId: ids('w') })),
    )
    removeCoachingItem(control, { id: act }, ctx(M))
    assert.equal(coachingPlan(control).length, 2)
    const mediation = controlDoc()
    throwsRule(mediation, 'COACH-1', () =>
      addCoachingItem(mediation, { kind: 'goal', text: 'x' }, ctx(M, { newId: ids('m') })),
    )
  })

  it('COACH-4 the client ticks its action point off; goals and tips are not ticked', () => {
    const { control } = coaching()
    const goal = addCoachingItem(control, { kind: 'goal', text: 'Calm' }, ctx(M, { newId: ids('g') }))
    const act = addCoachingItem(control, { kind: 'action', text: 'Diary' }, ctx(M, { newId: ids('a') }))
    tickAction(control, { id: act, done: true }, ctx(CLIENT, { now: T0 + MIN }))
    const ticked = coachingPlan(control).find((i) => i.id === act)
    assert.deepEqual([ticked?.done, ticked?.doneAt], [true, T0 + MIN])
    throwsRule(control, 'COACH-4', () => tickAction(control, { id: goal, done: true }, ctx(CLIENT)))
    throwsRule(control, 'COACH-4', () => tickAction(control, { id: 'nope', done: true }, ctx(CLIENT)))
    tickAction(control, { id: act, done: false }, ctx(M))
    assert.equal(coachingPlan(control).find((i) => i.id === act)?.done, false, 'the coach may tick it back')
  })
})
