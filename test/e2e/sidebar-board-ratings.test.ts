/**
 * The mediator's view of the ratings with four sides (issue 15 item 5, issue 19 item 4): each party rates on its
 * own page; the mediator sees per side the yes/maybe/no counts, which side blocks, each adviser's rating beside
 * its side, no green "acceptable to every side" while one side said maybe (RATE-2/3), and a status control that
 * lists only the steps the rules allow, naming the package partner a step would reopen (BOARD-16/17).
 */
import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

const SHOTS = '/tmp/shots/board'
type Rating = 'yes' | 'maybe' | 'no'

describe('sidebar e2e: ratings per side with four sides, advisers shown to the mediator', function () {
  this.timeout(180_000)
  let browser: Browser
  let s: SessionWithParties
  let med: SidebarPage
  const raters: Record<string, SidebarPage> = {}
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  // By its title alone: another card's status list may name this one ("also reopens Fence").
  const card = (p: SidebarPage, title: string) =>
    p.page.locator('[data-testid=option]').filter({
      has: p.page.locator('[data-testid=option-title]', { hasText: new RegExp(`^${title}$`) }),
    })

  /** Rates on the rater's own page, and waits until the mediator's page has received it. */
  async function rate(who: string, title: string, r: Rating) {
    const p = raters[who] as SidebarPage
    await card(p, title).locator(`[data-testid=rate-${r}]`).check()
  }

  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, {
      title: 'Vier buren',
      sides: ['A', 'B', 'C', 'D'],
      extra: [
        { key: 'advA', role: 'adviser', side: 'A', name: 'Ann' },
        { key: 'advC', role: 'adviser', side: 'C', name: 'Cor' },
      ],
    })
    med = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
      width: 1280,
    })
    await tab(med.page, 'board')
    for (const title of ['Shared driveway', 'Fence', 'Hedge']) {
      await med.page.fill('[data-testid=option-input]', title)
      await med.page.click('[data-testid=add-option]')
      await card(med, title).waitFor()
    }
    await med.page.click('[data-testid=board-phase-toggle]')
    for (const key of ['A', 'B', 'C', 'D', 'advA', 'advC']) {
      raters[key] = await openSidebar(browser, server.url, { credential: s.invites[key] as string })
      await tab(raters[key].page, 'board')
      await card(raters[key], 'Hedge').locator('[data-testid=rate-yes]').waitFor()
    }
  })
  after(async () => {
    await browser?.close()
  })
  afterEach(() => {
    for (const p of [med, ...Object.values(raters)]) {
      assert.deepEqual(p?.dialogs ?? [], [], 'no dialog ever fires')
      assert.deepEqual(p?.errors ?? [], [], 'no uncaught page errors')
    }
  })

  it('RATE-2 RATE-3 the mediator sees per side yes/maybe/no, the blocking side and advisers; a maybe is not a yes', async () => {
    // The reported case: A yes (A's adviser no), B yes, C maybe (C's adviser no), D yes.
    const driveway: [string, Rating][] = [
      ['A', 'yes'],
      ['advA', 'no'],
      ['B', 'yes'],
      ['C', 'maybe'],
      ['advC', 'no'],
      ['D', 'yes'],
    ]
    for (const [who, r] of driveway) await rate(who, 'Shared driveway', r)
    // B blocks the fence; every side said yes to the hedge.
    for (const [who, r] of [
      ['A', 'yes'],
      ['B', 'no'],
      ['C', 'yes'],
      ['D', 'yes'],
    ] as [string, Rating][])
      await rate(who, 'Fence', r)
    for (const who of ['A', 'B', 'C', 'D']) await rate(who, 'Hedge', 'yes')

    const driveCard = card(med, 'Shared driveway')
    const line = (c: typeof driveCard, side: string) =>
      c.locator('[data-testid=side-rating]', { hasText: `${side}:` }).first()
    await line(driveCard, 'C').getByText('C: 0 yes, 1 maybe, 0 no, 0 open: Maybe').waitFor()
    await line(driveCard, 'D').getByText('D: 1 yes, 0 maybe, 0 no, 0 open').waitFor()
    await line(driveCard, 'A').getByText('A: 1 yes, 0 maybe, 0 no, 0 open: Acceptable').waitFor()
    await line(driveCard, 'B').getByText('B: 1 yes, 0 maybe, 0 no, 0 open: Acceptable').waitFor()
    const badge = driveCard.locator('[data-testid=overlap]')
    assert.equal(await badge.textContent(), 'acceptable to 3 of 4 sides', 'a maybe is not a yes')
    assert.ok(!(await badge.getAttribute('class'))?.includes('badge-ok'), 'not green')
    // Advisers' ratings, by name, beside their side; they do not count for A, which still accepts.
    await line(driveCard, 'A').getByText('Adviser Ann: Not acceptable').waitFor()
    await line(driveCard, 'C').getByText('Adviser Cor: Not acceptable').waitFor()
    assert.equal(await line(driveCard, 'A').getAttribute('data-verdict'), 'yes')

    const fence = card(med, 'Fence')
    await line(fence, 'B').getByText('B: 0 yes, 0 maybe, 1 no, 0 open: Not acceptable').waitFor()
    assert.equal(await line(fence, 'B').getAttribute('data-verdict'), 'no')
    const fenceBadge = fence.locator('[data-testid=overlap]')
    assert.equal(await fenceBadge.textContent(), 'blocked by B')
    assert.ok((await fenceBadge.getAttribute('class'))?.includes('badge-warn'))
    await card(med, 'Hedge')
      .locator('[data-testid=overlap]', { hasText: 'acceptable to every side' })
      .waitFor()
    // Parties see no one's rating but their own (RATE-3).
    assert.equal(await raters.A?.page.locator('[data-testid=side-rating]').count(), 0)
    assert.equal(await raters.advA?.page.locator('[data-testid=side-rating]').count(), 0)
  })

  it('BOARD-16 BOARD-17 the status control lists only allowed steps and names the partner a step reopens', async () => {
    const options = (title: string) =>
      card(med, title).locator('[data-testid=status-select] option').allTextContents()
    // A party gets no status control at all (BOARD-4).
    assert.equal(await raters.B?.page.locator('[data-testid=status-select]').count(), 0)
    // Hedge and Fence in one package; the mediator records an agreement reached in the room in one step each.
    for (const title of ['Hedge', 'Fence']) await card(med, title).locator('input[type=checkbox]').check()
    await med.page.getByLabel('Package name').fill('Garden')
    await med.page.getByRole('button', { name: 'Make a package of the selected options' }).click()
    await med.page.locator('.card', { hasText: 'Garden' }).waitFor()
    assert.ok(!(await options('Hedge')).includes('Agreed'), 'agreed waits for the package partner')
    await card(med, 'Fence').locator('[data-testid=status-select]').selectOption('agreedInPrinciple')
    await card(med, 'Hedge').locator('[data-testid=status-select]').selectOption('agreed')
    await card(med, 'Fence').locator('[data-testid=status-select]').selectOption('agreed')
    await card(med, 'Fence')
      .locator('[data-testid=option-status]', { hasText: /^Agreed$/ })
      .waitFor()
    assert.deepEqual(await options('Fence'), ['Agreed', 'Agreed in principle, also reopens Hedge'])
    assert.deepEqual(await options('Hedge'), ['Agreed', 'Agreed in principle, also reopens Fence'])
    const fresh = await options('Shared driveway')
    assert.deepEqual(fresh, [
      'Proposed',
      'Clarified',
      'Explored',
      'Evaluated',
      'Agreed in principle',
      'Agreed',
      'Parked',
      'Withdrawn',
    ])
    await card(med, 'Shared driveway').locator('[data-testid=status-select]').selectOption('parked')
    await card(med, 'Shared driveway').locator('[data-testid=option-status]', { hasText: 'Parked' }).waitFor()
    assert.deepEqual(await options('Shared driveway'), [
      'Parked',
      'Proposed',
      'Clarified',
      'Explored',
      'Evaluated',
      'Withdrawn',
    ])
  })

  it('screenshots: the mediator board with four sides at 320 and 1280 px, nl and en', async () => {
    await mkdir(SHOTS, { recursive: true })
    for (const lang of ['en', 'nl'] as const) {
      await med.page.click(`[data-testid=lang-${lang}]`)
      await med.page.locator(`.med-sidebar[lang=${lang}]`).waitFor()
      for (const width of [320, 1280]) {
        await med.page.setViewportSize({ width, height: 900 })
        await med.page.screenshot({ path: `${SHOTS}/mediator-ratings-${width}-${lang}.png`, fullPage: true })
      }
    }
    await shot(med.page, 'board-ratings-4-sides')
    await med.page.click('[data-testid=lang-en]')
  })
})
