import assert from 'node:assert/strict'
import type { MediatorProfile } from '@mediation/core/prep'
import type { SessionDetails } from '@mediation/protocol'
import { loadConfig } from '../../companion-server/src/config'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { unzip } from '../support/unzip'
import { useServer } from '../support/use-server'
import { download } from './record-harness'
import { readPdf } from './record-pdf-text'

const YEAR_MS = 365 * 86_400_000

describe('retention: archiving by default, deletion only after the dossier export, and after the retention period', () => {
  let clock = Date.now()
  const server = useServer(() => ({ now: () => clock, loginTtlMs: 20 * YEAR_MS }))
  const del = (s: SessionWithParties) =>
    api<{ code: string }>(server, s.mediatorToken, 'DELETE', `/api/sessions/${s.sessionId}`)
  const dossier = (s: SessionWithParties, cred = s.mediatorToken) =>
    download(server, cred, `/api/sessions/${s.sessionId}/record/dossier.zip`)
  const details = async (s: SessionWithParties) =>
    (await api<SessionDetails>(server, s.mediatorToken, 'GET', `/api/sessions/${s.sessionId}`)).body

  it('RETAIN-1 DELETE is 409 EXPORT-REQUIRED until the mediator downloaded the dossier, and again after a change', async () => {
    const s = await createSessionWithParties(server, { title: 'Bakker / De Vries', language: 'nl' })
    const base = `/api/sessions/${s.sessionId}`
    await api(server, s.mediatorToken, 'POST', `${base}/notes`, {
      visibility: 'mediator',
      body: 'Eerste indruk.',
    })
    const refused = await del(s)
    assert.equal(refused.status, 409)
    assert.equal(refused.body.code, 'EXPORT-REQUIRED')
    assert.equal((await details(s)).exportedAt, null)
    assert.equal((await dossier(s, s.invites.A!)).status, 403, 'a party gets no dossier')
    await api(server, s.mediatorToken, 'POST', `${base}/ending`, { outcome: 'no-agreement' })
    const res = await dossier(s)
    assert.equal(res.status, 200)
    assert.match(res.type, /^application\/zip/)
    assert.equal(res.headers.get('cache-control'), 'no-store')
    const files = await unzip(res.bytes)
    assert.deepEqual(
      [...files.keys()],
      [
        'agreement.pdf',
        'agreement.json',
        'timelog-nl.csv',
        'timelog.csv',
        'notes.pdf',
        'notes.md',
        'intake.json',
        'timesheet.json',
        'ending.pdf',
      ],
    )
    assert.match(files.get('notes.md')!.toString('utf8'), /Eerste indruk\./)
    assert.ok(
      (await readPdf(files.get('ending.pdf')!)).flat.includes(
        'De mediation is beëindigd zonder overeenstemming.',
      ),
    )
    assert.ok(files.get('timelog-nl.csv')!.toString('utf8').startsWith('\uFEFF'))
    assert.equal(JSON.parse(files.get('agreement.json')!.toString('utf8')).format, 'mediation-agreement')
    assert.equal((await details(s)).exportedAt, new Date(clock).toISOString())
    // A change after the export (a new note, a raised hand) makes the export stale.
    await api(server, s.mediatorToken, 'POST', `${base}/notes`, { visibility: 'joint', body: 'Later.' })
    assert.equal((await del(s)).body.code, 'EXPORT-REQUIRED')
    assert.equal((await dossier(s)).status, 200)
    assert.equal((await api(server, s.invites.B!, 'POST', `${base}/reopen`)).status, 403)
    assert.equal((await api(server, s.mediatorToken, 'POST', `${base}/reopen`)).status, 204)
    assert.equal((await del(s)).body.code, 'EXPORT-REQUIRED', 'reopening is a change too')
    assert.equal((await dossier(s)).status, 200)
    const ok = await del(s)
    assert.equal(ok.status, 200)
    assert.equal((await api(server, s.mediatorToken, 'GET', base)).status, 404)
  })

  it('RETAIN-2 an archived dossier is erased only after the retention period (7 years by default), even if reactivated', async () => {
    const s = await createSessionWithParties(server, { title: 'Archief', language: 'en' })
    const base = `/api/sessions/${s.sessionId}`
    const archivedAt = clock
    assert.equal((await api(server, s.mediatorToken, 'PUT', base, { status: 'archived' })).status, 200)
    const d = await details(s)
    assert.equal(d.archivedAt, new Date(archivedAt).toISOString())
    const until = new Date(archivedAt)
    until.setUTCFullYear(until.getUTCFullYear() + 7)
    assert.equal(d.retainedUntil, until.toISOString())
    assert.equal((await dossier(s)).status, 200, 'an archived dossier still downloads')
    const early = await del(s)
    assert.equal(early.status, 409)
    assert.equal(early.body.code, 'RETENTION-PERIOD')
    clock = until.getTime() - 1000
    assert.equal((await del(s)).body.code, 'RETENTION-PERIOD', 'one second before the end')
    // Reactivating and archiving again does not restart the period, nor escape it.
    await api(server, s.mediatorToken, 'PUT', base, { status: 'active' })
    assert.equal((await details(s)).archivedAt, new Date(archivedAt).toISOString())
    assert.equal((await del(s)).body.code, 'RETENTION-PERIOD')
    clock = until.getTime()
    assert.equal((await del(s)).body.code, 'EXPORT-REQUIRED', 'the period is over; the export is stale')
    assert.equal((await dossier(s)).status, 200)
    assert.equal((await del(s)).status, 200)
  })

  it("RETAIN-2 the practice profile's retention period (the one the agreement to mediate promises) comes before RETENTION_YEARS", async () => {
    const s = await createSessionWithParties(server, { title: 'Profiel', language: 'nl' })
    const profile = (await api<MediatorProfile>(server, s.mediatorToken, 'GET', '/api/profile')).body
    const put = await api(server, s.mediatorToken, 'PUT', '/api/profile', {
      ...profile,
      mediatorName: 'Mira Mediator',
      practiceName: 'Praktijk Mediator',
      registerNumber: '104729',
      retentionYears: 10,
    })
    assert.equal(put.status, 200, JSON.stringify(put.body))
    const base = `/api/sessions/${s.sessionId}`
    await api(server, s.mediatorToken, 'PUT', base, { status: 'archived' })
    const d = await details(s)
    const until = new Date(d.archivedAt!)
    until.setUTCFullYear(until.getUTCFullYear() + 10)
    assert.equal(d.retainedUntil, until.toISOString())
    await dossier(s)
    clock = until.getTime() - 86_400_000
    assert.equal((await del(s)).body.code, 'RETENTION-PERIOD', 'seven years passed, ten did not')
    clock = until.getTime()
    assert.equal((await del(s)).status, 200)
  })

  it('RETAIN-2 RETENTION_YEARS sets the period (default 7; a whole number of years)', () => {
    assert.equal(loadConfig({}).retentionYears, 7)
    assert.equal(loadConfig({ RETENTION_YEARS: '10' }).retentionYears, 10)
    assert.throws(
      () => loadConfig({ RETENTION_YEARS: 'seven' }),
      /RETENTION_YEARS must be a whole number of years/,
    )
  })
})
