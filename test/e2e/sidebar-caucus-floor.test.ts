import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { grantFloorTo, toJointTalks } from '../support/jitsi-session'
import { createSessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, shotsInBothLanguages, tab } from './sidebar-support'

const waitingView = (page: Page) => page.locator('[data-testid=caucus-waiting]')
const overrun = (page: Page) => page.locator('[data-testid=floor-over]')

describe('sidebar e2e: a caucus ends the floor and every banner follows the mediator', function () {
  this.timeout(120_000)
  let browser: Browser
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })

  it('TURNS-UI-1 CAUCUS-9 CAUCUS-UI-1 CAUCUS-UI-2 B runs over its turn, a caucus with A ends the floor, B’s banner follows the mediator back to the joint room', async () => {
    const s = await createSessionWithParties(server, { title: 'Van Dijk / Jansen' })
    await toJointTalks(server, s)
    const [med, a, b] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, width: 1280 }),
      openSidebar(browser, server.url, { credential: s.invites.A ?? '' }),
      openSidebar(browser, server.url, { credential: s.invites.B ?? '' }),
    ])
    if (!med || !a || !b) throw new Error('three pages')
    for (const p of [med, a, b]) await tab(p.page, 'turns')
    await a.page.click('[data-testid=raise-hand]')
    await a.page.getByText('You are number 1 in the queue.').waitFor()

    // TURNS-UI-1: B's timed turn runs out; the holder and the mediator see it quietly, A sees no timer.
    await grantFloorTo(server, s, 'B', 1500)
    await b.page.getByText('You have the floor.').waitFor()
    await overrun(b.page).filter({ hasText: 'Your time is up. Could you wrap up?' }).waitFor()
    await overrun(med.page).filter({ hasText: 'past the agreed time' }).waitFor()
    await a.page.locator('[data-testid=floor] [role=timer]').waitFor({ state: 'detached' })
    assert.equal(
      await a.page.locator('[data-testid=floor-holder]').textContent(),
      'Party B (B)',
      'the holder with their side',
    )
    assert.equal(await overrun(a.page).count(), 0, 'the other side is not told about the overrun')
    await shotsInBothLanguages(b, 'overrun-holder', 'Uw spreektijd is om. Wilt u afronden?')
    await shotsInBothLanguages(med, 'overrun-mediator', 'langer dan afgesproken')

    // CAUCUS-9: the mediator starts a caucus with A only; the floor ends for everyone, A's hand stays queued.
    await tab(med.page, 'caucus')
    await med.page.getByLabel('B', { exact: true }).uncheck()
    await med.page.click('[data-testid=plan-caucus]')
    await med.page.click('[data-testid=start-caucus]')
    for (const p of [b, a]) await p.page.getByText('Nobody has the floor.').waitFor()
    assert.equal(await b.page.getByText('You have the floor.').count(), 0, 'B no longer holds the floor')
    assert.equal(await b.page.locator('[data-testid=floor] [role=timer]').count(), 0, 'no timer runs for B')
    assert.equal(await overrun(b.page).count(), 0)
    assert.equal(await a.page.locator('[data-testid=floor-holder]').count(), 0, 'A sees no floor holder')
    await a.page.getByText('You are number 1 in the queue.').waitFor()
    await a.page.locator('[data-testid=caucus-banner]').waitFor()
    // CAUCUS-UI-2: the banner names the exceptions to confidentiality, in either language.
    await a.page.getByTestId('caucus-exceptions').filter({ hasText: 'someone’s safety is at risk' }).waitFor()
    await shotsInBothLanguages(a, 'caucus-banner-exceptions', 'als de wet de mediator tot melden verplicht')
    // Caucus notes are for the side in the caucus; B, left out, has none (the box used to show for B too).
    await a.page.locator('[data-testid=caucus-notes-text]').waitFor()
    assert.equal(await b.page.locator('[data-testid=caucus-notes-text]').count(), 0)
    await waitingView(b.page).filter({ hasText: 'The mediator is talking with another side' }).waitFor()
    await tab(med.page, 'turns')
    await med.page.getByText('Nobody has the floor.').waitFor()
    await med.page.click('[data-testid=grant-floor]')
    await med.page.getByText('Nobody has the floor during a caucus').waitFor()
    assert.equal(await a.page.getByText('You have the floor.').count(), 0, 'refused: A gets no floor')

    // CAUCUS-UI-1: the mediator comes back to the joint room, where B is; then goes to A again and ends.
    await tab(med.page, 'caucus')
    await med.page.click('[data-testid=move-main]')
    await waitingView(b.page).waitFor({ state: 'detached' })
    await waitingView(a.page).filter({ hasText: 'The mediator is in the joint room' }).waitFor()
    assert.equal(await b.page.locator('[data-testid=caucus-banner]').count(), 0)
    await shotsInBothLanguages(b, 'caucus-mediator-back-b', 'Niemand heeft het woord.')
    await med.page.click(`[data-testid=move-${s.sides.A}]`)
    await waitingView(b.page).waitFor()
    await a.page.locator('[data-testid=caucus-banner]').waitFor()
    await med.page.click('[data-testid=end-caucus]')
    for (const p of [a, b])
      await p.page
        .locator('[data-testid=caucus-banner], [data-testid=caucus-waiting]')
        .waitFor({ state: 'detached' })
    for (const p of [med, a, b]) {
      assert.deepEqual(p.dialogs, [], 'no dialog ever fires')
      assert.deepEqual(p.errors, [], 'no uncaught page errors')
    }
  })
})
