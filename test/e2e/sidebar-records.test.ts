import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { readPdf } from '../server/record-pdf-text'
import { launchBrowser } from '../support/browser'
import { api, createSessionWithParties, exportDossier, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

describe("sidebar e2e: the mediator's records from the Notes tab; a party is not offered them", function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  let med: SidebarPage
  let a: SidebarPage
  // The session is archived and then deleted here: no retention period (retention.test.ts holds it).
  const server = useServer(async () => ({ staticDir: await buildForTests(), retentionYears: 0 }))

  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, { title: 'Bakker / De Vries', language: 'nl' })
    const note = await api(server, s.mediatorToken, 'POST', `/api/sessions/${s.sessionId}/notes`, {
      visibility: 'mediator',
      body: 'Eerste indruk: beide willen door.',
    })
    assert.equal(note.status, 201)
    ;[med, a] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, lang: 'nl' }),
      openSidebar(browser, server.url, { credential: s.invites.A!, lang: 'nl' }),
    ])
  })
  after(async () => {
    await browser?.close()
  })

  it('the mediator downloads the notes PDF and the Dutch time log; offline the button says so in Dutch', async () => {
    await tab(med.page, 'notes')
    const save = async (id: string) => {
      const [file] = await Promise.all([
        med.page.waitForEvent('download'),
        med.page.getByTestId(`record-${id}`).click(),
      ])
      return readFile(await file.path())
    }
    assert.match((await readPdf(await save('notes-pdf'))).flat, /Eerste indruk: beide willen door\./)
    const csv = (await save('timelog-nl')).toString('utf8')
    assert.ok(csv.startsWith('\uFEFF'), 'a BOM for Excel')
    assert.ok((csv.split(/\r?\n/)[0] ?? '').split(';').length > 3, 'semicolon columns')
    await med.context.setOffline(true)
    await med.page.getByTestId('record-notes-md').click()
    assert.equal(
      await med.page.getByTestId('record-error-notes-md').textContent(),
      'Geen verbinding met de server. Probeer het zo opnieuw.',
    )
    await med.context.setOffline(false)
    await shot(med.page, 'records-nl-320')
    await med.page.setViewportSize({ width: 1280, height: 900 })
    await shot(med.page, 'records-nl-1280')
  })

  it('a party sees no records section (the server refuses the time log to parties anyway)', async () => {
    await tab(a.page, 'notes')
    await a.page.locator('#panel-notes').waitFor()
    assert.equal(await a.page.getByTestId('record-timelog-nl').count(), 0)
    const refused = await api(server, s.invites.A!, 'GET', `/api/sessions/${s.sessionId}/record/timelog.csv`)
    assert.equal(refused.status, 403)
  })

  it('SESSION-6 archived: both pages say so at once, nothing is editable, the records still download', async () => {
    const res = await api(server, s.mediatorToken, 'PUT', `/api/sessions/${s.sessionId}`, {
      status: 'archived',
    })
    assert.equal(res.status, 200)
    for (const p of [med, a])
      await p.page.locator('[data-testid=archived]', { hasText: 'Deze sessie is gearchiveerd' }).waitFor()
    await tab(a.page, 'turns')
    assert.ok(await a.page.locator('[data-testid=raise-hand]').isDisabled(), 'no hand in an archived session')
    await tab(med.page, 'notes')
    assert.ok(await med.page.locator('#panel-notes textarea').first().isDisabled(), 'notes are read-only')
    assert.equal(await med.page.locator('[data-testid^=phase-to-]').count(), 0, 'no phase moves')
    const [file] = await Promise.all([
      med.page.waitForEvent('download'),
      med.page.getByTestId('record-notes-md').click(),
    ])
    assert.match((await readFile(await file.path())).toString('utf8'), /Eerste indruk/)
    await shot(med.page, 'archived-nl-1280')
  })

  it('deleted: the open pages say so and stop asking for tickets', async () => {
    const tickets: string[] = []
    med.page.on('request', (r) => {
      if (r.url().endsWith('/api/tickets')) tickets.push(r.url())
    })
    await exportDossier(server, s.mediatorToken, s.sessionId)
    const res = await api(server, s.mediatorToken, 'DELETE', `/api/sessions/${s.sessionId}`)
    assert.equal(res.status, 200)
    for (const p of [med, a])
      await p.page
        .locator('[data-testid=conn][data-state=denied]', { hasText: 'Deze sessie is verwijderd' })
        .waitFor()
    const asked = tickets.length
    // Coming back online is what would restart a reconnect loop: a denied page stays quiet.
    await med.context.setOffline(true)
    await med.context.setOffline(false)
    await med.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))))
    assert.equal(tickets.length, asked, 'no ticket requests after the session was deleted')
    assert.ok(asked <= 6, `a few attempts at most before giving up (${asked})`)
    await shot(a.page, 'deleted-nl-320')
  })
})
