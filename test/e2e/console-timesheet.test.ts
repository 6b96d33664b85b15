/**
 * The mediator's time and claim panel on the console's session page (TIME-1/4/5): the totals of a meeting held
 * in the sidebar, manual entries added, refused (worded by code), edited and deleted, and the claim fields saved;
 * the same figures reach the CSV export.
 */
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { endMeeting, localOrigin, pauseMeeting, resumeMeeting, startMeeting } from '@mediation/core/domain'
import { parseCsv } from '@mediation/core/record'
import type { Browser } from 'playwright-core'
import { download, mediatorDocs } from '../server/record-harness'
import { artifactPath, launchBrowser } from '../support/browser'
import { createSessionWithParties, type SessionWithParties, waitFor } from '../support/server'
import { useServer } from '../support/use-server'
import {
  buildConsolePages,
  noSidewaysScroll,
  type OpenedPage,
  openFirstSessionAsMediator,
} from './console-support'

const MIN = 60_000

describe('console e2e: time and claim on the session page (mediator only)', function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  let desk: OpenedPage
  const server = useServer(async () => ({ staticDir: await buildConsolePages() }))

  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, {
      title: 'Bakker / De Vries',
      language: 'nl',
      sides: ['Bakker', 'De Vries'],
    })
    // One 90-minute intake meeting with a 15-minute pause, held in the sidebar on 2 November 2026.
    const m = await mediatorDocs(server, s)
    const ctx = (now: number) => ({
      actor: m.actor,
      now,
      origin: localOrigin(s.mediatorId),
      newId: randomUUID,
    })
    const t0 = Date.UTC(2026, 10, 2, 8, 0)
    startMeeting(m.control, {}, ctx(t0))
    pauseMeeting(m.control, {}, ctx(t0 + 30 * MIN))
    resumeMeeting(m.control, {}, ctx(t0 + 45 * MIN))
    endMeeting(m.control, {}, ctx(t0 + 90 * MIN))
    await waitFor(
      async () =>
        (await server.context.rooms.get(`${s.sessionId}/control`)).doc.getArray('meetingLog').length === 4,
      'the meeting on the server',
    )
    m.destroy()
    desk = await openFirstSessionAsMediator(browser, server.url)
    await desk.page.getByTestId('timesheet').waitFor()
  })
  after(async () => {
    await desk?.context.close()
    await browser?.close()
  })
  afterEach(() => {
    assert.deepEqual(desk.errors.splice(0), [], 'no uncaught page errors')
    assert.deepEqual(desk.dialogs.splice(0), [], 'no alert/confirm dialogs')
  })

  const shot = async (name: string) =>
    desk.page.getByTestId('timesheet').screenshot({ path: await artifactPath(`console-${name}.png`) })

  it('TIME-1 shows the meeting: 75 minutes intake contact time, the 15-minute pause not counted', async () => {
    const sheet = desk.page.getByTestId('timesheet')
    await sheet.getByTestId('time-contact').filter({ hasText: '1:15 uur' }).waitFor()
    assert.equal(await sheet.getByTestId('time-intake').textContent(), '1:15 uur')
    assert.equal(await sheet.getByTestId('time-pause').textContent(), '0:15 uur')
    assert.match(
      (await sheet.getByTestId('time-meetings').textContent()) ?? '',
      /Bijeenkomst 1, .*1:15 uur contacttijd/,
    )
  })

  it('TIME-4 adds a call (contact) and preparation; refuses 0 minutes in Dutch; edits and deletes', async () => {
    const sheet = desk.page.getByTestId('timesheet')
    const add = async (kind: string, date: string, minutes: string, note: string) => {
      await sheet.getByTestId('time-kind').selectOption(kind)
      await sheet.getByTestId('time-date').fill(date)
      await sheet.getByTestId('time-minutes').fill(minutes)
      await sheet.getByTestId('time-note').fill(note)
      await sheet.getByTestId('time-entry-save').click()
    }
    await add('call', '2026-11-10', '0', 'belt Bakker')
    await sheet
      .getByTestId('time-problem')
      .filter({ hasText: 'Controleer de tijdregel: een soort, een bestaande datum, 1 tot 1440 minuten' })
      .waitFor()
    await sheet.getByTestId('time-minutes').fill('20')
    await sheet.getByTestId('time-entry-save').click()
    await sheet
      .getByTestId('time-entry')
      .filter({ hasText: '2026-11-10 · Telefoongesprek · 20 min' })
      .waitFor()
    assert.equal(await sheet.getByTestId('time-problem').count(), 0, 'the refusal is gone once saved')
    await sheet.getByTestId('time-contact').filter({ hasText: '1:35 uur' }).waitFor()
    await add('preparation', '2026-10-30', '60', 'dossier lezen')
    await sheet.getByTestId('time-non-contact').filter({ hasText: '1:00 uur' }).waitFor()
    await add('drafting', '2026-11-03', '45', 'weg')
    await sheet.getByTestId('time-entry').filter({ hasText: 'weg' }).getByTestId('time-entry-delete').click()
    await sheet.getByTestId('time-non-contact').filter({ hasText: '1:00 uur' }).waitFor()
    await sheet
      .getByTestId('time-entry')
      .filter({ hasText: 'dossier' })
      .getByTestId('time-entry-edit')
      .click()
    await sheet.getByTestId('time-minutes').fill('90')
    await sheet.getByTestId('time-entry-save').click()
    await sheet.getByTestId('time-non-contact').filter({ hasText: '1:30 uur' }).waitFor()
    assert.equal(await sheet.getByTestId('time-entry').count(), 2)
  })

  it('TIME-5 saves the claim fields; the CSV carries them and the same totals', async () => {
    const sheet = desk.page.getByTestId('timesheet')
    await sheet.getByTestId('claim-legalAidNumber').fill('1AB2345')
    await sheet.getByTestId('claim-insurer').fill('DAS')
    await sheet.getByTestId('claim-insurerFileNumber').fill('R-778')
    await sheet.getByTestId('claim-field').selectOption('burenrecht')
    await sheet.getByTestId('claim-coMediator').fill('Jan de Wit')
    await sheet.getByTestId('claim-save').click()
    await sheet.getByTestId('claim-saved').waitFor()
    const res = await download(server, s.mediatorToken, `/api/sessions/${s.sessionId}/record/timelog.csv`)
    const rows = parseCsv(new TextDecoder().decode(res.bytes), ';')
    const claim = Object.fromEntries(rows.filter((r) => r[0] === 'gegevens').map((r) => [r[3], r[10]]))
    assert.equal(claim.toevoegingsnummer, '1AB2345')
    assert.equal(claim.werkveld, 'burenrecht')
    assert.equal(claim['co-mediator'], 'Jan de Wit')
    const contact = rows.find((r) => r[0] === 'totaal' && r[3] === 'contacttijd')
    assert.equal(contact?.[8], '5700,000', '75 minutes in the meeting + a 20-minute call')
  })

  it('screenshots at 320 and 1280 px in Dutch and English, no sideways scrolling', async () => {
    const p = desk.page
    await shot('timesheet-nl-1280')
    await p.getByTestId('language').click()
    await p.locator('html[lang=en]').waitFor()
    await p.getByTestId('timesheet').getByText('Time and claim').waitFor()
    await shot('timesheet-en-1280')
    await p.setViewportSize({ width: 320, height: 900 })
    assert.ok(await noSidewaysScroll(p), 'no sideways scrolling at 320 px')
    await shot('timesheet-en-320')
    await p.getByTestId('language').click()
    await p.locator('html[lang=nl]').waitFor()
    await shot('timesheet-nl-320')
  })
})
