import assert from 'node:assert/strict'
import {
  addOption,
  getBoard,
  getRatings,
  type Participant,
  privateSchema,
  type Rating,
  type Ratings,
  rateOption,
  setBoardPhase,
  setOptionStatus,
} from '@mediation/core/domain'
import { ratingOverlap } from '@mediation/core/queries'
import * as Y from 'yjs'
import { A1, A2, B1, ctx, ids, M, PEOPLE, S1, T0, throwsRule } from './fixture'

const C1: Participant = { id: 'c1', name: 'Cees', role: 'party', sideId: 'C' }
const D1: Participant = { id: 'd1', name: 'Dirk', role: 'party', sideId: 'D' }
const C2: Participant = { id: 'c2', name: 'Adviser of C', role: 'adviser', sideId: 'C' }
const ROSTER = [...PEOPLE, { id: 'a3', name: 'Second A', role: 'party' as const, sideId: 'A' }, C1]

function board(n: number): { b: Y.Doc; options: string[] } {
  const b = new Y.Doc()
  setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
  const newId = ids('o')
  const options = Array.from({ length: n }, (_, i) =>
    addOption(b, { title: `Option ${i}` }, ctx(M, { newId })),
  )
  return { b, options }
}

function ratings(entries: Record<string, Rating>): Ratings {
  return Object.fromEntries(Object.entries(entries).map(([id, rating]) => [id, { rating, at: T0 }]))
}

describe('domain: private ratings', () => {
  it('RATE-1 a party or adviser rates yes, maybe or no in their own private document', () => {
    const p = new Y.Doc()
    rateOption(p, { optionId: 'o-1', rating: 'yes' }, ctx(A1))
    rateOption(p, { optionId: 'o-2', rating: 'no' }, ctx(A1, { now: T0 + 1 }))
    rateOption(p, { optionId: 'o-2', rating: null }, ctx(A1, { now: T0 + 2 }))
    assert.deepEqual(getRatings(p), { 'o-1': { rating: 'yes', at: T0 } })
    assert.equal(privateSchema(p).meta.get('owner'), 'a1')
    throwsRule(p, 'RATE-1', () => rateOption(p, { optionId: 'o-1', rating: 'no' }, ctx(B1)))
    throwsRule(p, 'RATE-1', () => rateOption(p, { optionId: 'o-1', rating: 'great' as Rating }, ctx(A1)))
    const q = new Y.Doc()
    throwsRule(q, 'RATE-1', () => rateOption(q, { optionId: 'o-1', rating: 'yes' }, ctx(M)))
    throwsRule(q, 'RATE-1', () => rateOption(q, { optionId: 'o-1', rating: 'yes' }, ctx(S1)))
    rateOption(q, { optionId: 'o-1', rating: 'maybe' }, ctx(A2))
  })

  it('RATE-2 per side yes/maybe/no counts from its parties; acceptable to every side only when every side said yes', () => {
    const { b, options } = board(4)
    const [o1, o2, o3, o4] = options as [string, string, string, string]
    setOptionStatus(b, { id: o4, status: 'withdrawn' }, ctx(M))
    const roster = [...ROSTER, D1]
    const given = new Map<string, Ratings>([
      ['a1', ratings({ [o1]: 'yes', [o2]: 'yes', [o3]: 'yes' })],
      ['a3', ratings({ [o1]: 'yes', [o2]: 'no' })],
      ['a2', ratings({ [o1]: 'no', [o3]: 'no' })], // an adviser's rating does not count (RATE-3)
      ['b1', ratings({ [o1]: 'yes', [o2]: 'yes', [o3]: 'yes' })],
      ['c1', ratings({ [o1]: 'yes', [o2]: 'yes', [o3]: 'maybe' })],
      ['d1', ratings({ [o1]: 'yes', [o2]: 'yes', [o3]: 'yes' })],
    ])
    const overlap = ratingOverlap(getBoard(b).options, given, roster, ['A', 'B', 'C', 'D'])
    const brief = overlap.map((e) => ({
      sides: e.sides.map((x) => `${x.sideId}:${x.yes}/${x.maybe}/${x.no}/${x.unrated}=${x.verdict}`),
      accepting: e.sidesAccepting,
      total: e.sidesTotal,
      blocking: e.blocking,
      all: e.acceptableToAll,
    }))
    assert.deepEqual(brief, [
      {
        sides: ['A:2/0/0/0=yes', 'B:1/0/0/0=yes', 'C:1/0/0/0=yes', 'D:1/0/0/0=yes'],
        accepting: 4,
        total: 4,
        blocking: [],
        all: true,
      },
      {
        sides: ['A:1/0/1/0=no', 'B:1/0/0/0=yes', 'C:1/0/0/0=yes', 'D:1/0/0/0=yes'],
        accepting: 3,
        total: 4,
        blocking: ['A'],
        all: false,
      },
      // The reported case: A and B and D yes, C maybe (A's adviser no): not acceptable to every side.
      {
        sides: ['A:1/0/0/1=open', 'B:1/0/0/0=yes', 'C:0/1/0/0=maybe', 'D:1/0/0/0=yes'],
        accepting: 2,
        total: 4,
        blocking: [],
        all: false,
      },
    ])
    // A side without a party yet is open, so it keeps an option from being acceptable to every side.
    const withE = ratingOverlap(getBoard(b).options, given, roster, ['A', 'B', 'C', 'D', 'E'])
    assert.equal(withE[0]?.sides[4]?.verdict, 'open')
    assert.equal(withE[0]?.acceptableToAll, false)
    assert.deepEqual(
      ratingOverlap(getBoard(b).options, new Map(), []),
      overlap.map((e) => ({
        ...e,
        sides: [],
        sidesAccepting: 0,
        sidesTotal: 0,
        blocking: [],
        acceptableToAll: false,
      })),
    )
  })

  it('RATE-3 advisers do not count for their side, but the mediator sees each adviser rating beside the side', () => {
    const { b, options } = board(1)
    const [o1] = options as [string]
    const roster = [...ROSTER, D1, C2]
    const given = new Map<string, Ratings>([
      ['a1', ratings({ [o1]: 'yes' })],
      ['a3', ratings({ [o1]: 'yes' })],
      ['a2', ratings({ [o1]: 'no' })],
      ['b1', ratings({ [o1]: 'yes' })],
      ['c1', ratings({ [o1]: 'yes' })],
      ['c2', ratings({ [o1]: 'maybe' })],
      ['d1', ratings({ [o1]: 'yes' })],
    ])
    const [entry] = ratingOverlap(getBoard(b).options, given, roster, ['A', 'B', 'C', 'D'])
    assert.equal(entry?.acceptableToAll, true, 'advisers do not block')
    assert.deepEqual(
      entry?.sides.map((x) => [x.sideId, x.advisers]),
      [
        ['A', [{ participantId: 'a2', rating: 'no' }]],
        ['B', []],
        ['C', [{ participantId: 'c2', rating: 'maybe' }]],
        ['D', []],
      ],
    )
  })
})
