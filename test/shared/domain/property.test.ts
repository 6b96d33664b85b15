import assert from 'node:assert/strict'
import * as D from '@mediation/core/domain'
import fc from 'fast-check'
import * as Y from 'yjs'
import { PEOPLE, T0 } from './fixture'
import { apply, type Replica, setup, stateVectors, stepsArb } from './property-model'

const REPLICAS = 3
const signKey = (s: D.SignOff) => `${s.versionId}:${s.participantId}:${s.at}`

/** Every query a UI would show, as plain data. */
function view(r: Replica, now: number) {
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
    signoffs: D.signoffStatus(r.agreement, PEOPLE),
  }
}

/** Invariants that must hold on any replica at any time. */
function checkInvariants(r: Replica, now: number): void {
  const v = view(r, now)
  const queueIds = v.queue.map((q) => q.participantId)
  assert.equal(new Set(queueIds).size, queueIds.length, 'TURN-4 one queue entry per participant')
  assert.ok(D.controlSchema(r.control).floor.size <= 1, 'TURN-1 at most one floor key')
  const optionIds = v.board.options.map((o) => o.id)
  assert.equal(new Set(optionIds).size, optionIds.length, 'BOARD-11 unique option ids')
  const sides = Object.values(v.talk.perSide).reduce((a, b) => a + b, 0)
  assert.equal(sides, v.talk.totalSideMs, 'TALK-2 side time is the sum of its members')
  assert.equal(Object.keys(v.caucus.rooms).length, PEOPLE.length, 'CAUCUS-4 everyone in one room')
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
  it('CONV-1 SIGN-3 TURN-1 replicas converge, invariants hold, voided sign-offs stay voided', function () {
    this.timeout(30_000)
    fc.assert(
      fc.property(stepsArb(REPLICAS), (steps) => {
        const replicas = setup(REPLICAS)
        const voided = new Set<string>()
        steps.forEach((step, i) => {
          apply(replicas, step, i)
          // Only the replica that just changed can have changed.
          const r = replicas[step.kind === 'sync' ? step.to : step.at]!
          checkInvariants(r, T0 + 1000 * (i + 1))
          for (const s of D.signoffStatus(r.agreement)) for (const x of s.voided) voided.add(signKey(x))
        })
        for (const a of replicas)
          for (const b of replicas) {
            for (const k of ['control', 'board', 'agreement'] as const)
              Y.applyUpdate(b[k], Y.encodeStateAsUpdate(a[k]))
          }
        const now = T0 + 1000 * (steps.length + 1)
        const first = replicas[0]!
        for (const r of replicas) {
          assert.equal(stateVectors(r), stateVectors(first))
          assert.deepEqual(view(r, now), view(first, now))
          checkInvariants(r, now)
          const valid = D.signoffStatus(r.agreement).flatMap((s) => s.valid.map(signKey))
          for (const key of valid) assert.ok(!voided.has(key), `SIGN-3 ${key} was void and came back`)
        }
      }),
      { seed: 20261127, numRuns: 120 },
    )
  })
})
