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

  const point = (p: SidebarPage, title: string) => p.page.locator('[data-testid=point]', { hasText: title })
  /** How many options with this title the server's board holds (what every reader gets). */
  const onServer = async (title: string) =>
    getBoard(await serverBoard()).options.filter((o) => o.title === title).length
  /** Nothing in the page (all of its DOM, not only what is visible) names an author of a board item. */
  const namesNoAuthor = async (p: SidebarPage) => {
    const html = await p.page.evaluate(() => document.documentElement.outerHTML)
    const board = (await p.page.locator('#panel-board').textContent()) ?? ''
    for (const word of ['proposed by', 'voorgesteld door', s.participants.A!.id])
      assert.ok(!html.includes(word), `no "${word}" in the page`)
    assert.ok(!board.includes(s.participants.A!.name), 'the board panel never names A')
    assert.equal(
      await p.page.evaluate(async () => (await window.sidebar.ready).board.authors.value),
      null,
      'a party has no ledger to read',
    )
  }

  it('BOARD-UI-1 a party adds a sticking point and an idea; the mediator sees them live with their author, the other party without', async () => {
    await a.page.fill('[data-testid=add-point-input]', 'Weekends and holidays')
    await a.page.click('[data-testid=add-point]')
    await point(med, 'Weekends and holidays')
      .locator('[data-testid=proposed-by]', { hasText: 'proposed by Party A (A)' })
      .waitFor()
    await point(b, 'Weekends and holidays').waitFor()
    assert.equal(await point(b, 'Weekends and holidays').locator('[data-testid=proposed-by]').count(), 0)
    await a.page.fill('[data-testid=option-input]', 'Every other Wednesday afternoon')
    await a.page.selectOption('select', { label: 'Weekends and holidays' })
    await a.page.click('[data-testid=add-option]')
    await card(med, 'Every other Wednesday afternoon')
      .locator('[data-testid=proposed-by]', { hasText: 'proposed by Party A (A)' })
      .waitFor()
    await card(b, 'Every other Wednesday afternoon').waitFor()
    await namesNoAuthor(b)
    await namesNoAuthor(a)
    // The mediator's own items say so; earlier ones from B name B.
    await med.page.fill('[data-testid=option-input]', 'A mediator proposal')
    await med.page.click('[data-testid=add-option]')
    await card(med, 'A mediator proposal')
      .locator('[data-testid=proposed-by]', { hasText: 'proposed by the mediator' })
      .waitFor()
    await card(med, 'Holidays split in two')
      .locator('[data-testid=proposed-by]', { hasText: 'proposed by Party B (B)' })
      .waitFor()
    await card(b, 'A mediator proposal').waitFor()
    await namesNoAuthor(b)
    await mkdir(SHOTS, { recursive: true })
    for (const lang of ['en', 'nl'] as const) {
      await med.page.click(`[data-testid=lang-${lang}]`)
      await med.page.locator(`.med-sidebar[lang=${lang}]`).waitFor()
      if (lang === 'nl')
        await card(med, 'Every other Wednesday afternoon')
          .locator('[data-testid=proposed-by]', { hasText: 'voorgesteld door Party A (A)' })
          .waitFor()
      for (const width of [320, 1280]) {
        await med.page.setViewportSize({ width, height: 900 })
        const path = await shot(med.page, `mediator-board-authors-${width}-${lang}`)
        await copyFile(path, `${SHOTS}/${basename(path)}`)
      }
    }
    await med.page.click('[data-testid=lang-en]')
    await med.page.setViewportSize({ width: 1280, height: 900 })
  })

  it('BOARD-UI-2 an idea typed offline waits as "waiting for connection" and appears exactly once for everyone once back', async () => {
    const waiting = a.page.locator('[data-testid=outbox-item]', { hasText: 'Typed in the tunnel' })
    await a.context.setOffline(true)
    await a.page.locator('[data-testid=conn][data-state=offline]').waitFor()
    await a.page.fill('[data-testid=option-input]', 'Typed in the tunnel')
    await a.page.click('[data-testid=add-option]')
    await waiting.locator('[data-testid=outbox-waiting]', { hasText: 'waiting for connection' }).waitFor()
    assert.equal(
      await a.page.inputValue('[data-testid=option-input]'),
      '',
      'the form is free for the next idea',
    )
    await a.page.fill('[data-testid=add-point-input]', 'School runs')
    await a.page.click('[data-testid=add-point]')
    await a.page.locator('[data-testid=outbox-item]', { hasText: 'School runs' }).waitFor()
    for (const lang of ['en', 'nl'] as const) {
      await a.page.click(`[data-testid=lang-${lang}]`)
      await a.page.locator(`.med-sidebar[lang=${lang}]`).waitFor()
      if (lang === 'nl') await waiting.getByText('wacht op verbinding').waitFor()
      for (const width of [320, 1280]) {
        await a.page.setViewportSize({ width, height: 900 })
        const path = await shot(a.page, `party-board-waiting-${width}-${lang}`)
        await copyFile(path, `${SHOTS}/${basename(path)}`)
      }
    }
    await a.page.click('[data-testid=lang-en]')
    await a.page.setViewportSize({ width: 320, height: 900 })
    assert.equal(await onServer('Typed in the tunnel'), 0, 'nothing reached the server while offline')
    await a.context.setOffline(false)
    await a.page.locator('[data-testid=conn][data-state=synced]').waitFor({ timeout: 10_000 })
    await a.page.locator('[data-testid=outbox-item]').first().waitFor({ state: 'detached', timeout: 10_000 })
    for (const p of [med, b, a]) await card(p, 'Typed in the tunnel').waitFor()
    await point(med, 'School runs').locator('[data-testid=proposed-by]', { hasText: 'Party A' }).waitFor()
    for (const p of [med, b, a]) assert.equal(await card(p, 'Typed in the tunnel').count(), 1)
    assert.equal(await onServer('Typed in the tunnel'), 1)
    assert.equal(getBoard(await serverBoard()).points.filter((x) => x.title === 'School runs').length, 1)
  })

  it('BOARD-UI-2 an answer lost on the way: kept, sent again with its key, applied once (CMD-4)', async () => {
    // The request reaches the server and is applied; its answer never reaches the page.
    let lost = 0
    await a.page.route('**/commands', async (route) => {
      if (lost++ > 0) return route.continue()
      await route.fetch()
      await route.abort('connectionreset')
    })
    await a.page.fill('[data-testid=option-input]', 'Answer lost on the way')
    await a.page.click('[data-testid=add-option]')
    await card(med, 'Answer lost on the way').waitFor()
    // The outbox retries on its own (the documents stayed synced) and the server answers from its memory.
    await a.page.waitForFunction(
      () => document.querySelectorAll('[data-testid=outbox-item]').length === 0,
      null,
      {
        timeout: 15_000,
      },
    )
    assert.ok(lost >= 2, 'the command was sent again')
    await a.page.unroute('**/commands')
    assert.equal(await onServer('Answer lost on the way'), 1, 'applied once')
    for (const p of [med, b, a]) assert.equal(await card(p, 'Answer lost on the way').count(), 1)
  })

  it('BOARD-UI-2 refused after the reconnect: worded in the page language, the text kept to edit and send again', async () => {
    await a.context.setOffline(true)
    await a.page.locator('[data-testid=conn][data-state=offline]').waitFor()
    await a.page.fill('[data-testid=option-input]', 'Typed before evaluating')
    await a.page.click('[data-testid=add-option]')
    await a.page.locator('[data-testid=outbox-waiting]').waitFor()
    await med.page.click('[data-testid=board-phase-toggle]')
    await b.page.locator('[data-testid=board-phase]', { hasText: 'Evaluate' }).waitFor()
    await a.context.setOffline(false)
    const refused = a.page.locator('[data-testid=outbox-refused]')
    await refused
      .getByText('Not placed: The board is being evaluated: ideas can no longer be added or changed.')
      .waitFor({ timeout: 10_000 })
    assert.equal(await refused.locator('[data-testid=outbox-title]').inputValue(), 'Typed before evaluating')
    await a.page.click('[data-testid=lang-nl]')
    await refused
      .getByText(
        'Niet geplaatst: Het bord wordt nu beoordeeld: ideeën kunnen niet meer worden toegevoegd of gewijzigd.',
      )
      .waitFor()
    await a.page.click('[data-testid=lang-en]')
    assert.equal(await onServer('Typed before evaluating'), 0)
    // Back to brainstorm: the edited text is sent again, once.
    await med.page.click('[data-testid=board-phase-toggle]')
    await a.page.locator('[data-testid=board-phase]', { hasText: 'Brainstorm' }).waitFor()
    await refused.locator('[data-testid=outbox-title]').fill('Typed before evaluating, edited')
    await refused.locator('[data-testid=outbox-resend]').click()
    await card(med, 'Typed before evaluating, edited').waitFor()
    await refused.waitFor({ state: 'detached' })
    assert.equal(await onServer('Typed before evaluating, edited'), 1)
  })
})
