/**
 * The time log as the mediator downloads it (TIME-3): fetched from a real server, parsed back with the
 * separator its dialect names, for a Dutch session whose side names hold a semicolon and a formula.
 */
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import {
  endCaucus,
  endSession,
  getRules,
  localOrigin,
  moveMediator,
  planCaucus,
  setPhase,
  startMeeting,
  timeLog,
} from '@mediation/core/domain'
import { parseCsv, TIME_LOG_COLUMNS } from '@mediation/core/record'
import { api, createSessionWithParties, type SessionWithParties, waitFor } from '../support/server'
import { useServer } from '../support/use-server'
import { download, type MediatorDocs, mediatorDocs } from './record-harness'

const SEMI = 'De Vries; Jansen'
const FORMULA = '=HYPERLINK("https://evil.example","klik")'
const raw = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)

describe('record: the time log in two spreadsheet dialects (TIME-3 through the real server)', () => {
  const server = useServer()
  let s: SessionWithParties
  let m: MediatorDocs
  let path: string
  before(async () => {
    s = await createSessionWithParties(server, { sides: [SEMI, FORMULA], language: 'nl' })
    m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
    path = `/api/sessions/${s.sessionId}/record/timelog.csv`
    await runCaucus()
    await untilServerHasLog()
  })

  /** Opening, joint, a caucus in which the mediator visits both sides' rooms, then closed. */
  async function runCaucus() {
    const [a, b] = [s.sides[SEMI]!, s.sides[FORMULA]!]
    const ctx = (now: number) => ({
      actor: m.actor,
      now,
      origin: localOrigin(s.mediatorId),
      newId: randomUUID,
    })
    const t0 = Date.UTC(2026, 10, 20, 8, 0)
    startMeeting(m.control, {}, ctx(t0))
    setPhase(m.control, { phase: 'opening' }, ctx(t0))
    const rules = getRules(m.control)
    for (const who of [SEMI, FORMULA]) {
      const body = { type: 'acceptRules', version: rules.version, hash: rules.hash }
      const r = await api(server, s.invites[who]!, 'POST', `/api/sessions/${s.sessionId}/commands`, body)
      assert.equal(r.status, 200, `${who} accepts the rules`)
    }
    await waitFor(() => m.control.getMap('acceptances').size === 2, 'acceptances synced')
    setPhase(m.control, { phase: 'joint' }, ctx(t0 + 600_000))
    planCaucus(m.control, { sideIds: [a, b] }, ctx(Date.now()))
    setPhase(m.control, { phase: 'caucus' }, ctx(t0 + 1_800_000))
    moveMediator(m.control, { room: b }, ctx(t0 + 2_700_500))
    endCaucus(m.control, {}, ctx(t0 + 3_600_250))
    // Closed, so the log stops growing with the clock and two downloads hold the same figures.
    setPhase(m.control, { phase: 'closing' }, ctx(t0 + 4_200_000))
    endSession(m.control, { outcome: 'full-agreement' }, ctx(t0 + 4_500_007))
  }

  /** Waits until the server's copy holds the closed log (the mediator's updates arrive over the socket). */
  async function untilServerHasLog() {
    const log = timeLog(m.control, Date.now())
    const all = `,${(log.totals.contactMs / 1000).toFixed(3)},`
    await waitFor(async () => {
      const res = await download(server, s.mediatorToken, `${path}?format=intl`)
      return res.status === 200 && raw(res.bytes).includes(all)
    }, 'the closed log on the server')
  }

  const fetchCsv = (query: string) => download(server, s.mediatorToken, path + query)

  it('TIME-3 a Dutch session downloads for Dutch Excel: BOM, semicolons, decimal commas, quoted ";", defused formula', async () => {
    const res = await fetchCsv('')
    assert.match(res.type, /^text\/csv; charset=utf-8/)
    assert.deepEqual([...res.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM, so Excel reads UTF-8')
    const text = raw(res.bytes)
    assert.ok(text.includes(`;"${SEMI}";`), 'the cell holding the separator is quoted')
    assert.ok(!text.includes(';=HYPERLINK') && !text.includes(';"=HYPERLINK'), 'no cell starts with =')
    const rows = parseCsv(text, ';')
    assert.deepEqual(rows[0], [
      'regel',
      'bijeenkomst',
      'datum',
      'soort',
      'kant',
      'begin',
      'einde',
      'contact',
      'seconden',
      'uren',
      'notitie',
    ])
    for (const [i, r] of rows.entries()) assert.equal(r.length, TIME_LOG_COLUMNS.length, `row ${i}: columns`)
    const body = rows.slice(1).filter((r) => r[0] !== 'gegevens')
    for (const r of body) {
      assert.match(r[8] ?? '', /^\d+,\d{3}$/, 'seconds with a decimal comma, no thousands separator')
      assert.match(r[9] ?? '', /^\d+,\d{2}$/, 'hours with a decimal comma')
    }
    const sides = new Set(body.map((r) => r[4]))
    assert.ok(sides.has(SEMI), 'the side name comes back whole')
    assert.ok(sides.has(`'${FORMULA}`), 'the formula is defused with a leading apostrophe')
    const all = body.find((r) => r[0] === 'totaal' && r[3] === 'contacttijd')
    const log = timeLog(m.control, Date.now())
    assert.equal(Math.round(Number(all?.[8]?.replace(',', '.')) * 1000), log.totals.contactMs)
    assert.ok(all?.[8]?.includes(','), 'the contact total has a decimal comma')
  })

  it('TIME-3 ?format=intl gives the same log as RFC 4180: commas, decimal points, no BOM', async () => {
    const res = await fetchCsv('?format=intl')
    assert.notEqual(res.bytes[0], 0xef, 'no BOM')
    const text = raw(res.bytes)
    assert.ok(text.includes(`,${SEMI},`), 'a semicolon needs no quotes here')
    const rows = parseCsv(text, ',')
    for (const [i, r] of rows.entries()) assert.equal(r.length, TIME_LOG_COLUMNS.length, `row ${i}: columns`)
    for (const r of rows.slice(1).filter((r) => r[0] !== 'gegevens'))
      assert.match(r[8] ?? '', /^\d+\.\d{3}$/, 'seconds with a decimal point')
    assert.ok(
      rows.some((r) => r[4] === `'${FORMULA}`),
      'the formula is defused here too',
    )
    const nl = parseCsv(raw((await fetchCsv('?format=nl')).bytes), ';')
    assert.deepEqual(
      nl.map((r) => r.map((c) => (/^\d+,\d+$/.test(c) ? c.replace(',', '.') : c))),
      rows,
      'the two dialects hold the same cells',
    )
  })

  it('TIME-3 an unknown format is a 400 BAD-INPUT naming the format, not a guess (ERR-1)', async () => {
    for (const format of ['excel', 'NL', '']) {
      const res = await api<{ code?: string; details?: { path?: string }[] }>(
        server,
        s.mediatorToken,
        'GET',
        `${path}?format=${format}`,
      )
      assert.equal(res.status, 400, `format=${format}`)
      assert.equal(res.body.code, 'BAD-INPUT')
      assert.ok(JSON.stringify(res.body.details).includes('format'), JSON.stringify(res.body))
    }
  })
})
