/**
 * An agreed option becomes a linked clause of the agreement in one click (issue 15 item 5, SIGN-13): the mediator's
 * command through the server, the option card saying which clause it is for everyone, a second click (or a second
 * tab) adding none, and the way from the card to the clause.
 */
import assert from 'node:assert/strict'
import { copyFile, mkdir } from 'node:fs/promises'
import { basename } from 'node:path'
import { currentAgreementId, getDraft } from '@mediation/core/domain'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import {
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  type TestServer,
} from '../support/server'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

const SHOTS = '/tmp/shots/cockpit'

describe('sidebar e2e: an agreed option becomes a clause in one click (SIGN-13)', function () {
  this.timeout(120_000)
  let server: TestServer
  let s: SessionWithParties
  let browser: Browser
  let med: SidebarPage
  let med2: SidebarPage
  let a: SidebarPage

  const card = (p: SidebarPage, title: string) => p.page.locator('[data-testid=option]', { hasText: title })
  /** The clauses of the server's live agreement: what every reader of the document gets. */
  const serverClauses = async () => {
    const doc = (await server.context.rooms.get(`${s.sessionId}/agreement`)).doc
    assert.equal(currentAgreementId(doc), 'first')
    return getDraft(doc).clauses
  }

  before(async () => {
    const staticDir = await buildForTests()
    ;[server, browser] = await Promise.all([startServer({ staticDir }), launchBrowser()])
    s = await createSessionWithParties(server, { title: 'Van Dijk / Jansen' })
    const mediator = { credential: s.mediatorToken, sessionId: s.sessionId }
    ;[med, med2, a] = await Promise.all([
      openSidebar(browser, server.url, { ...mediator, width: 1280 }),
      openSidebar(browser, server.url, mediator),
      openSidebar(browser, server.url, { credential: s.invites.A! }),
    ])
    for (const p of [med, med2, a]) await tab(p.page, 'board')
  })
  after(async () => {
    await browser?.close()
    await server?.stop()
  })
  afterEach(() => {
    for (const p of [med, med2, a]) {
      assert.deepEqual(p?.dialogs ?? [], [], 'no dialog ever fires')
      assert.deepEqual(p?.errors ?? [], [], 'no uncaught page errors')
    }
  })

  it('SIGN-13 one click makes the agreed option a clause that links it; the card says which, for everyone', async () => {
    await med.page.fill('[data-testid=option-input]', 'Anna keeps the car')
    await med.page.click('[data-testid=add-option]')
    await card(med, 'Anna keeps the car').waitFor()
    // Not agreed yet: no such button, for anyone.
    assert.equal(await card(med, 'Anna keeps the car').locator('[data-testid=make-clause]').count(), 0)
    await med.page.click('[data-testid=board-phase-toggle]')
    await card(med, 'Anna keeps the car').locator('[data-testid=status-select]').selectOption('agreed')
    await card(a, 'Anna keeps the car')
      .locator('[data-testid=option-status]', { hasText: 'Agreed' })
      .waitFor()
    assert.equal(
      await card(a, 'Anna keeps the car').locator('[data-testid=make-clause]').count(),
      0,
      'a party is never offered it',
    )
    const make = card(med, 'Anna keeps the car').getByRole('button', {
      name: 'Make "Anna keeps the car" a clause of the agreement',
    })
    await make.click()
    for (const p of [med, med2, a])
      await card(p, 'Anna keeps the car')
        .locator('[data-testid=option-clause]', { hasText: 'In the agreement as clause 1' })
        .waitFor()
    const clauses = await serverClauses()
    assert.equal(clauses.length, 1)
    assert.equal(clauses[0]?.text, 'Anna keeps the car')
    const optionId = await med.page.evaluate(
      async () => (await window.sidebar.ready).board.board.value.options[0]?.id,
    )
    assert.deepEqual(clauses[0]?.optionIds, [optionId], 'the clause links the option')
    assert.equal(await make.count(), 0, 'the button is gone once the clause exists')
  })

  it('SIGN-13 idempotent: two tabs clicking twice each at the same moment make one clause', async () => {
    await med.page.fill('[data-testid=option-input]', 'Holidays split in two')
    await med.page.click('[data-testid=add-option]')
    await card(med, 'Holidays split in two').locator('[data-testid=status-select]').selectOption('agreed')
    await card(med2, 'Holidays split in two').locator('[data-testid=make-clause]').waitFor()
    // Each tab sends the command twice at once (a double click), both tabs together: four commands in flight.
    const clickTwice = async (p: SidebarPage) =>
      p.page.evaluate(async () => {
        const m = await window.sidebar.ready
        const id = m.board.board.value.options.find((o) => o.title === 'Holidays split in two')?.id ?? ''
        return Promise.all([m.actions.clauseFromOption(id), m.actions.clauseFromOption(id)])
      })
    const answers = await Promise.all([clickTwice(med), clickTwice(med2)])
    assert.deepEqual(answers, [
      [true, true],
      [true, true],
    ])
    const clauses = await serverClauses()
    assert.deepEqual(
      clauses.map((c) => c.text),
      ['Anna keeps the car', 'Holidays split in two'],
      'one clause per option on the server',
    )
    for (const p of [med, med2])
      await card(p, 'Holidays split in two')
        .locator('[data-testid=option-clause]', { hasText: 'In the agreement as clause 2' })
        .waitFor()
    await tab(med.page, 'agreement')
    assert.equal(await med.page.locator('[data-testid=clause]').count(), 2)
    await tab(med.page, 'board')
  })

  it("SIGN-13 the card's link opens the clause in the agreement tab", async () => {
    await card(a, 'Anna keeps the car')
      .getByRole('button', { name: 'Show clause 1 in the agreement' })
      .click()
    await a.page
      .locator('#panel-agreement [data-testid=clause-text]', { hasText: 'Anna keeps the car' })
      .waitFor()
    await tab(a.page, 'board')
  })

  it('screenshots: the option card with its clause link, mediator 320/1280 in nl and en', async () => {
    await mkdir(SHOTS, { recursive: true })
    // A second agreed option still without a clause, so the shot shows the button and the link.
    await med.page.fill('[data-testid=option-input]', 'Bram trims the hedge')
    await med.page.click('[data-testid=add-option]')
    await card(med, 'Bram trims the hedge').locator('[data-testid=status-select]').selectOption('agreed')
    await card(med, 'Bram trims the hedge').locator('[data-testid=make-clause]').waitFor()
    for (const lang of ['en', 'nl'] as const) {
      await med.page.click(`[data-testid=lang-${lang}]`)
      await med.page.locator(`.med-sidebar[lang=${lang}]`).waitFor()
      if (lang === 'nl')
        await card(med, 'Anna keeps the car').getByText('In de overeenkomst als artikel 1').waitFor()
      for (const width of [320, 1280]) {
        await med.page.setViewportSize({ width, height: 900 })
        const path = await shot(med.page, `option-clause-${width}-${lang}`)
        await copyFile(path, `${SHOTS}/${basename(path)}`)
      }
    }
    await med.page.click('[data-testid=lang-en]')
  })
})
