import assert from 'node:assert/strict'
import {
  grantFloor,
  IMBALANCE_MIN_MS,
  interruptions,
  reportMuted,
  reportSpeaking,
  storeOrigin,
  talkTime,
} from '@mediation/core/domain'
import type * as Y from 'yjs'
import { controlDoc, ctx, M, T0, throwsRule } from './fixture'

const say = (c: Y.Doc, participantId: string, speaking: boolean, at: number) =>
  reportSpeaking(c, { participantId, speaking, at: T0 + at }, { origin: storeOrigin })
const mute = (c: Y.Doc, participantId: string, muted: boolean, at: number) =>
  reportMuted(c, { participantId, muted, at: T0 + at }, { origin: storeOrigin })

describe('domain: talk time', () => {
  it('TALK-1 muted time never counts, open intervals run to now', () => {
    const c = controlDoc()
    say(c, 'a1', true, 0)
    mute(c, 'a1', true, 3000)
    mute(c, 'a1', false, 5000)
    say(c, 'a1', false, 8000)
    say(c, 'b1', true, 9000)
    assert.equal(talkTime(c, T0 + 10_000).perParticipant.a1, 6000)
    assert.equal(talkTime(c, T0 + 10_000).perParticipant.b1, 1000)
    mute(c, 'b1', true, 9500)
    assert.equal(talkTime(c, T0 + 20_000).perParticipant.b1, 500)
  })

  it('TALK-1 reports arriving out of order give the same total', () => {
    const c = controlDoc()
    say(c, 'a1', false, 4000)
    mute(c, 'a1', true, 1000)
    say(c, 'a1', true, 0)
    mute(c, 'a1', false, 2000)
    assert.equal(talkTime(c, T0 + 10_000).perParticipant.a1, 3000)
  })

  it('TALK-2 side time sums its members; shares split all side time', () => {
    const c = controlDoc()
    say(c, 'a1', true, 0)
    say(c, 'a1', false, 1000)
    say(c, 'a2', true, 1000)
    say(c, 'a2', false, 3000)
    say(c, 'b1', true, 3000)
    say(c, 'b1', false, 4000)
    say(c, 'm', true, 4000)
    const t = talkTime(c, T0 + 9000)
    assert.deepEqual(t.perSide, { A: 3000, B: 1000 })
    assert.deepEqual(t.shares, { A: 0.75, B: 0.25 })
    assert.equal(t.totalSideMs, 4000)
    assert.equal(t.perParticipant.m, 5000)
  })

  it('TALK-3 imbalance needs two minutes of side talk and a share gap over 0.3', () => {
    const c = controlDoc()
    say(c, 'a1', true, 0)
    say(c, 'a1', false, 60_000)
    say(c, 'b1', true, 60_000)
    say(c, 'b1', false, 70_000)
    assert.equal(talkTime(c, T0 + 100_000).imbalance, false, 'under two minutes')
    say(c, 'a1', true, 100_000)
    say(c, 'a1', false, 100_000 + IMBALANCE_MIN_MS)
    assert.equal(talkTime(c, T0 + 400_000).imbalance, true)
    say(c, 'b1', true, 400_000)
    say(c, 'b1', false, 400_000 + 170_000)
    const t = talkTime(c, T0 + 600_000)
    assert.equal(t.perSide.A, t.perSide.B)
    assert.equal(t.imbalance, false)
  })

  it('TALK-4 speaking unmuted over another holder is an interruption', () => {
    const c = controlDoc()
    grantFloor(c, { participantId: 'a1' }, ctx(M))
    say(c, 'a1', true, 100)
    say(c, 'm', true, 200)
    mute(c, 'a2', true, 250)
    say(c, 'a2', true, 300)
    say(c, 'b1', true, 400)
    assert.deepEqual(interruptions(c), [{ participantId: 'b1', floorHolderId: 'a1', at: T0 + 400 }])
  })

  it('TALK-5 reports name an existing participant with a boolean and a valid time', () => {
    const c = controlDoc()
    throwsRule(c, 'TALK-5', () => say(c, 'ghost', true, 0))
    throwsRule(c, 'TALK-5', () =>
      reportMuted(
        c,
        { participantId: 'a1', muted: 'yes' as unknown as boolean, at: T0 },
        { origin: storeOrigin },
      ),
    )
    throwsRule(c, 'INPUT-2', () =>
      reportSpeaking(
        c,
        { participantId: 'a1', speaking: true, at: Number.POSITIVE_INFINITY },
        { origin: storeOrigin },
      ),
    )
  })
})
