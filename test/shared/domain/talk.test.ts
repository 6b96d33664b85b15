import assert from 'node:assert/strict'
import {
  addParticipant,
  addSide,
  applyCommand,
  currentMark,
  grantFloor,
  IMBALANCE_MIN_MS,
  initSession,
  interruptions,
  MARK_MAX_MS,
  MAX_SPEAKER_MARKS,
  parseCommand,
  reportMuted,
  reportSpeaking,
  serverOrigin,
  speakerMarksSchema,
  storeOrigin,
  talkTime,
} from '@mediation/core/domain'
import fc from 'fast-check'
import * as Y from 'yjs'
import { A1, controlDoc, ctx, M, T0, throwsRule } from './fixture'

const say = (c: Y.Doc, participantId: string, speaking: boolean, at: number) =>
  reportSpeaking(c, { participantId, speaking, at: T0 + at }, { origin: storeOrigin })
const mute = (c: Y.Doc, participantId: string, muted: boolean, at: number) =>
  reportMuted(c, { participantId, muted, at: T0 + at }, { origin: storeOrigin })

/** A session with sides S1..Sn, one party each (p1..pn), plus the mediator. */
function manySides(n: number): Y.Doc {
  const doc = new Y.Doc()
  initSession(
    doc,
    { id: 's', kind: 'mediation', title: 'Veel kanten', language: 'nl' },
    { origin: storeOrigin },
  )
  addParticipant(doc, { id: 'm', name: 'M', role: 'mediator', sideId: null }, { origin: storeOrigin })
  for (let i = 1; i <= n; i++) {
    addSide(doc, { id: `S${i}`, name: `Side ${i}` }, { origin: storeOrigin })
    addParticipant(
      doc,
      { id: `p${i}`, name: `P${i}`, role: 'party', sideId: `S${i}` },
      { origin: storeOrigin },
    )
  }
  return doc
}

