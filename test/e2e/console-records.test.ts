import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { parseCsv } from '@mediation/core/record'
import type { Browser, Locator, Page } from 'playwright-core'
import { mediatorDocs } from '../server/record-harness'
import { readPdf } from '../server/record-pdf-text'
import { artifactPath, launchBrowser } from '../support/browser'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import {
  buildConsolePages,
  noSidewaysScroll,
  type OpenedPage,
  openFirstSessionAsMediator,
} from './console-support'

/** Clicks a record button (in `scope`: the page, or a dialog over it) and returns the file the browser saved. */
async function download(
  page: Page,
  id: string,
  scope: Page | Locator = page,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), scope.getByTestId(`record-${id}`).click()])
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

describe('console e2e: the records of a session are one click away, also before archiving and deleting', function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  let desk: OpenedPage
  // The server's clock moves past the retention period in the last test; logins outlive it.
  let clock = Date.now()
  const server = useServer(async () => ({
    staticDir: await buildConsolePages(),
    now: () => clock,
    loginTtlMs: 20 * 365 * 86_400_000,
  }))

  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, { title: 'Bakker / De Vries', language: 'nl' })
    const note = await api(server, s.mediatorToken, 'POST', `/api/sessions/${s.sessionId}/notes`, {
      visibility: 'mediator',
      body: 'Sfeer gespannen; A wil eerst over de schuur praten.',
    })
    assert.equal(note.status, 201)
    desk = await openFirstSessionAsMediator(browser, server.url)
  })
  after(async () => {
    await desk?.context.close()
    await browser?.close()
  })
  afterEach(() => {
    assert.deepEqual(desk.errors.splice(0), [], 'no uncaught page errors')
    assert.deepEqual(desk.dialogs.splice(0), [], 'no alert/confirm dialogs')
  })

  it('the agreement PDF: the current draft, with the clause the mediator just wrote', async () => {
    const m = await mediatorDocs(server, s)
    m.addClauses(['A houdt de schuur; B krijgt de tuin.'])
    m.destroy()
    const pdf = await download(desk.page, 'agreement-pdf')
    assert.match(pdf.name, /agreement\.pdf$/)
    assert.match((await readPdf(pdf.bytes)).flat, /A houdt de schuur; B krijgt de tuin\./)
  })

  it('a failed download is worded next to its button, in Dutch, and the next success clears it', async () => {
    const p = desk.page
    // The server goes away under the page (a restart, a lost connection): a network failure.
    await desk.context.setOffline(true)
    await p.getByTestId('record-notes-md').click()
    const error = p.getByTestId('record-error-notes-md')
    assert.equal(
      await error.textContent(),
      'Geen verbinding met de server. Controleer of die draait en probeer het opnieuw.',
    )
    await desk.context.setOffline(false)
    await download(p, 'notes-md')
    assert.equal(await error.count(), 0)
  })

  it('the time log for Dutch Excel has semicolons, decimal commas and a BOM; the international one commas and points', async () => {
    const nl = await download(desk.page, 'timelog-nl')
    assert.deepEqual([...nl.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM: Excel reads it as UTF-8')
    const nlText = nl.bytes.toString('utf8')
    const nlRows = parseCsv(nlText, ';').filter((r) => r.some((c) => c !== ''))
    const header = nlRows[0] ?? []
    assert.ok(header.length > 3, `Excel opens columns, got ${nlText.split(/\r?\n/)[0]}`)
    for (const row of nlRows) assert.equal(row.length, header.length, row.join(';'))
    const col = (name: string) => header.indexOf(name)
    // The totals close the file: seconds and hours with the Dutch decimal comma.
    const nlLast = nlRows.at(-1) ?? []
    assert.equal(nlLast[0], 'totaal')
    assert.deepEqual([nlLast[col('seconden')], nlLast[col('uren')]], ['0,000', '0,00'], 'decimal comma')
    const intl = await download(desk.page, 'timelog-intl')
    const intlText = intl.bytes.toString('utf8')
    assert.notEqual(intlText.charCodeAt(0), 0xfeff, 'no BOM for other software')
    const intlRows = parseCsv(intlText, ',').filter((r) => r.some((c) => c !== ''))
    for (const row of intlRows) assert.equal(row.length, header.length, row.join(','))
    const intlLast = intlRows.at(-1) ?? []
    assert.deepEqual(intlLast.slice(-3, -1), ['0.000', '0.00'], 'decimal point')
  })

  it('the notes come as PDF and Markdown with the mediator note in them', async () => {
    const md = await download(desk.page, 'notes-md')
    assert.match(md.name, /notes\.md$/)
    assert.match(md.bytes.toString('utf8'), /Sfeer gespannen; A wil eerst over de schuur praten\./)
    const pdf = await download(desk.page, 'notes-pdf')
    assert.match((await readPdf(pdf.bytes)).flat, /Sfeer gespannen; A wil eerst over de schuur praten\./)
    for (const width of [320, 1280]) {
      await desk.page.setViewportSize({ width, height: 900 })
      assert.ok(await noSidewaysScroll(desk.page), `no sideways scroll at ${width} px`)
      await desk.page.screenshot({
        path: await artifactPath(`console-records-nl-${width}.png`),
        fullPage: true,
      })
    }
  })

  it('RETAIN-1 RETAIN-2 archiving is the primary action and asks first with the records; deleting says what retention means, is refused within the period and without the dossier export, then erases and counts in words', async () => {
    const p = desk.page
    assert.match((await p.getByTestId('archive').getAttribute('class')) ?? '', /btn-primary/)
    await p.getByTestId('archive').click()
    const dialog = p.getByTestId('confirm-dialog')
    await dialog.getByText('Download eerst wat u bij uw dossier wilt bewaren.', { exact: false }).waitFor()
    // The dialog has its own buttons; the page's are behind the modal.
    const md = await download(p, 'notes-md', dialog)
    assert.match(md.bytes.toString('utf8'), /Sfeer gespannen/)
    await p.screenshot({ path: await artifactPath('console-archive-dialog-nl-1280.png') })
    await dialog.getByTestId('confirm-yes').click()
    await p.getByText('is gearchiveerd', { exact: false }).waitFor()
    await p.getByTestId('delete').click()
    await p
      .getByTestId('confirm-dialog')
      .getByText('Download eerst het volledige dossier (zip): na verwijderen is het weg.', { exact: false })
      .waitFor()
    const dialog2 = p.getByTestId('confirm-dialog')
    await dialog2.getByTestId('record-agreement-pdf').waitFor()
    await dialog2
      .getByTestId('delete-retention')
      .getByText('Een mediator bewaart het dossier na afloop gedurende de wettelijke bewaartermijn', {
        exact: false,
      })
      .waitFor()
    await dialog2
      .getByTestId('delete-retained-until')
      .getByText('wordt bewaard tot', { exact: false })
      .waitFor()
    await p.screenshot({ path: await artifactPath('console-delete-dialog-nl-1280.png') })
    await p.setViewportSize({ width: 320, height: 900 })
    await p.screenshot({ path: await artifactPath('console-delete-dialog-nl-320.png'), fullPage: true })
    await p.setViewportSize({ width: 1280, height: 900 })
    // Within the retention period the server refuses, and the console says why in Dutch.
    await dialog2.getByTestId('confirm-yes').click()
    await p
      .getByTestId('notice-error')
      .getByText('Dit gearchiveerde dossier valt nog binnen de bewaartermijn', { exact: false })
      .waitFor()
    // Seven years and a day later: still not without the export.
    clock += (7 * 365 + 3) * 86_400_000
    await p.getByTestId('delete').click()
    await p.getByTestId('confirm-dialog').getByTestId('confirm-yes').click()
    await p.getByTestId('notice-error').getByText('Download eerst het dossier', { exact: false }).waitFor()
    await p.getByTestId('delete').click()
    const zip = await download(p, 'dossier-zip', p.getByTestId('confirm-dialog'))
    assert.match(zip.name, /dossier\.zip$/)
    assert.equal(zip.bytes.readUInt32LE(0), 0x04034b50, 'a ZIP file')
    await p.getByTestId('confirm-dialog').getByTestId('confirm-yes').click()
    // The one note is counted in the singular (Intl.PluralRules), the participants in the plural.
    const notice = p.getByTestId('notice-ok')
    await notice.getByText('gewist', { exact: false }).waitFor()
    assert.match((await notice.textContent()) ?? '', /\d+ documenten, 1 notitie en \d+ deelnemers met /)
    for (const width of [320, 1280]) {
      await p.setViewportSize({ width, height: 900 })
      await p.screenshot({ path: await artifactPath(`console-deleted-nl-${width}.png`) })
    }
  })
})
