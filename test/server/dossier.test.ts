import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { endMeeting, localOrigin, setPhase, startMeeting } from '@mediation/core/domain'
import { parseCsv } from '@mediation/core/record'
import { CASE_ANSWERS } from '../support/intake'
import { api, createSessionWithParties, type SessionWithParties, waitFor } from '../support/server'
import { unzip } from '../support/unzip'
import { useServer } from '../support/use-server'
import { download, mediatorDocs } from './record-harness'

const MIN = 60_000
const FEAR = 'MARKER-FEAR-dossier'
const WORD = 'MARKER-WORD-dossier'

interface IntakeFile {
  format: string
  questions: { id: string }[]
  participants: { name: string; role: string; submittedAt: string; answers: Record<string, string> }[]
}
interface TimesheetFile {
  format: string
  mediator: { name: string; registerNumber: string }
  claim: Record<string, string>
  firstMeeting: string | null
  lastMeeting: string | null
  outcome: string | null
  endedAt: string | null
  manualEntries: { kind: string; minutes: number; note: string; contact: boolean }[]
  totals: { contactMs: number; nonContactMs: number; manualContactMs?: number }
  meetings: { number: number; startedAt: string; endedAt: string | null }[]
}

/** The dossier's intake and time sheet (RETAIN-3), read back by unzipping the download. */
describe('the dossier carries the intake and the time sheet, never the safety screening (real server)', () => {
  const server = useServer()
  let s: SessionWithParties
  const base = () => `/api/sessions/${s.sessionId}`
  const dossier = async () => {
    const res = await download(server, s.mediatorToken, `${base()}/record/dossier.zip`)
    assert.equal(res.status, 200)
    return unzip(res.bytes)
  }

  before(async () => {
    s = await createSessionWithParties(server, { title: 'Bakker / De Vries', language: 'nl' })
  })

  it('RETAIN-3 intake.json holds every participant’s answers to the non-screening questions and no screening answer; timesheet.json the register number, claim fields, dates, outcome, co-mediator, manual entries and totals', async () => {
    const profile = await api(server, s.mediatorToken, 'PUT', '/api/profile', {
      mediatorName: 'Mira Mediator',
      practiceName: 'Praktijk Mediator',
      registerNumber: '104729',
      hourlyRate: 145,
      rateIncludesVat: false,
      costSplit: 'equal',
      cancellationTerms: { nl: '', en: '' },
      platformTerms: { nl: '', en: '' },
      retentionYears: 7,
    })
    assert.equal(profile.status, 200, JSON.stringify(profile.body))
    const answers = {
      ...CASE_ANSWERS,
      videoComfort: 'some',
      privateRoom: 'yes',
      device: 'laptop',
      helpNeeded: 'no',
      language: 'nl',
      safetyFear: 'yes',
      safety: FEAR,
      safetyCodeWord: WORD,
    }
    const put = await api(server, s.invites.A!, 'PUT', `${base()}/prep/intake`, { answers })
    assert.equal(put.status, 200, JSON.stringify(put.body))
    const claim = {
      legalAidNumber: '1AB2345',
      insurer: 'DAS',
      insurerFileNumber: 'R-778',
      field: 'arbeid',
      coMediator: 'Jan de Wit',
    }
    assert.equal((await api(server, s.mediatorToken, 'PUT', `${base()}/timesheet/claim`, claim)).status, 200)
    const entry = { kind: 'drafting', date: '2026-11-20', minutes: 45, note: 'concept VSO', contact: false }
    assert.equal(
      (await api(server, s.mediatorToken, 'POST', `${base()}/timesheet/entries`, entry)).status,
      201,
    )
    // A meeting of 50 minutes, then the ending.
    const m = await mediatorDocs(server, s)
    try {
      const t0 = Date.now() - 120 * MIN
      const ctx = (now: number) => ({
        actor: m.actor,
        now,
        origin: localOrigin(s.mediatorId),
        newId: randomUUID,
      })
      setPhase(m.control, { phase: 'opening' }, ctx(t0))
      startMeeting(m.control, {}, ctx(t0))
      endMeeting(m.control, {}, ctx(t0 + 50 * MIN))
      await waitFor(async () => {
        const csv = await download(server, s.mediatorToken, `${base()}/record/timelog.csv?format=intl`)
        return new TextDecoder().decode(csv.bytes).includes('concept VSO') && csv.status === 200
      }, 'the meeting on the server')
      const room = await server.context.rooms.get(`${s.sessionId}/control`)
      server.context.rooms.release(room)
      await waitFor(() => room.doc.getArray('meetingLog').length === 2, 'both meeting events on the server')
    } finally {
      m.destroy()
    }
    assert.equal(
      (await api(server, s.mediatorToken, 'POST', `${base()}/ending`, { outcome: 'partial-agreement' }))
        .status,
      200,
    )

    const files = await dossier()
    for (const [name, bytes] of files)
      assert.doesNotMatch(bytes.toString('latin1'), /MARKER/, `${name} carries no screening answer`)
    const intake = JSON.parse(files.get('intake.json')!.toString('utf8')) as IntakeFile
    assert.equal(intake.format, 'mediation-intake')
    assert.ok(!intake.questions.some((q) => q.id.startsWith('safety')), 'no screening question')
    assert.equal(intake.participants.length, 1)
    const a = intake.participants[0]!
    assert.equal(a.name, 'Party A')
    assert.equal(a.role, 'party')
    assert.equal(a.answers.matter, CASE_ANSWERS.matter)
    assert.equal(a.answers.mobile, CASE_ANSWERS.mobile)
    assert.equal(a.answers.privateRoom, 'yes')
    assert.deepEqual(
      Object.keys(a.answers).filter((k) => k.startsWith('safety')),
      [],
      'no screening answer',
    )

    const sheet = JSON.parse(files.get('timesheet.json')!.toString('utf8')) as TimesheetFile
    assert.equal(sheet.format, 'mediation-timesheet')
    assert.deepEqual(sheet.mediator, { name: 'Mira Mediator', registerNumber: '104729' })
    assert.deepEqual(sheet.claim, claim)
    assert.equal(sheet.claim.coMediator, 'Jan de Wit')
    assert.equal(sheet.outcome, 'partial-agreement')
    assert.ok(sheet.endedAt && Date.parse(sheet.endedAt) <= Date.now())
    assert.ok(sheet.firstMeeting && sheet.firstMeeting === sheet.lastMeeting)
    assert.equal(sheet.meetings.length, 1)
    assert.equal(Date.parse(sheet.meetings[0]!.endedAt!) - Date.parse(sheet.meetings[0]!.startedAt), 50 * MIN)
    assert.deepEqual(
      sheet.manualEntries.map(({ kind, minutes, note, contact }) => ({ kind, minutes, note, contact })),
      [{ kind: 'drafting', minutes: 45, note: 'concept VSO', contact: false }],
    )
    // The intake meeting is contact time (TIME-1); the drafting is non-contact.
    assert.equal(sheet.totals.contactMs, 50 * MIN)
    assert.equal(sheet.totals.nonContactMs, 45 * MIN)
    // The CSV in the same dossier agrees on the claim's first row.
    const csv = parseCsv(files.get('timelog.csv')!.toString('utf8'), ',')
    assert.ok(csv.some((row) => row.includes('104729')))
  })

  it('RETAIN-3 an intake answer, a manual entry or a claim field changed after the export makes it stale (EXPORT-REQUIRED)', async () => {
    await dossier()
    const del = () => api<{ code?: string }>(server, s.mediatorToken, 'DELETE', base())
    const entry = { kind: 'call', date: '2026-11-21', minutes: 10, note: 'nabellen', contact: true }
    assert.equal(
      (await api(server, s.mediatorToken, 'POST', `${base()}/timesheet/entries`, entry)).status,
      201,
    )
    assert.equal((await del()).body.code, 'EXPORT-REQUIRED', 'a manual entry')
    await dossier()
    await api(server, s.mediatorToken, 'PUT', `${base()}/timesheet/claim`, {
      legalAidNumber: '1AB2345',
      insurer: 'DAS',
      insurerFileNumber: 'R-779',
      field: 'arbeid',
      coMediator: '',
    })
    assert.equal((await del()).body.code, 'EXPORT-REQUIRED', 'a claim field')
    await dossier()
    const changed = await api(server, s.invites.A!, 'PUT', `${base()}/prep/intake`, {
      answers: {
        ...CASE_ANSWERS,
        matter: 'Ook de roosters',
        videoComfort: 'some',
        privateRoom: 'yes',
        device: 'laptop',
        helpNeeded: 'no',
        language: 'nl',
      },
    })
    assert.equal(changed.status, 200, JSON.stringify(changed.body))
    assert.equal((await del()).body.code, 'EXPORT-REQUIRED', 'an intake answer')
    await dossier()
    assert.equal((await del()).status, 200)
  })
})
