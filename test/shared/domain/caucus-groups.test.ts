import assert from 'node:assert/strict'
import {
  type Actor,
  acceptRules,
  addParticipant,
  addSide,
  caucusNotesKey,
  caucusState,
  changeCaucus,
  controlSchema,
  docAccess,
  endCaucus,
  moveMediator,
  planCaucus,
  setPhase,
  sharedCaucusKeys,
  sidesOfNotesKey,
  startCaucus,
  startMeeting,
  storeOrigin,
  timeLog,
} from '@mediation/core/domain'
import type * as Y from 'yjs'
import { A1, A2, B1, controlDoc, ctx, M, T0, throwsRule } from './fixture'

const MIN = 60_000
const SEC = 1000
const C1: Actor = { participantId: 'c1', role: 'party', sideId: 'C' }
const D1: Actor = { participantId: 'd1', role: 'party', sideId: 'D' }

/** Four sides (A with an adviser) in joint talks since T0, a meeting running since then. */
function fourSides(): Y.Doc {
  const c = controlDoc()
  for (const id of ['C', 'D']) addSide(c, { id, name: `Side ${id}` }, { origin: storeOrigin })
  addParticipant(c, { id: 'c1', name: 'Cas', role: 'party', sideId: 'C' }, { origin: storeOrigin })
  addParticipant(c, { id: 'd1', name: 'Dina', role: 'party', sideId: 'D' }, { origin: storeOrigin })
  setPhase(c, { phase: 'opening' }, ctx(M, { now: T0 - 10 * MIN }))
  for (const a of [A1, A2, B1, C1, D1]) acceptRules(c, { version: 1 }, ctx(a, { now: T0 - MIN }))
  setPhase(c, { phase: 'joint' }, ctx(M, { now: T0 - MIN }))
  startMeeting(c, {}, ctx(M, { now: T0 - MIN }))
  return c
}

