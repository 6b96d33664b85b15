/**
 * The option board in Chromium (issue 13 items 1–2): a party adds and edits its own idea through commands the
 * server checks (BOARD-13), the board shows no author during brainstorm and nothing in the document links an idea
 * to its party (BOARD-5/14), the other side cannot edit it, the phase lock is worded in the user's language.
 */
import assert from 'node:assert/strict'
import { copyFile, mkdir } from 'node:fs/promises'
import { basename } from 'node:path'
import { getBoard } from '@mediation/core/domain'
import type { Browser } from 'playwright-core'
import * as Y from 'yjs'
import { launchBrowser } from '../support/browser'
import {
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  type TestServer,
} from '../support/server'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

const SHOTS = '/work/helpers/shots/board'

describe('sidebar e2e: the option board through commands, anonymous in brainstorm', function () {
  this.timeout(120_000)
  let server: TestServer
  let s: SessionWithParties
  let browser: Browser
  let med: SidebarPage
  let a: SidebarPage
  let b: SidebarPage

  const card = (p: SidebarPage, title: string) => p.page.locator('[data-testid=option]', { hasText: title })
  /** The server's live board: what every reader of the document gets. */
  const serverBoard = async () => (await server.context.rooms.get(`${s.sessionId}/board`)).doc

  before(async () => {
    const staticDir = await buildForTests()
    ;[server, browser] = await Promise.all([startServer({ staticDir }), launchBrowser()])
    s = await createSessionWithParties(server, { title: 'Van Dijk / Jansen' })
    ;[med, a, b] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, width: 1280 }),
      openSidebar(browser, server.url, { credential: s.invites.A! }),
      openSidebar(browser, server.url, { credential: s.invites.B! }),
    ])
    for (const p of [med, a, b]) await tab(p.page, 'board')
  })
  after(async () => {
    await browser?.close()
    await server?.stop()
  })
  afterEach(() => {
    for (const p of [med, a, b]) {
      assert.deepEqual(p?.dialogs ?? [], [], 'no dialog ever fires')
      assert.deepEqual(p?.errors ?? [], [], 'no uncaught page errors')
    }
  })

  it('BOARD-13 a party adds an idea and edits its own through commands; the other side sees it, unmarked', async () => {
    await a.page.fill('[data-testid=option-input]', 'Alternate weekends')
    await a.page.click('[data-testid=add-option]')
    for (const p of [med, b]) await card(p, 'Alternate weekends').waitFor()
    // A's side knows the idea is its own (its caucus document says so); B's screen shows no mark and no edit.
    await card(a, 'Alternate weekends').locator('[data-testid=own-idea]').waitFor()
    assert.equal(await card(b, 'Alternate weekends').locator('[data-testid=own-idea]').count(), 0)
    assert.equal(await card(b, 'Alternate weekends').locator('[data-testid=edit-option]').count(), 0)
    assert.equal(await card(b, 'Alternate weekends').locator('[data-testid=withdraw-option]').count(), 0)
    await card(a, 'Alternate weekends').locator('[data-testid=edit-option]').click()
    await a.page.fill('[data-testid=option-edit-title]', 'Alternate weekends, Friday to Sunday')
    await a.page.click('[data-testid=save-option]')
    for (const p of [med, b]) await card(p, 'Friday to Sunday').waitFor()
    // The party's edit went through the server: every struct on the board was written by the server's client.
    const doc = await serverBoard()
    const aClient = await a.page.evaluate(async () => (await window.sidebar.ready).board.doc.clientID)
    const clients = new Set(Y.decodeUpdate(Y.encodeStateAsUpdate(doc)).structs.map((x) => x.id.client))
    assert.ok(!clients.has(aClient), "no struct on the board carries A's Yjs client id")
    assert.deepEqual([...clients], [doc.clientID], 'only the server wrote the board so far')
  })

  it('BOARD-5 brainstorm is anonymous: no author in the views or in the document another party holds', async () => {
    const bDoc = await b.page.evaluate(async () => {
      const m = await window.sidebar.ready
      return {
        text: document.querySelector('[data-testid=options]')?.textContent ?? '',
        options: m.board.board.value.options.map((o) => ({ origin: o.originSideId, createdBy: o.createdBy })),
      }
    })
    assert.deepEqual(bDoc.options, [{ origin: null, createdBy: '' }])
    assert.ok(!bDoc.text.includes('Party A'), "B's view names no author")
    const o = getBoard(await serverBoard()).options[0]
    assert.equal(o?.createdBy, '')
    const bytes = new TextDecoder().decode(Y.encodeStateAsUpdate(await serverBoard()))
    assert.ok(!bytes.includes(s.participants.A!.id), "A's participant id is nowhere in the board document")
  })

  it("BOARD-8 a side cannot take the other side's idea; interests go to one's own side only", async () => {
    await b.page.fill('[data-testid=option-input]', 'Holidays split in two')
    await b.page.click('[data-testid=add-option]')
    await card(a, 'Holidays split in two').waitFor()
    assert.equal(await card(a, 'Holidays split in two').locator('[data-testid=edit-option]').count(), 0)
    const cardA = card(a, 'Holidays split in two')
    await cardA.locator('summary').click()
    const field = cardA.getByLabel('Interest of A')
    await field.fill('Christmas with the children')
    await field.press('Enter')
    assert.equal(await cardA.getByLabel('Interest of B').count(), 0)
    await card(med, 'Holidays split in two').locator('summary').click()
    await med.page.waitForFunction(() =>
      [...document.querySelectorAll('input')].some((i) => i.value === 'Christmas with the children'),
    )
  })

  it('BOARD-13 phase lock: an edit saved after the mediator starts evaluating is refused in words, nl and en', async () => {
    const mine = card(a, 'Friday to Sunday')
    await mine.locator('[data-testid=edit-option]').click()
    await a.page.fill('[data-testid=option-edit-title]', 'Every weekend')
    await med.page.click('[data-testid=board-phase-toggle]')
    await a.page.locator('[data-testid=board-phase]', { hasText: 'Evaluate' }).waitFor()
    await a.page.click('[data-testid=save-option]')
    await a.page.getByText('The board is being evaluated: ideas can no longer be added or changed.').waitFor()
    assert.equal(getBoard(await serverBoard()).options[0]?.title, 'Alternate weekends, Friday to Sunday')
    await a.page.click('[data-testid=lang-nl]')
    await a.page.locator('.med-sidebar[lang=nl]').waitFor()
    await a.page.click('[data-testid=save-option]')
    await a.page
      .getByText('Het bord wordt nu beoordeeld: ideeën kunnen niet meer worden toegevoegd of gewijzigd.')
      .waitFor()
    await a.page.locator('[data-testid=option-editor]').getByRole('button', { name: 'Annuleren' }).click()
    await mine.locator('[data-testid=withdraw-option]').waitFor()
    assert.equal(await a.page.locator('[data-testid=add-option]').count(), 0, 'no idea form while evaluating')
    // Withdrawing its own idea stays possible (BOARD-4); the mediator sees it.
    await mine.locator('[data-testid=withdraw-option]').click()
    await card(med, 'Friday to Sunday')
      .locator('[data-testid=option-status]', { hasText: 'Withdrawn' })
      .waitFor()
    await a.page.click('[data-testid=lang-en]')
  })

  it('screenshots: the board for a party at 320 and 1280 px, nl and en', async () => {
    await mkdir(SHOTS, { recursive: true })
    // Notices stay in the words they were shown in; clear them so each shot shows only its language.
    while ((await a.page.locator('[data-testid=error] button').count()) > 0)
      await a.page.locator('[data-testid=error] button').first().click()
    await med.page.click('[data-testid=board-phase-toggle]')
    await a.page.locator('[data-testid=board-phase]', { hasText: 'Brainstorm' }).waitFor()
    for (const lang of ['en', 'nl'] as const) {
      await a.page.click(`[data-testid=lang-${lang}]`)
      await a.page.locator(`.med-sidebar[lang=${lang}]`).waitFor()
      for (const width of [320, 1280]) {
        await a.page.setViewportSize({ width, height: 900 })
        const path = await shot(a.page, `party-board-commands-${width}-${lang}`)
        await copyFile(path, `${SHOTS}/${basename(path)}`)
      }
    }
    await a.page.click('[data-testid=lang-en]')
  })
})
