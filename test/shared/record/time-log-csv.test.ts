import assert from 'node:assert/strict'
import type { TimeLog } from '@mediation/core/domain'
import { parseCsv, timeLogCsv } from '@mediation/core/record'
import { loadTranslator } from '@mediation/sidebar/ui'

const t0 = Date.UTC(2026, 10, 27, 8, 0, 0)
const min = 60_000
const log: TimeLog = {
  jointMs: 45 * min + 1234,
  caucusMs: 30 * min + 20 * min + 7,
  caucusPerSideMs: { a: 30 * min, b: 20 * min + 7 },
  intervals: [
    { kind: 'joint', room: 'main', from: t0, to: t0 + 30 * min },
    { kind: 'caucus', room: 'a', from: t0 + 30 * min, to: t0 + 60 * min },
    { kind: 'caucus', room: 'b', from: t0 + 60 * min, to: t0 + 80 * min + 7 },
    // The next day's meeting.
    { kind: 'joint', room: 'main', from: t0 + 24 * 60 * min, to: t0 + 24 * 60 * min + 15 * min + 1234 },
  ],
}
const sides = [
  { id: 'a', name: 'Jansen' },
  { id: 'b', name: '=cmd|"/c calc"!A1' },
]

describe('record: time log CSV', () => {
  const rows = parseCsv(timeLogCsv({ log, sides, language: 'en', timeZone: 'Europe/Amsterdam' }))
  const [header, ...body] = rows
  const ms = (row: string[]) => Math.round(Number(row[6]) * 1000)

  it('has one header and the same number of fields in every record', () => {
    assert.deepEqual(header, ['record', 'date', 'kind', 'side', 'start', 'end', 'seconds', 'hours'])
    for (const row of body) assert.equal(row.length, header?.length)
  })

  it('lists every interval with local start and end times and meeting dates', () => {
    const intervals = body.filter((r) => r[0] === 'interval')
    assert.equal(intervals.length, 4)
    assert.deepEqual(intervals[0]?.slice(0, 6), [
      'interval',
      '2026-11-27',
      'joint session',
      '',
      '2026-11-27T09:00:00+01:00',
      '2026-11-27T09:30:00+01:00',
    ])
    assert.equal(intervals[3]?.[1], '2026-11-28')
  })

  it('adds up: interval rows, day totals and totals equal the time log to the millisecond', () => {
    const intervals = body.filter((r) => r[0] === 'interval')
    const sum = (pred: (r: string[]) => boolean) => intervals.filter(pred).reduce((n, r) => n + ms(r), 0)
    const total = (kind: string, side = '') =>
      body.find((r) => r[0] === 'total' && r[2] === kind && r[3] === side)
    assert.equal(
      sum((r) => r[2] === 'joint session'),
      log.jointMs,
    )
    assert.equal(ms(total('joint session') ?? []), log.jointMs)
    assert.equal(
      sum((r) => r[3] === 'Jansen'),
      log.caucusPerSideMs.a,
    )
    assert.equal(ms(total('caucus', 'Jansen') ?? []), log.caucusPerSideMs.a)
    assert.equal(ms(total('caucus (all sides)') ?? []), log.caucusMs)
    assert.equal(ms(total('all') ?? []), log.jointMs + log.caucusMs)
    const day1Joint = body.find(
      (r) => r[0] === 'day total' && r[1] === '2026-11-27' && r[2] === 'joint session',
    )
    assert.equal(ms(day1Joint ?? []), 30 * min)
  })

  it('keeps a side name that looks like a formula as text', () => {
    const evil = body.find((r) => r[0] === 'interval' && r[3]?.includes('cmd'))
    assert.equal(evil?.[3], `'=cmd|"/c calc"!A1`)
  })

  it('speaks Dutch for a Dutch session', () => {
    const nl = parseCsv(timeLogCsv({ log, sides, language: 'nl' }))
    assert.equal(nl[0]?.[0], 'regel')
    assert.ok(nl.some((r) => r[2] === 'gezamenlijk gesprek'))
  })

  it("TIME-2 names phases and rooms with the sidebar's words: the mediator in main during a caucus is the joint room", async () => {
    const apart: TimeLog = {
      jointMs: 10 * min,
      caucusMs: 15 * min,
      caucusPerSideMs: { a: 10 * min },
      intervals: [
        { kind: 'joint', room: 'main', from: t0, to: t0 + 10 * min },
        { kind: 'caucus', room: 'a', from: t0 + 10 * min, to: t0 + 20 * min },
        { kind: 'caucus', room: 'main', from: t0 + 20 * min, to: t0 + 25 * min },
      ],
    }
    for (const language of ['nl', 'en'] as const) {
      const ui = await loadTranslator(language)
      const word = (k: Parameters<typeof ui>[0]) => ui(k).toLocaleLowerCase(language)
      const [, ...csv] = parseCsv(timeLogCsv({ log: apart, sides, language }))
      const [joint, inRoom, inMain] = csv.filter((r) => r[4] !== '')
      assert.equal(joint?.[2], word('phase.joint'), language)
      assert.deepEqual(inRoom?.slice(2, 4), [word('phase.caucus'), 'Jansen'], language)
      assert.deepEqual(inMain?.slice(2, 4), [word('phase.caucus'), word('caucus.main')], language)
    }
    const nl = parseCsv(timeLogCsv({ log: apart, sides, language: 'nl' }))
    assert.equal(nl[0]?.[3], 'kant')
    assert.ok(!nl.flat().some((cell) => /hoofdruimte|zijde/.test(cell)), 'no word the sidebar never uses')
  })
})
