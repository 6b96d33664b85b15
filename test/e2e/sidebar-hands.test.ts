import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, FAKE_PAGE, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

/** Counts the WebAudio contexts and tones the page starts: the browser's end of the chime. */
const AUDIO_PROBE = `(() => {
  const Real = window.AudioContext
  window.audioProbe = { contexts: 0, tones: 0 }
  if (!Real) return
  window.AudioContext = class extends Real {
    constructor(...args) { super(...args); window.audioProbe.contexts++ }
    createOscillator() {
      const osc = super.createOscillator()
      const start = osc.start.bind(osc)
      osc.start = (...args) => { window.audioProbe.tones++; return start(...args) }
      return osc
    }
  }
})()`

const badge = (page: Page) => page.locator('#tab-turns .tab-badge')
const live = (page: Page) => page.locator('[data-testid=hands-live]')
const audio = (page: Page) =>
  page.evaluate(() => (window as unknown as { audioProbe: { contexts: number; tones: number } }).audioProbe)

/** Waits until the page's title is exactly `title`. */
async function titleIs(page: Page, title: string): Promise<void> {
  await page.waitForFunction((t) => document.title === t, title)
}

describe('sidebar e2e: raised hands are never missed', function () {
  this.timeout(120_000)
  let browser: Browser
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  const threeSides = (): Promise<SessionWithParties> =>
    createSessionWithParties(server, { title: 'Drie buren', sides: ['A', 'B', 'C'] })
  const open = (s: SessionWithParties, key: string, o: { lang?: 'nl' | 'en'; init?: string } = {}) =>
    key === 'mediator'
      ? openSidebar(browser, server.url, {
          credential: s.mediatorToken,
          sessionId: s.sessionId,
          width: 1280,
          ...o,
        })
      : openSidebar(browser, server.url, { credential: s.invites[key] ?? '', ...o })
  const raise = async (p: SidebarPage) => {
    await tab(p.page, 'turns')
    await p.page.click('[data-testid=raise-hand]')
    await p.page.locator('[data-testid=lower-hand]').waitFor()
  }
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })

  it('HANDS-1 HANDS-2 HANDS-4 three hands while the mediator is on Options: badge, title and announcement on every tab; the floor holder is not offered a hand', async () => {
    const s = await threeSides()
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map((k) => open(s, k)))
    if (!a || !b || !c) throw new Error('three parties')
    // A hand already up when the mediator opens is counted, not announced (HANDS-2).
    await raise(a)
    const med = await open(s, 'mediator')
    await tab(med.page, 'board')
    await badge(med.page).filter({ hasText: '1' }).waitFor()
    await titleIs(med.page, `(1) ${FAKE_PAGE.title}`)
    assert.equal(await live(med.page).textContent(), '', 'no announcement on opening')
    await raise(b)
    await live(med.page).getByText('Party B raises a hand (2 waiting)').waitFor()
    await raise(c)
    await live(med.page).getByText('Party C raises a hand (3 waiting)').waitFor()
    assert.equal(await badge(med.page).textContent(), '3')
    assert.match(await med.page.title(), /^\(3\) /)
    assert.equal(await med.page.title(), `(3) ${FAKE_PAGE.title}`)
    assert.equal(await med.page.locator('#panel-board').count(), 1, 'the mediator never left Options')
    // Everyone sees the count; only the mediator's title carries it.
    await badge(a.page).filter({ hasText: '3' }).waitFor()
    assert.equal(await a.page.title(), FAKE_PAGE.title)
    await shot(med.page, 'hands-badge-1280-en')
    await med.page.setViewportSize({ width: 320, height: 900 })
    await shot(med.page, 'hands-badge-320-en')
    await med.page.click('[data-testid=lang-nl]')
    await med.page.locator('#tab-board', { hasText: 'Opties' }).waitFor()
    await shot(med.page, 'hands-badge-320-nl')
    await med.page.setViewportSize({ width: 1280, height: 900 })
    await shot(med.page, 'hands-badge-1280-nl')

    // Granting and lowering count down; at zero the page's own title is back.
    await tab(med.page, 'turns')
    await med.page.locator('[data-testid=queue] li', { hasText: 'Party A' }).waitFor()
    await med.page.click('[data-testid=grant-floor]')
    await titleIs(med.page, `(2) ${FAKE_PAGE.title}`)
    assert.equal(await badge(med.page).textContent(), '2')
    await a.page.getByText('You have the floor.').waitFor()
    assert.equal(await a.page.locator('[data-testid=raise-hand]').count(), 0, 'the holder has no raise-hand')
    await a.page
      .locator('[data-testid=raise-why]', { hasText: 'You can raise your hand again after your turn.' })
      .waitFor()
    await shot(a.page, 'hands-holder-320-en')
    await a.page.click('[data-testid=lang-nl]')
    await a.page.getByText('Na uw beurt kunt u weer een hand opsteken.').waitFor()
    await shot(a.page, 'hands-holder-320-nl')
    await shot(med.page, 'hands-turns-1280-nl')
    await b.page.click('[data-testid=lower-hand]')
    await titleIs(med.page, `(1) ${FAKE_PAGE.title}`)
    await med.page
      .locator('[data-testid=queue] li', { hasText: 'Party C' })
      .getByRole('button', { name: 'Hand laten zakken' })
      .click()
    await titleIs(med.page, FAKE_PAGE.title)
    assert.equal(await badge(med.page).count(), 0, 'no badge without hands')
    assert.equal(await badge(c.page).count(), 0)
    // Dutch, in u-form, for the next hand.
    await raise(b)
    await live(med.page).getByText('Party B steekt een hand op (1 wachtend)').waitFor()
    for (const p of [med, a, b, c]) {
      assert.deepEqual(p.errors, [], 'no page errors')
      assert.deepEqual(p.dialogs, [], 'no dialogs')
      await p.context.close()
    }
  })

  it('HANDS-3 the chime is off by default and starts no audio; turned on it sounds on each new hand and is remembered on this device', async () => {
    const s = await threeSides()
    const med = await open(s, 'mediator', { init: AUDIO_PROBE })
    const [a, b] = await Promise.all([open(s, 'A'), open(s, 'B')])
    if (!a || !b) throw new Error('two parties')
    await tab(med.page, 'turns')
    await med.page.setViewportSize({ width: 320, height: 900 })
    await shot(med.page, 'hands-chime-320-en')
    const toggle = med.page.locator('[data-testid=hand-chime]')
    assert.equal(await toggle.isChecked(), false, 'off by default')
    assert.equal(await a.page.locator('[data-testid=hand-chime]').count(), 0, 'a party has no chime')
    await raise(a)
    await live(med.page).getByText('Party A raises a hand (1 waiting)').waitFor()
    assert.deepEqual(await audio(med.page), { contexts: 0, tones: 0 }, 'off: no audio at all')
    await med.page.getByLabel('Soft sound when someone raises a hand (on this device)').check()
    await med.page.reload()
    await med.page.waitForFunction(() => window.sidebarReady === true)
    await med.page.locator('[data-testid=conn][data-state=synced]').waitFor()
    await tab(med.page, 'turns')
    assert.equal(await toggle.isChecked(), true, 'remembered after a reload')
    assert.deepEqual(await audio(med.page), { contexts: 0, tones: 0 }, 'the hand already up does not chime')
    await raise(b)
    await live(med.page).getByText('Party B raises a hand (2 waiting)').waitFor()
    const on = await audio(med.page)
    assert.equal(on.contexts, 1, 'one audio context, made for the chime')
    assert.ok(on.tones >= 1, `a tone was started (${on.tones})`)
    // Per device: another browser (a fresh context) starts off again.
    const other = await open(s, 'mediator')
    await tab(other.page, 'turns')
    assert.equal(await other.page.locator('[data-testid=hand-chime]').isChecked(), false)
    for (const p of [med, a, b, other]) {
      assert.deepEqual(p.errors, [], 'no page errors')
      await p.context.close()
    }
  })

  it('HANDS-4 TURN-7 in a closed session no party is offered a raise-hand, and is told why', async () => {
    const s = await createSessionWithParties(server, { title: 'Gesloten' })
    const med = await open(s, 'mediator')
    const parties = await Promise.all(['A', 'B'].map((k) => open(s, k, { lang: 'nl' })))
    await med.page.click('[data-testid=phase-to-opening]')
    for (const p of parties) {
      await tab(p.page, 'rules')
      await p.page.click('[data-testid=accept-rules]')
    }
    await tab(med.page, 'rules')
    await med.page.getByText('Everyone accepted the current version.').waitFor()
    for (const phase of ['joint', 'closing']) await med.page.click(`[data-testid=phase-to-${phase}]`)
    await med.page.click('[data-testid=ending-open]')
    await med.page.selectOption('[data-testid=ending-outcome]', 'no-agreement')
    await med.page.click('[data-testid=ending-confirm]')
    for (const p of parties) {
      await tab(p.page, 'turns')
      await p.page.getByText('De sessie is beëindigd: u kunt geen hand meer opsteken.').waitFor()
      assert.equal(await p.page.locator('[data-testid=raise-hand]').count(), 0)
    }
    for (const p of [med, ...parties]) {
      assert.deepEqual(p.errors, [], 'no page errors')
      await p.context.close()
    }
  })
})