/** Party p(i+1) speaks `seconds[i]` × 10 s, one after another from T0. */
function talkShares(c: Y.Doc, seconds: readonly number[]): void {
  let at = 0
  seconds.forEach((s, i) => {
    if (s === 0) return
    say(c, `p${i + 1}`, true, at)
    at += s * 10_000
    say(c, `p${i + 1}`, false, at)
  })
}

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

  it('TALK-3 two sides: a side under 35 % after two minutes of side talk is under-heard', () => {
    const c = controlDoc()
    say(c, 'a1', true, 0)
    say(c, 'a1', false, 60_000)
    say(c, 'b1', true, 60_000)
    say(c, 'b1', false, 70_000)
    assert.deepEqual(talkTime(c, T0 + 100_000).underHeard, [], 'under two minutes')
    say(c, 'a1', true, 100_000)
    say(c, 'a1', false, 100_000 + IMBALANCE_MIN_MS)
    const t = talkTime(c, T0 + 400_000)
    assert.deepEqual([t.underHeard, t.imbalance], [['B'], true])
    say(c, 'b1', true, 400_000)
    say(c, 'b1', false, 400_000 + 170_000)
    const even = talkTime(c, T0 + 600_000)
    assert.equal(even.perSide.A, even.perSide.B)
    assert.deepEqual([even.underHeard, even.imbalance], [[], false])
  })

  it('TALK-3 two sides: the line sits at 35 % (0.7 of the fair half)', () => {
    for (const [bSeconds, expected] of [
      [69, ['B']], // 69 / 200 = 34.5 %
      [71, []], // 71 / 200 = 35.5 %
    ] as const) {
      const c = controlDoc()
      say(c, 'a1', true, 0)
      say(c, 'a1', false, (200 - bSeconds) * 1000)
      say(c, 'b1', true, 200_000)
      say(c, 'b1', false, 200_000 + bSeconds * 1000)
      assert.deepEqual(talkTime(c, T0 + 500_000).underHeard, expected, `${bSeconds} s of 200`)
    }
  })

  it('TALK-3 four sides at 35/35/25/5 %: only the 5 % side is under-heard (fair share 25 %)', () => {
    const c = manySides(4)
    talkShares(c, [35, 35, 25, 5])
    assert.deepEqual(talkTime(c, T0 + 1_000_000).underHeard, ['S4'])
  })

  it('TALK-3 five sides with one silent and one quiet: every under-heard side is named, in side order', () => {
    const c = manySides(5)
    talkShares(c, [0, 30, 30, 30, 10])
    assert.deepEqual(talkTime(c, T0 + 1_000_000).underHeard, ['S1', 'S5'])
  })

  it('TALK-3 six sides evenly heard: nobody is under-heard; a side without a member is never named', () => {
    const c = manySides(6)
    talkShares(c, [17, 17, 17, 17, 16, 16])
    assert.deepEqual(talkTime(c, T0 + 1_000_000).underHeard, [])
    addSide(c, { id: 'S7', name: 'Nobody yet' }, { origin: storeOrigin })
    const t = talkTime(c, T0 + 1_000_000)
    assert.deepEqual([t.underHeard, t.imbalance], [[], false], 'an empty side has no one to hear')
  })

  it('TALK-3 property, 2 to 6 sides: a silent side is always named, never every side, names in side order', () => {
    const arb = fc
      .integer({ min: 2, max: 6 })
      .chain((n) => fc.array(fc.nat(60), { minLength: n, maxLength: n }))
    fc.assert(
      fc.property(arb, (tens) => {
        const c = manySides(tens.length)
        talkShares(c, tens)
        const t = talkTime(c, T0 + 10_000_000)
        const ids = tens.map((_, i) => `S${i + 1}`)
        assert.deepEqual(
          t.underHeard,
          ids.filter((id) => t.underHeard.includes(id)),
          'side order',
        )
        assert.equal(t.imbalance, t.underHeard.length > 0)
        if (t.totalSideMs < IMBALANCE_MIN_MS) return assert.deepEqual(t.underHeard, [])
        assert.ok(t.underHeard.length < tens.length, 'someone has at least the fair share')
        for (const id of ids) {
          const share = t.shares[id] ?? 0
          if (share === 0) assert.ok(t.underHeard.includes(id), `silent ${id} is named`)
          if (share >= 1 / tens.length) assert.ok(!t.underHeard.includes(id), `${id} at fair share is not`)
        }
      }),
      { seed: 20261202, numRuns: 200 },
    )
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

describe('domain: the mediator marks who speaks (TALK-8)', () => {
  /** The mediator's command as the server applies it, at T0 + `at` on the server's clock. */
  const mark = (c: Y.Doc, participantId: string | null, at: number, who = M) =>
    applyCommand(
      { control: c, agreement: new Y.Doc() },
      parseCommand({ type: 'markSpeaker', participantId }),
      ctx(who, { now: T0 + at, origin: serverOrigin(who.participantId) }),
    )
  const marks = (c: Y.Doc) => speakerMarksSchema(c).speakerMarks.toArray()

  it('TALK-8 only the mediator marks, only someone in the meeting; the time is the server clock', () => {
    const c = controlDoc()
    throwsRule(c, 'TALK-8', () => mark(c, 'a1', 0, A1))
    throwsRule(c, 'TALK-8', () => mark(c, 'nobody-here', 0))
    throwsRule(c, 'TALK-8', () => mark(c, 's1', 0))
    assert.throws(
      () => parseCommand({ type: 'markSpeaker', participantId: 'a1', at: 5 }),
      /unexpected field at/,
      'a client cannot date a mark',
    )
    mark(c, 'a1', 1000)
    assert.deepEqual(marks(c), [{ participantId: 'a1', at: T0 + 1000, by: 'm' }])
    assert.deepEqual(currentMark(c, T0 + 2000), { participantId: 'a1', since: T0 + 1000 })
  })

  it('TALK-8 marked stretches count for the marked person, apart from the floor, and replace the floor time they overlap', () => {
    const c = controlDoc()
    // The floor (TALK-7): Anna holds it from 0 to 10 s.
    say(c, 'a1', true, 0)
    say(c, 'a1', false, 10_000)
    // Around the one screen Bram answers from 2 to 6 s; the mediator marks it.
    mark(c, 'b1', 2000)
    mark(c, null, 6000)
    const t = talkTime(c, T0 + 20_000)
    assert.equal(t.perParticipant.a1, 6000, "Anna's floor time without Bram's marked stretch")
    assert.equal(t.perParticipant.b1, 4000)
    assert.deepEqual(t.marked, { m: 0, a1: 0, a2: 0, b1: 4000, s1: 0 })
    assert.deepEqual(t.perSide, { A: 6000, B: 4000 })
    assert.deepEqual(t.markedPerSide, { A: 0, B: 4000 })
    assert.equal(t.totalSideMs, 10_000, 'one person at a time: the total is the elapsed time')
    // The next mark ends the one before; an open mark runs to now.
    mark(c, 'a2', 12_000)
    mark(c, 'a1', 15_000)
    const later = talkTime(c, T0 + 18_000)
    assert.equal(later.marked.a2, 3000)
    assert.equal(later.marked.a1, 3000)
    assert.equal(currentMark(c, T0 + 18_000)?.participantId, 'a1')
  })

  it('TALK-8 a forgotten mark counts at most 10 minutes; repeating a mark or stopping nobody adds nothing', () => {
    const c = controlDoc()
    mark(c, null, 0)
    assert.equal(marks(c).length, 0, 'nobody was marked: no entry')
    mark(c, 'a1', 1000)
    mark(c, 'a1', 5000)
    assert.equal(marks(c).length, 1, 'marking the one marked already changes nothing')
    const hourLater = T0 + 1000 + 60 * 60_000
    assert.equal(talkTime(c, hourLater).perParticipant.a1, MARK_MAX_MS)
    assert.equal(currentMark(c, hourLater), null, 'the mark lapsed')
    mark(c, 'a1', 1000 + 60 * 60_000)
    assert.equal(marks(c).length, 2, 'after it lapsed, the same person can be marked again')
  })

  it(`TALK-8 a session keeps at most ${MAX_SPEAKER_MARKS} marks`, () => {
    const c = controlDoc()
    for (let i = 0; i < MAX_SPEAKER_MARKS; i++) mark(c, i % 2 ? 'a1' : 'b1', i * 1000)
    throwsRule(c, 'TALK-8', () => mark(c, 'a2', MAX_SPEAKER_MARKS * 1000))
    assert.equal(marks(c).length, MAX_SPEAKER_MARKS)
  })
})
