import assert from 'node:assert/strict'
import * as D from '@mediation/core/domain'
import fc from 'fast-check'
import * as Y from 'yjs'
import { T0 } from './fixture'
import { apply, MAX_SIDES, peopleOf, type Replica, setup, stateVectors, stepsArb } from './property-model'

const REPLICAS = 3
const signKey = (s: D.SignOff) => `${s.versionId}:${s.participantId}:${s.at}`

/** Every query a UI would show, as plain data. */
function view(r: Replica, now: number, people: D.Participant[]) {
  return {
    phase: D.getPhase(r.control),
    queue: D.getQueue(r.control),
    floor: D.getFloor(r.control, now),
    rules: D.rulesStatus(r.control),
    talk: D.talkTime(r.control, now),
    interruptions: D.interruptions(r.control),
    caucus: D.caucusState(r.control, now),
    time: D.timeLog(r.control, now),
    board: D.getBoard(r.board),
    draft: D.getDraft(r.agreement),
    versions: D.listVersions(r.agreement),
    signoffs: D.signoffStatus(r.agreement, people),
  }
}

/** Invariants that must hold on any replica at any time. */
function checkInvariants(r: Replica, now: number, people: D.Participant[]): void {
  const v = view(r, now, people)
  const queueIds = v.queue.map((q) => q.participantId)
  assert.equal(new Set(queueIds).size, queueIds.length, 'TURN-4 one queue entry per participant')
  assert.ok(D.controlSchema(r.control).floor.size <= 1, 'TURN-1 at most one floor key')
  const optionIds = v.board.options.map((o) => o.id)
  assert.equal(new Set(optionIds).size, optionIds.length, 'BOARD-11 unique option ids')
  const sides = Object.values(v.talk.perSide).reduce((a, b) => a + b, 0)
  assert.equal(sides, v.talk.totalSideMs, 'TALK-2 side time is the sum of its members')
  assert.equal(Object.keys(v.caucus.rooms).length, people.length, 'CAUCUS-4 everyone in one room')
  const roomed = v.caucus.groups.flatMap((g) => g.sides)
  assert.equal(new Set(roomed).size, roomed.length, 'CAUCUS-11 no side in two rooms')
  for (const p of people) {
    const room = v.caucus.rooms[p.id]
    const group = v.caucus.groups.find((g) => g.id === room)
    if (p.role !== 'mediator' && group)
      assert.ok(group.sides.includes(p.sideId ?? ''), 'CAUCUS-4 a member in its side’s room')
  }
  const caucusSides = Object.values(v.time.totals.caucusPerSideMs)
  assert.ok(
    caucusSides.every((ms) => ms <= v.time.totals.caucusMs),
    'CAUCUS-11 no side has more caucus time than the caucus total',
  )
  const hashes = new Map(v.versions.map((x) => [x.id, x.hash]))
  for (const s of v.signoffs) {
    if (s.countersigned) assert.ok(s.allSidesSigned, 'SIGN-4 a countersignature implies all sides signed')
    if (s.valid.length > 0)
      assert.equal(hashes.get(s.versionId), v.draft.hash, 'SIGN-3 valid only for the current text')
  }
  assert.equal(
    v.draft.locked,
    v.signoffs.some((s) => s.countersigned),
    'SIGN-5 locked iff countersigned',
  )
}

describe('domain: property test over random commands and delivery orders', () => {
  it('CONV-1 SIGN-3 TURN-1 CAUCUS-11 CAUCUS-12 with 2 to 6 sides, replicas converge, invariants hold, voided sign-offs stay voided', function () {
    this.timeout(60_000)
    const seen = new Set<number>()
    const changed = new Set<number>()
    const shared = new Set<number>()
    fc.assert(
      fc.property(fc.integer({ min: 2, max: MAX_SIDES }), stepsArb(REPLICAS), (sides, steps) => {
        seen.add(sides)
        const people = peopleOf(sides)
        const replicas = setup(REPLICAS, sides)
        const voided = new Set<string>()
        steps.forEach((step, i) => {
          apply(replicas, step, i, people)
          // Only the replica that just changed can have changed.
          const r = replicas[step.kind === 'sync' ? step.to : step.at]!
          checkInvariants(r, T0 + 1000 * (i + 1), people)
          for (const s of D.signoffStatus(r.agreement)) for (const x of s.voided) voided.add(signKey(x))
        })
        for (const a of replicas)
          for (const b of replicas) {
            for (const k of ['control', 'board', 'agreement'] as const)
              Y.applyUpdate(b[k], Y.encodeStateAsUpdate(a[k]))
          }
        const now = T0 + 1000 * (steps.length + 1)
        const first = replicas[0]!
        for (const e of D.controlSchema(first.control).caucusLog.toArray()) {
          if (e.type === 'change') changed.add(sides)
          if (e.groups?.some((g) => g.sides.length > 1)) shared.add(sides)
        }
        for (const r of replicas) {
          assert.equal(stateVectors(r), stateVectors(first))
          assert.deepEqual(view(r, now, people), view(first, now, people))
          checkInvariants(r, now, people)
          const valid = D.signoffStatus(r.agreement).flatMap((s) => s.valid.map(signKey))
          for (const key of valid) assert.ok(!voided.has(key), `SIGN-3 ${key} was void and came back`)
        }
      }),
      { seed: 20261127, numRuns: 150 },
    )
    assert.deepEqual([...seen].sort(), [2, 3, 4, 5, 6], 'every session size from 2 to 6 sides was run')
    assert.deepEqual(
      [...changed].sort(),
      [2, 3, 4, 5, 6],
      'CAUCUS-12 rooms changed during a caucus at every size',
    )
    assert.deepEqual([...shared].sort(), [2, 3, 4, 5, 6], 'CAUCUS-11 a shared room at every size')
  })
})
