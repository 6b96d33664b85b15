import assert from 'node:assert/strict'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { api, createSessionWithParties, startServer, type TestServer } from '../support/server'
import { mountSmallDisk, type SmallDisk } from '../support/small-disk'
import { buildForTests, openSidebar, shot, tab } from './sidebar-support'

describe('sidebar e2e: typing while the server disk is full (a real tmpfs)', function () {
  this.timeout(120_000)
  let disk: SmallDisk
  let server: TestServer
  let browser: Browser
  before(async () => {
    disk = await mountSmallDisk()
    const staticDir = await buildForTests()
    ;[server, browser] = await Promise.all([
      startServer({ staticDir, dataDir: disk.dataDir }),
      launchBrowser(),
    ])
  })
  // Frees the space if a test failed while the disk was full (so the server can stop and save).
  let refill: (() => Promise<void>) | null = null
  after(async () => {
    await refill?.()
    await browser?.close()
    await server?.stop({ keepData: true })
    await disk?.unmount()
  })

  it('shows "not saved — the server\'s disk is full" (nl and en) instead of "saved", keeps the text, and saves it once space returns', async () => {
    const s = await createSessionWithParties(server, { sides: ['A'] })
    const page = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
      width: 1280,
    })
    await tab(page.page, 'notes')
    const note = page.page.locator('[data-testid=note-mediator]')
    await note.locator('textarea').fill('Saved before the disk filled.')
    await note.locator('[data-testid=save-state][data-state=saved]').waitFor()
    const free = await disk.fill()
    const text = 'Typed while the disk is full: kept on screen.'
    await note.locator('textarea').fill(text)
    const failed = note.locator('[data-testid=save-state][data-state=failed]')
    await failed.waitFor()
    assert.equal(await failed.textContent(), "Not saved — the server's disk is full; will retry")
    for (const width of [1280, 320]) {
      await page.page.setViewportSize({ width, height: 900 })
      await shot(page.page, `notes-disk-full-${width}-en`)
    }
    await page.page.click('[data-testid=lang-nl]')
    await note
      .locator('[data-testid=save-state]', {
        hasText: 'Niet opgeslagen — de schijf van de server is vol; wordt opnieuw geprobeerd',
      })
      .waitFor()
    for (const width of [320, 1280]) {
      await page.page.setViewportSize({ width, height: 900 })
      await shot(page.page, `notes-disk-full-${width}-nl`)
    }
    const stored = await api<{ body: string }[]>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/notes`,
    )
    assert.deepEqual(
      stored.body.map((n) => n.body),
      ['Saved before the disk filled.'],
      'nothing unacknowledged on the server',
    )
    assert.equal(await note.locator('textarea').inputValue(), text)
    await free()
    // The sidebar retries on its own; the state turns to saved and the server has the text.
    await note.locator('[data-testid=save-state][data-state=saved]').waitFor({ timeout: 15_000 })
    const after = await api<{ body: string }[]>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/notes`,
    )
    assert.deepEqual(
      after.body.map((n) => n.body),
      [text],
    )
    assert.deepEqual(page.dialogs, [])
    assert.deepEqual(page.errors, [])
    await page.context.close()
  })

  it('a document edit while the disk is full: the connection line says "not saved" (en, nl) for the writer and a party, then "up to date" once saved', async () => {
    const s = await createSessionWithParties(server, { sides: ['A'] })
    const [med, party] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, width: 1280 }),
      openSidebar(browser, server.url, { credential: s.invites.A!, sessionId: s.sessionId, width: 320 }),
    ])
    await Promise.all([tab(med.page, 'agreement'), tab(party.page, 'agreement')])
    const conn = (p: typeof med) => p.page.locator('[data-testid=conn]')
    await conn(med).and(med.page.locator('[data-state=synced][data-saved=true]')).waitFor()
    const free = await disk.fill()
    refill = free
    // 2 × 6 KB: more than fits the slack of the log's last page, so the save is really refused.
    for (const lead of ['The children live with each parent half of the time.', 'The house is sold.']) {
      await med.page.fill('[data-testid=new-clause]', `${lead} ${'Details follow. '.repeat(380)}`)
      await med.page.click('[data-testid=add-clause]')
    }
    for (const p of [med, party]) {
      await p.page.locator('[data-testid=conn][data-saved=false]').waitFor({ timeout: 15_000 })
    }
    assert.equal(
      await conn(med).textContent(),
      "Not saved — the server's disk is full. Your changes are kept on the server and saved as soon as there is space.",
    )
    for (const width of [1280, 320]) {
      await med.page.setViewportSize({ width, height: 900 })
      await shot(med.page, `doc-disk-full-${width}-en`)
    }
    await med.page.click('[data-testid=lang-nl]')
    await med.page
      .locator('[data-testid=conn]', { hasText: 'Niet opgeslagen — de schijf van de server is vol.' })
      .waitFor()
    for (const width of [320, 1280]) {
      await med.page.setViewportSize({ width, height: 900 })
      await shot(med.page, `doc-disk-full-${width}-nl`)
    }
    // The party still reads the clause: it is on the server, in memory.
    await party.page.locator('[data-testid=clause]', { hasText: 'half of the time' }).waitFor()
    await free()
    refill = null
    for (const p of [med, party]) {
      await p.page
        .locator('[data-testid=conn][data-state=synced][data-saved=true]')
        .waitFor({ timeout: 40_000 })
    }
    assert.equal(await conn(med).textContent(), 'Bijgewerkt')
    for (const p of [med, party]) {
      assert.deepEqual(p.dialogs, [])
      assert.deepEqual(p.errors, [])
      await p.context.close()
    }
  })
})