describe('domain: caucus rooms with several sides', () => {
  it('CAUCUS-11 the plan groups sides: A and B share a room with the mediator while C and D wait in theirs', () => {
    const c = fourSides()
    throwsRule(c, 'CAUCUS-1', () => planCaucus(c, { groups: [['A', 'B'], ['B']] }, ctx(M)))
    throwsRule(c, 'CAUCUS-1', () => planCaucus(c, { groups: [['A'], []] }, ctx(M)))
    throwsRule(c, 'CAUCUS-1', () => planCaucus(c, { groups: [['A', 'Z']] }, ctx(M)))
    throwsRule(c, 'ACCESS-2', () => planCaucus(c, { groups: [['A', 'B']] }, ctx(A1)))
    planCaucus(c, { groups: [['A', 'B'], ['C'], ['D']] }, ctx(M))
    startCaucus(c, {}, ctx(M))
    const st = caucusState(c, T0 + 5 * MIN)
    assert.deepEqual(st.groups, [
      { id: 'A+B', sides: ['A', 'B'] },
      { id: 'C', sides: ['C'] },
      { id: 'D', sides: ['D'] },
    ])
    assert.equal(st.mediatorRoom, 'A+B')
    assert.deepEqual(st.mediatorWith, ['A', 'B'])
    assert.deepEqual(
      { a1: st.rooms.a1, a2: st.rooms.a2, b1: st.rooms.b1, c1: st.rooms.c1, d1: st.rooms.d1 },
      { a1: 'A+B', a2: 'A+B', b1: 'A+B', c1: 'C', d1: 'D' },
    )
    assert.deepEqual(st.waiting, [
      { sideId: 'C', room: 'C', sides: ['C'], since: T0, waitingMs: 5 * MIN },
      { sideId: 'D', room: 'D', sides: ['D'], since: T0, waitingMs: 5 * MIN },
    ])
    // The shared room's time counts for both of its sides, once in the caucus total.
    moveMediator(c, { room: 'C' }, ctx(M, { now: T0 + 10 * MIN }))
    endCaucus(c, {}, ctx(M, { now: T0 + 13 * MIN }))
    const log = timeLog(c, T0 + 20 * MIN)
    assert.deepEqual(log.totals.caucusPerSideMs, { A: 10 * MIN, B: 10 * MIN, C: 3 * MIN })
    assert.equal(log.totals.caucusMs, 13 * MIN)
    const shared = log.intervals.find((iv) => iv.room === 'A+B')
    assert.deepEqual(shared?.sides, ['A', 'B'])
  })

  it('CAUCUS-11 the sides left out of every room wait together in the joint room, told where the mediator is', () => {
    const c = fourSides()
    planCaucus(c, { groups: [['A', 'B']] }, ctx(M))
    startCaucus(c, {}, ctx(M))
    const st = caucusState(c, T0 + 2 * MIN)
    assert.equal(st.rooms.c1, 'main')
    assert.deepEqual(st.mediatorWith, ['A', 'B'])
    assert.deepEqual(st.waiting, [
      { sideId: null, room: 'main', sides: ['C', 'D'], since: T0, waitingMs: 2 * MIN },
    ])
    assert.deepEqual(st.waitingSince, { C: T0, D: T0 })
  })

  it('CAUCUS-12 the mediator adds and removes sides while the caucus runs; each side’s time is exact to the second', () => {
    const c = fourSides()
    planCaucus(c, { groups: [['A'], ['B']] }, ctx(M))
    startCaucus(c, {}, ctx(M))
    throwsRule(c, 'ACCESS-2', () => changeCaucus(c, { groups: [{ room: 'A', sides: ['A', 'C'] }] }, ctx(A1)))
    throwsRule(c, 'CAUCUS-12', () => changeCaucus(c, { groups: [] }, ctx(M)))
    throwsRule(c, 'CAUCUS-12', () => changeCaucus(c, { groups: [{ room: 'Q', sides: ['A'] }] }, ctx(M)))
    throwsRule(c, 'CAUCUS-12', () =>
      changeCaucus(
        c,
        {
          groups: [
            { room: 'A', sides: ['A'] },
            { room: 'A', sides: ['B'] },
          ],
        },
        ctx(M),
      ),
    )
    throwsRule(c, 'CAUCUS-12', () =>
      changeCaucus(c, { groups: [{ room: 'A', sides: ['A', 'B'] }, { sides: ['B'] }] }, ctx(M)),
    )
    // 0:01:40 later C joins A's room (the mediator is there); B stays in its own; D stays in the joint room.
    changeCaucus(
      c,
      {
        groups: [
          { room: 'A', sides: ['A', 'C'] },
          { room: 'B', sides: ['B'] },
        ],
      },
      ctx(M, { now: T0 + 100 * SEC }),
    )
    let st = caucusState(c, T0 + 100 * SEC)
    assert.equal(st.rooms.c1, 'A')
    assert.deepEqual(st.mediatorWith, ['A', 'C'])
    // C was waiting in the joint room since the start: it is with the mediator now.
    assert.deepEqual(st.waitingSince, { B: T0, D: T0 })
    // 0:03:20: A leaves the caucus for the joint room; the mediator stays with C.
    changeCaucus(
      c,
      {
        groups: [
          { room: 'A', sides: ['C'] },
          { room: 'B', sides: ['B'] },
        ],
      },
      ctx(M, { now: T0 + 200 * SEC }),
    )
    st = caucusState(c, T0 + 250 * SEC)
    assert.equal(st.rooms.a1, 'main')
    assert.equal(st.rooms.a2, 'main')
    assert.deepEqual(st.waitingSince, { A: T0 + 200 * SEC, B: T0, D: T0 })
    // 0:05:00: B's room is dissolved while the mediator is in it: the mediator goes to the joint room.
    moveMediator(c, { room: 'B' }, ctx(M, { now: T0 + 260 * SEC }))
    changeCaucus(c, { groups: [{ room: 'A', sides: ['C'] }] }, ctx(M, { now: T0 + 300 * SEC }))
    st = caucusState(c, T0 + 300 * SEC)
    assert.equal(st.mediatorRoom, 'main')
    assert.equal(st.rooms.b1, 'main')
    // C waits since the mediator left its room for B's.
    assert.deepEqual(st.waitingSince, { C: T0 + 260 * SEC })
    endCaucus(c, {}, ctx(M, { now: T0 + 400 * SEC }))
    const log = timeLog(c, T0 + 400 * SEC)
    assert.deepEqual(log.totals.caucusPerSideMs, { A: 200 * SEC, C: 160 * SEC, B: 40 * SEC })
    assert.equal(log.totals.caucusMs, 300 * SEC)
    assert.equal(log.totals.aloneMs, 100 * SEC)
    // A new room gets its own name, never one in use.
    const d = fourSides()
    planCaucus(d, { groups: [['A', 'B'], ['C']] }, ctx(M))
    startCaucus(d, {}, ctx(M))
    changeCaucus(
      d,
      { groups: [{ room: 'A+B', sides: ['C'] }, { sides: ['A', 'B'] }, { room: 'C', sides: ['D'] }] },
      ctx(M, { now: T0 + 1 }),
    )
    assert.deepEqual(
      caucusState(d, T0 + 1).groups.map((g) => g.id),
      ['A+B', 'A+B~2', 'C'],
    )
    throwsRule(d, 'CAUCUS-12', () => changeCaucus(controlDoc(), { groups: [{ sides: ['A'] }] }, ctx(M)))
  })

  it('CAUCUS-13 a shared room’s notes belong to exactly its sides; a side that joins later gets a new document', () => {
    assert.equal(caucusNotesKey(['B', 'A']), 'A+B')
    assert.deepEqual(sidesOfNotesKey('A+B'), ['A', 'B'])
    assert.equal(sidesOfNotesKey('B+A'), null, 'one spelling per set of sides')
    assert.equal(sidesOfNotesKey('A+A'), null)
    assert.equal(sidesOfNotesKey('A+'), null)
    assert.equal(docAccess('caucus/A+B', A1), 'write')
    assert.equal(docAccess('caucus/A+B', A2), 'write')
    assert.equal(docAccess('caucus/A+B', B1), 'write')
    assert.equal(docAccess('caucus/A+B', C1), 'none')
    assert.equal(docAccess('caucus/B+A', B1), 'none')
    assert.equal(docAccess('caucus/A+B', M), 'write')
    const c = fourSides()
    planCaucus(c, { groups: [['B', 'A'], ['C']] }, ctx(M))
    startCaucus(c, {}, ctx(M))
    changeCaucus(
      c,
      {
        groups: [
          { room: 'B+A', sides: ['B', 'A', 'D'] },
          { room: 'C', sides: ['C'] },
        ],
      },
      ctx(M, { now: T0 + 1 }),
    )
    assert.deepEqual(sharedCaucusKeys(controlSchema(c).caucusLog.toArray()), ['A+B', 'A+B+D'])
  })
})
