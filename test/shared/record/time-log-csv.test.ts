import assert from 'node:assert/strict'
import { type ClaimFields, timeLog } from '@mediation/core/domain'
import { parseCsv, TIME_LOG_COLUMNS, timeLogCsv } from '@mediation/core/record'
import { loadTranslator } from '@mediation/sidebar/ui'
import { D2, MANUAL, MIN, threeMeetings } from '../domain/meeting-fixture'

const sides = [
  { id: 'A', name: 'Jansen' },
  { id: 'B', name: '=cmd|"/c calc"!A1' },
]
const claim: ClaimFields = {
  legalAidNumber: '1AB2345',
  insurer: 'DAS',
  insurerFileNumber: 'R-778',
  field: 'burenrecht',
  coMediator: 'Jan de Wit',
}
const log = timeLog(threeMeetings(), D2 + 30 * 24 * 60 * MIN, MANUAL)
const mediator = { name: 'Mira de Wit', registerNumber: '12345' }
const csv = (language: 'nl' | 'en') =>
  parseCsv(timeLogCsv({ log, sides, language, claim, mediator, timeZone: 'Europe/Amsterdam' }))

describe('record: time log CSV', () => {
  const [header, ...body] = csv('en')
  const ms = (row?: string[]) => Math.round(Number(row?.[8]) * 1000)
  const total = (record: string, kind: string, side = '', meeting = '') =>
    body.find((r) => r[0] === record && r[1] === meeting && r[3] === kind && r[4] === side)

  it('has one header and the same number of fields in every record', () => {
    assert.deepEqual(header, [
      'record',
      'meeting',
      'date',
      'kind',
      'side',
      'start',
      'end',
      'contact',
      'seconds',
      'hours',
      'note',
    ])
    assert.equal(header?.length, TIME_LOG_COLUMNS.length)
    for (const row of body) assert.equal(row.length, header?.length)
  })

  it('TIME-6 opens with the mediator and register number, the claim fields, the first and last meeting dates and the outcome', () => {
    const claims = body.filter((r) => r[0] === 'claim').map((r) => [r[3], r[10]])
    assert.deepEqual(claims, [
      ['mediator', 'Mira de Wit'],
      ['MfN register number', '12345'],
      ['legal-aid file number (toevoeging)', '1AB2345'],
      ['legal-expenses insurer', 'DAS'],
      ["insurer's file number", 'R-778'],
      ['field', 'neighbours'],
      ['co-mediator', 'Jan de Wit'],
      ['first meeting', '2026-10-26'],
      ['last meeting', '2026-11-16'],
      ['outcome', ''],
    ])
    assert.equal(body.indexOf(body.find((r) => r[0] === 'claim')!), 0, 'before everything else')
  })

  it('TIME-6 lists every interval with its meeting, local times and whether it is contact time', () => {
    const intervals = body.filter((r) => r[0] === 'interval')
    assert.equal(intervals.length, log.intervals.length)
    assert.deepEqual(intervals[0], [
      'interval',
      '1',
      '2026-10-26',
      'intake',
      '',
      '2026-10-26T09:00:00+01:00',
      '2026-10-26T09:45:00+01:00',
      'yes',
      '2700.000',
      '0.75',
      '',
    ])
    const alone = intervals.find((r) => r[3] === 'mediator alone')
    assert.deepEqual(alone?.slice(1, 8), [
      '2',
      '2026-11-02',
      'mediator alone',
      'joint room',
      '2026-11-02T10:10:00+01:00',
      '2026-11-02T10:15:00+01:00',
      'no',
    ])
    assert.deepEqual(
      intervals.filter((r) => r[3] === 'pause').map((r) => [r[1], r[7], r[8]]),
      [
        ['2', 'no', '600.000'],
        ['3', 'no', '600.000'],
      ],
    )
  })

  it('TIME-6 lists the manual entries with their notes, and every total to the minute, per meeting and overall', () => {
    assert.deepEqual(
      body.filter((r) => r[0] === 'manual entry').map((r) => [r[2], r[3], r[7], r[8], r[10]]),
      [
        ['2026-10-30', 'preparation', 'no', '3600.000', 'dossier lezen'],
        ['2026-11-10', 'phone call', 'yes', '1200.000', 'belt Anna'],
        ['2026-11-17', 'drafting documents', 'no', '5400.000', 'concept VSO'],
      ],
    )
    const m2 = (kind: string, side = '') => ms(total('meeting total', kind, side, '2')) / MIN
    assert.deepEqual(
      [
        m2('contact time'),
        m2('intake'),
        m2('joint session'),
        m2('caucus', 'Jansen'),
        m2('caucus', `'${sides[1]?.name}`),
      ],
      [75, 5, 45, 10, 15],
    )
    assert.deepEqual([m2('mediator alone', 'joint room'), m2('pause')], [5, 10])
    assert.equal(total('meeting total', 'contact time', '', '1')?.[2], '2026-10-26')
    assert.equal(ms(total('meeting total', 'contact time', '', '3')) / MIN, 80)
    const all = (kind: string, side = '') => ms(total('total', kind, side)) / MIN
    assert.deepEqual(
      {
        contact: all('contact time'),
        nonContact: all('non-contact time'),
        intake: all('intake'),
        joint: all('joint session'),
        caucusA: all('caucus', 'Jansen'),
        caucusAll: all('caucus (all sides)'),
        alone: all('mediator alone', 'joint room'),
        pause: all('pause'),
        manualContact: all('manual entries, contact'),
        manualNonContact: all('manual entries, non-contact'),
      },
      {
        contact: 220,
        nonContact: 155,
        intake: 50,
        joint: 125,
        caucusA: 10,
        caucusAll: 25,
        alone: 5,
        pause: 20,
        manualContact: 20,
        manualNonContact: 150,
      },
    )
    const intervals = body.filter((r) => r[0] === 'interval')
    const contact = intervals.filter((r) => r[7] === 'yes').reduce((n, r) => n + ms(r), 0)
    assert.equal(contact + 20 * MIN, log.totals.contactMs, 'contact intervals + manual contact = the total')
  })

  it('keeps a side name that looks like a formula as text', () => {
    const evil = body.find((r) => r[0] === 'interval' && r[4]?.includes('cmd'))
    assert.equal(evil?.[4], `'=cmd|"/c calc"!A1`)
  })

  it('TIME-6 the outcome row holds how the session ended, in its language', () => {
    const label = { nl: 'resultaat', en: 'outcome' } as const
    const ended = (language: 'nl' | 'en') =>
      parseCsv(timeLogCsv({ log, sides, language, claim, outcome: 'partial-agreement' })).find(
        (r) => r[3] === label[language],
      )?.[10]
    assert.equal(ended('en'), 'partial agreement')
    assert.equal(ended('nl'), 'gedeeltelijke overeenstemming')
  })

  it('speaks Dutch for a Dutch session', () => {
    const nl = csv('nl')
    assert.equal(nl[0]?.[0], 'regel')
    assert.ok(nl.some((r) => r[3] === 'gezamenlijk gesprek'))
    assert.ok(nl.some((r) => r[3] === 'toevoegingsnummer' && r[10] === '1AB2345'))
    assert.ok(nl.some((r) => r[3] === 'MfN-registernummer' && r[10] === '12345'))
    assert.ok(nl.some((r) => r[3] === 'werkveld' && r[10] === 'burenrecht'))
    assert.ok(nl.some((r) => r[0] === 'totaal' && r[3] === 'contacttijd'))
  })

  it("TIME-2 names phases and rooms with the sidebar's words: the mediator alone in main during a caucus is in the joint room", async () => {
    for (const language of ['nl', 'en'] as const) {
      const ui = await loadTranslator(language)
      const word = (k: Parameters<typeof ui>[0]) => ui(k).toLocaleLowerCase(language)
      const rows = csv(language).filter((r) => r[5] !== '' && r[1] === '2')
      const kinds = new Map(rows.map((r) => [r[3], r[4]]))
      assert.ok(kinds.has(word('phase.intake')), language)
      assert.ok(kinds.has(word('phase.joint')), language)
      assert.ok(
        rows.some((r) => r[3] === word('phase.caucus') && r[4] === 'Jansen'),
        language,
      )
      // The mediator alone in the joint room: its room in the sidebar's word, never booked as a caucus.
      const alone = rows.find((r) => r[4] === word('caucus.main'))
      assert.ok(alone, `${language}: the joint room is named`)
      assert.notEqual(alone[3], word('phase.caucus'), language)
      // The pause is the word the mediator's bar shows ("Pauze sinds 10:35").
      const pause = rows.find(
        (r) =>
          r[7] !== '' &&
          ui('meeting.pausedSince', { time: '' })
            .toLocaleLowerCase(language)
            .startsWith(r[3] ?? '-'),
      )
      assert.ok(pause, language)
    }
    const nl = csv('nl')
    assert.equal(nl[0]?.[4], 'kant')
    assert.ok(!nl.flat().some((cell) => /hoofdruimte|zijde/.test(cell)), 'no word the sidebar never uses')
  })
})
