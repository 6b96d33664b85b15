import assert from 'node:assert/strict'
import {
  addOption,
  getRatings,
  type Participant,
  privateSchema,
  type Rating,
  type Ratings,
  rateOption,
  ratingOverlap,
  setBoardPhase,
  setOptionStatus,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { A1, A2, B1, ctx, ids, M, PEOPLE, S1, T0, throwsRule } from './fixture'

const C1: Participant = { id: 'c1', name: 'Cees', role: 'party', sideId: 'C' }
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

  it('RATE-2 the overlap gives per-option counts that name no side and no participant', () => {
    const { b, options } = board(4)
    const [o1, o2, o3, o4] = options as [string, string, string, string]
    setOptionStatus(b, { id: o4, status: 'withdrawn' }, ctx(M))
    const given = new Map<string, Ratings>([
      ['a1', ratings({ [o1]: 'yes', [o2]: 'yes', [o3]: 'maybe' })],
      ['a3', ratings({ [o1]: 'maybe', [o2]: 'no' })],
      ['a2', ratings({ [o3]: 'no' })], // an adviser's rating does not count
      ['b1', ratings({ [o1]: 'yes', [o2]: 'yes', [o3]: 'yes' })],
      ['c1', ratings({ [o1]: 'maybe', [o3]: 'no' })],
    ])
    const overlap = ratingOverlap(b, given, ROSTER)
    assert.deepEqual(overlap, [
      { optionId: o1, sidesAccepting: 3, sidesTotal: 3, acceptableToAll: true },
      { optionId: o2, sidesAccepting: 1, sidesTotal: 3, acceptableToAll: false },
      { optionId: o3, sidesAccepting: 2, sidesTotal: 3, acceptableToAll: false },
    ])
    const text = JSON.stringify(overlap)
    for (const name of ['a1', 'a2', 'a3', 'b1', 'c1', '"A"', '"B"', '"C"', 'yes', 'maybe', 'no']) {
      assert.ok(!text.includes(name), `the overlap must not reveal ${name}`)
    }
    const swapped = new Map(given)
    swapped.set('a1', ratings({ [o1]: 'maybe', [o2]: 'maybe', [o3]: 'yes' }))
    assert.deepEqual(ratingOverlap(b, swapped, ROSTER), overlap, 'same side verdicts, same output')
  })
})
