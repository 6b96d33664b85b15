/**
 * Meetings and the mediator's time sheet through a real server: a party can neither start, pause or end a
 * meeting (no command for it, and a raw write to `control` is dropped) nor read or write manual entries and claim
 * fields; the CSV export carries the claim fields, the manual entries and the totals per meeting.
 */
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import {
  endMeeting,
  localOrigin,
  meetingState,
  pauseMeeting,
  resumeMeeting,
  setPhase,
  startMeeting,
} from '@mediation/core/domain'
import { parseCsv } from '@mediation/core/record'
import type { TimesheetResponse } from '@mediation/protocol'
import * as Y from 'yjs'
import {
  api,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'
import { download, type MediatorDocs, mediatorDocs } from './record-harness'

const MIN = 60_000
const entry = { kind: 'call', date: '2026-11-10', minutes: 20, note: 'belt Anna', contact: true }
const claim = {
  legalAidNumber: '1AB2345',
  insurer: 'DAS',
  insurerFileNumber: 'R-778',
  field: 'arbeid',
  coMediator: 'Jan de Wit',
}

describe('meetings and the time sheet through the real server (MEET-1, TIME-4/5/6)', () => {
  const server = useServer()
  let s: SessionWithParties
  let m: MediatorDocs
  const sheet = `/api/sessions/${'{id}'}/timesheet`
  const path = (tail = '') => sheet.replace('{id}', s.sessionId) + tail
  before(async () => {
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      extra: [
        { key: 'adviserA', role: 'adviser', side: 'A' },
        { key: 'sec', role: 'secretariat' },
      ],
    })
    m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
  })
  const ctx = (now: number) => ({ actor: m.actor, now, origin: localOrigin(s.mediatorId), newId: randomUUID })

  it('MEET-1 a party cannot start, pause or end a meeting: no such command (ending is the mediator’s only), and its raw write to control is dropped', async () => {
    // endMeeting is a command (the mediator ends a meeting during a caucus through the server, MEET-3): not a party's.
    const end = await api<{ code?: string }>(
      server,
      s.invites.A!,
      'POST',
      `/api/sessions/${s.sessionId}/commands`,
      {
        type: 'endMeeting',
      },
    )
    assert.deepEqual([end.status, end.body.code], [409, 'ACCESS-2'])
    for (const type of ['startMeeting', 'pauseMeeting', 'resumeMeeting']) {
      const r = await api<{ code?: string }>(
        server,
        s.invites.A!,
        'POST',
        `/api/sessions/${s.sessionId}/commands`,
        {
          type,
        },
      )
      assert.equal(r.status, 400, type)
      assert.equal(r.body.code, 'CMD-1', 'not a command a party may send')
    }
    const partyDoc = new Y.Doc()
    const p = await connectDoc(server, s.invites.A!, s.sessionId, 'control', partyDoc)
    server.defer(() => p.destroy())
    await synced(p)
    // A hostile party writes the meeting log itself, as if it were the mediator.
    partyDoc.getArray('meetingLog').push([{ type: 'start', at: Date.now(), by: s.mediatorId }])
    // A barrier on the same socket: once the server has it, it has handled the write sent before it.
    p.awareness.setLocalStateField('barrier', 1)
    // The mediator's own start reaches the party: the party's write, sent before, must be gone by then.
    const t = Date.UTC(2026, 10, 2, 8, 0)
    startMeeting(m.control, {}, ctx(t))
    await waitFor(() => partyDoc.getArray('meetingLog').length >= 2, 'the mediator start at the party')
    const room = await server.context.rooms.get(`${s.sessionId}/control`)
    await waitFor(() => [...room.awareness.getStates().values()].some((st) => st.barrier === 1), 'barrier')
    await waitFor(() => room.doc.getArray('meetingLog').length === 1, 'the server holds the mediator start')
    assert.equal(meetingState(room.doc).startedAt, t, "the server's log holds only the mediator's start")
    assert.equal(m.control.getArray('meetingLog').length, 1, 'the mediator never sees the forged start')
    // Parties read the meeting state: a pause shows as a pause.
    pauseMeeting(m.control, {}, ctx(t + 30 * MIN))
    await waitFor(() => meetingState(room.doc).status === 'paused', 'the pause on the server')
    resumeMeeting(m.control, {}, ctx(t + 40 * MIN))
    endMeeting(m.control, {}, ctx(t + 90 * MIN))
    await waitFor(() => meetingState(room.doc).status === 'none', 'the end on the server')
  })

  it('TIME-4 TIME-5 parties, advisers and the secretariat neither read nor write the time sheet (403 MEDIATOR-ONLY)', async () => {
    for (const who of ['A', 'adviserA', 'sec']) {
      const cred = s.invites[who]!
      const calls: [string, string, unknown?][] = [
        ['GET', path()],
        ['POST', path('/entries'), entry],
        ['PUT', path('/entries/x'), entry],
        ['DELETE', path('/entries/x')],
        ['PUT', path('/claim'), claim],
      ]
      for (const [method, url, body] of calls) {
        const r = await api<{ code?: string }>(server, cred, method, url, body)
        assert.equal(r.status, 403, `${who} ${method} ${url}`)
        assert.equal(r.body.code, 'MEDIATOR-ONLY')
      }
    }
    const csv = await download(server, s.invites.A!, `/api/sessions/${s.sessionId}/record/timelog.csv`)
    assert.equal(csv.status, 403, 'nor through the export')
  })

  it('TIME-4 the mediator adds, edits and deletes entries; the server refuses bad minutes, dates and kinds as bad input (ERR-4)', async () => {
    const tok = s.mediatorToken
    const add = await api<TimesheetResponse>(server, tok, 'POST', path('/entries'), entry)
    assert.equal(add.status, 201)
    const id = add.body.entries[0]!.id
    assert.deepEqual(add.body.entries, [{ id, ...entry }])
    for (const bad of [
      { minutes: 0 },
      { minutes: 1441 },
      { minutes: 2.5 },
      { date: '2026-02-30' },
      { date: 'gisteren' },
    ]) {
      const r = await api<{ code?: string }>(server, tok, 'POST', path('/entries'), { ...entry, ...bad })
      assert.equal(r.status, 400, JSON.stringify(bad))
      assert.equal(r.body.code, 'TIME-4', JSON.stringify(bad))
      const put = await api<{ code?: string }>(server, tok, 'PUT', path(`/entries/${id}`), {
        ...entry,
        ...bad,
      })
      assert.deepEqual([put.status, put.body.code], [400, 'TIME-4'], `PUT ${JSON.stringify(bad)}`)
    }
    const kind = await api<{ code?: string }>(server, tok, 'POST', path('/entries'), {
      ...entry,
      kind: 'lunch',
    })
    assert.equal(kind.status, 400)
    assert.equal(kind.body.code, 'BAD-INPUT')
    const edited = await api<TimesheetResponse>(server, tok, 'PUT', path(`/entries/${id}`), {
      ...entry,
      minutes: 25,
    })
    assert.equal(edited.status, 200)
    assert.equal(edited.body.entries[0]?.minutes, 25)
    const prep = { kind: 'preparation', date: '2026-10-30', minutes: 60, note: 'dossier', contact: false }
    const two = await api<TimesheetResponse>(server, tok, 'POST', path('/entries'), prep)
    const temp = await api<TimesheetResponse>(server, tok, 'POST', path('/entries'), { ...prep, note: 'weg' })
    const gone = temp.body.entries.find((e) => e.note === 'weg')!.id
    const del = await api<TimesheetResponse>(server, tok, 'DELETE', path(`/entries/${gone}`))
    assert.equal(del.status, 200)
    assert.deepEqual(
      del.body.entries.map((e) => e.note),
      two.body.entries.map((e) => e.note),
    )
    assert.equal((await api(server, tok, 'DELETE', path(`/entries/${gone}`))).status, 404)
    const read = await api<TimesheetResponse>(server, tok, 'GET', path())
    assert.deepEqual(read.body.entries, del.body.entries, 'stored on the server')
  })

  it('ERR-4 a full time sheet is a state conflict (409 TIME-4), a malformed entry bad input (400 TIME-4)', async () => {
    const other = await createSessionWithParties(server, { mediatorToken: s.mediatorToken })
    const at = `/api/sessions/${other.sessionId}/timesheet/entries`
    await server.context.prep.store.update(other.sessionId, (d) => {
      d.timesheet = {
        entries: Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, ...entry, kind: 'call' as const })),
        claim: { ...claim, field: 'arbeid' },
      }
    })
    const full = await api<{ code?: string }>(server, s.mediatorToken, 'POST', at, entry)
    assert.deepEqual([full.status, full.body.code], [409, 'TIME-4'])
    const bad = await api<{ code?: string }>(server, s.mediatorToken, 'POST', at, { ...entry, minutes: 0 })
    assert.deepEqual([bad.status, bad.body.code], [400, 'TIME-4'])
  })

  it('TIME-5 the mediator sets the claim fields; too long or an unknown field is refused as bad input (ERR-4)', async () => {
    const tok = s.mediatorToken
    const long = await api<{ code?: string }>(server, tok, 'PUT', path('/claim'), {
      ...claim,
      legalAidNumber: 'x'.repeat(41),
    })
    assert.equal(long.status, 400)
    assert.equal(long.body.code, 'TIME-5')
    const field = await api<{ code?: string }>(server, tok, 'PUT', path('/claim'), {
      ...claim,
      field: 'strafrecht',
    })
    assert.equal(field.status, 400)
    const ok = await api<TimesheetResponse>(server, tok, 'PUT', path('/claim'), claim)
    assert.equal(ok.status, 200)
    assert.deepEqual(ok.body.claim, claim)
  })

  it('TIME-6 the CSV export carries the claim fields, the manual entries and the totals per meeting', async () => {
    // A second meeting two weeks after the first (90 minutes with a 10-minute pause, see the MEET-1 test).
    // The mediator's register number comes from their practice profile.
    const profile = await api<Record<string, unknown>>(server, s.mediatorToken, 'GET', '/api/profile')
    const saved = await api(server, s.mediatorToken, 'PUT', '/api/profile', {
      ...profile.body,
      registerNumber: '12345',
    })
    assert.equal(saved.status, 200)
    const t2 = Date.UTC(2026, 10, 16, 8, 0)
    setPhase(m.control, { phase: 'opening' }, ctx(t2))
    startMeeting(m.control, {}, ctx(t2))
    endMeeting(m.control, {}, ctx(t2 + 45 * MIN))
    let rows: string[][] = []
    await waitFor(async () => {
      const res = await download(server, s.mediatorToken, `/api/sessions/${s.sessionId}/record/timelog.csv`)
      rows = parseCsv(new TextDecoder().decode(res.bytes))
      return rows.some((r) => r[0] === 'meeting total' && r[1] === '2')
    }, 'both meetings in the export')
    const claimRows = Object.fromEntries(rows.filter((r) => r[0] === 'claim').map((r) => [r[3], r[10]]))
    assert.deepEqual(claimRows, {
      mediator: 'Mira Mediator',
      'MfN register number': '12345',
      'legal-aid file number (toevoeging)': '1AB2345',
      'legal-expenses insurer': 'DAS',
      "insurer's file number": 'R-778',
      field: 'employment',
      'co-mediator': 'Jan de Wit',
      'first meeting': '2026-11-02',
      'last meeting': '2026-11-16',
      outcome: '',
    })
    const mins = (r?: string[]) => Math.round(Number(r?.[8]) * 1000) / MIN
    const per = (n: string, kind: string) =>
      rows.find((r) => r[0] === 'meeting total' && r[1] === n && r[3] === kind)
    assert.deepEqual(
      [mins(per('1', 'contact time')), mins(per('1', 'intake')), mins(per('1', 'pause'))],
      [80, 80, 10],
      'meeting 1: 90 minutes in intake with a 10-minute pause',
    )
    assert.deepEqual([mins(per('2', 'contact time')), mins(per('2', 'joint session'))], [45, 45])
    const total = (kind: string) => mins(rows.find((r) => r[0] === 'total' && r[3] === kind))
    assert.deepEqual(
      [total('contact time'), total('non-contact time'), total('manual entries, contact'), total('pause')],
      [80 + 45 + 25, 60, 25, 10],
    )
    const sheet = await api<TimesheetResponse>(server, s.mediatorToken, 'GET', path())
    assert.deepEqual(
      [
        sheet.body.summary.totals.contactMs / MIN,
        sheet.body.summary.meetings.map((x) => x.totals.pauseMs / MIN),
      ],
      [80 + 45 + 25, [10, 0]],
      'the JSON summary the console shows holds the same totals',
    )
    assert.deepEqual(
      rows.filter((r) => r[0] === 'manual entry').map((r) => [r[2], r[3], r[7], r[10]]),
      [
        ['2026-10-30', 'preparation', 'no', 'dossier'],
        ['2026-11-10', 'phone call', 'yes', 'belt Anna'],
      ],
    )
  })
})
