import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { createSessionWithParties, setupMediator } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

/** What each language must say, and the mediation words a coaching session must never show. */
const WORDS = {
  nl: {
    coach: 'Coach',
    client: 'Cliënt',
    talk: 'Spreektijd: coach en cliënt',
    goal: 'Vaker nee zeggen',
    action: 'Een dagboek bijhouden',
    due: 'uiterlijk 10 december 2026',
    done: 'Gedaan: Een dagboek bijhouden',
    forbidden: /mediator|partij|\bkant(en)?\b|apart overleg|zijde/i,
  },
  en: {
    coach: 'Coach',
    client: 'Client',
    talk: 'Talk time: coach and client',
    goal: 'Say no more often',
    action: 'Keep a diary',
    due: 'due 10 December 2026',
    done: 'Done: Keep a diary',
    forbidden: /mediator|\bpart(y|ies)\b|\bsides?\b|caucus/i,
  },
} as const

/** The text of every tab the page offers (screen-reader text included), each opened in turn. */
async function allText(page: Page): Promise<string> {
  const ids = await page.locator('[role=tab]').evaluateAll((els) => els.map((e) => e.id.replace('tab-', '')))
  const texts: string[] = []
  for (const id of ids) {
    await tab(page, id)
    texts.push((await page.locator('[data-testid=sidebar]').textContent()) ?? '')
  }
  return texts.join('\n')
}

describe('sidebar e2e: a coaching session (coach and client)', function () {
  this.timeout(120_000)
  let browser: Browser
  // The coach's account, made by the first test (a server has one setup).
  let coachToken: string | undefined
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })

  for (const lang of ['nl', 'en'] as const)
    it(`COACH-1 COACH-2 COACH-3 COACH-4 coach and client, no caucus, board or settlement; talk share; the plan the client ticks (${lang})`, async () => {
      const w = WORDS[lang]
      coachToken ??= (await setupMediator(server, { name: 'Carla de Wit', email: 'coach@example.org' })).token
      const s = await createSessionWithParties(server, {
        kind: 'coaching',
        language: lang,
        title: 'Loopbaan',
        sides: [],
        extra: [{ key: 'client', role: 'party', side: 'Kees', name: 'Kees Bakker' }],
        mediatorToken: coachToken,
      })
      const open = (credential: string): Promise<SidebarPage> =>
        openSidebar(browser, server.url, { credential, sessionId: s.sessionId, width: 1280, lang })
      const coach = await open(s.mediatorToken)
      const client = await open(s.invites.client!)
      await client.page.click('[data-testid=accept-rules]')
      await coach.page.click('[data-testid=phase-to-opening]')
      await coach.page.click('[data-testid=phase-to-joint]')
      await coach.page.locator('[data-testid=phase-to-closing]').waitFor()
      assert.equal(await coach.page.locator('[data-testid=phase-to-caucus]').count(), 0, 'no caucus phase')
      await coach.page.locator('[data-testid=role]').getByText(w.coach).waitFor()
      await client.page.locator('[data-testid=role]').getByText(w.client).waitFor()
      for (const p of [coach, client]) {
        const tabs = await p.page.locator('[role=tab]').evaluateAll((els) => els.map((e) => e.id))
        assert.deepEqual(
          tabs,
          ['tab-rules', 'tab-turns', 'tab-coaching', 'tab-notes'],
          'no caucus, board or agreement tab',
        )
        assert.equal(await p.page.locator('[data-testid^=strip-caucus-]').count(), 0, 'no caucus button')
      }
      // COACH-2: the coach's minute against the client's three.
      await tab(coach.page, 'turns')
      await coach.page.evaluate(() => {
        const host = window.fakeHost
        const people = ['Carla de Wit', 'Kees Bakker']
        host.emit({
          type: 'participants',
          participants: people.map((name) => ({
            hostId: name,
            name,
            moderator: false,
            room: { kind: 'main' },
          })),
        })
        const at = Date.now() - 240_000
        host.emit({ type: 'speaking', hostId: 'Carla de Wit', speaking: true, at })
        host.emit({ type: 'speaking', hostId: 'Carla de Wit', speaking: false, at: at + 60_000 })
        host.emit({ type: 'speaking', hostId: 'Kees Bakker', speaking: true, at: at + 60_000 })
        host.emit({ type: 'speaking', hostId: 'Kees Bakker', speaking: false, at: at + 240_000 })
      })
      await coach.page.getByText(w.talk).waitFor()
      await coach.page.locator('[data-testid=talk-coach]').getByText(`${w.coach}: 1:00 (25%)`).waitFor()
      await coach.page.locator('[data-testid=talk-client]').getByText(`${w.client}: 3:00 (75%)`).waitFor()
      // COACH-3/4: the coach writes a goal and an action point with a due date; the client ticks the action point.
      await tab(coach.page, 'coaching')
      await coach.page.getByTestId('plan-text-goal').fill(w.goal)
      await coach.page.getByTestId('plan-submit-goal').click()
      await coach.page.getByTestId('plan-text-action').fill(w.action)
      await coach.page.getByTestId('plan-due').fill('2026-12-10')
      await coach.page.getByTestId('plan-submit-action').click()
      await tab(client.page, 'coaching')
      await client.page.getByTestId('plan-goal').getByText(w.goal).waitFor()
      await client.page.getByTestId('plan-action').getByText(w.due).waitFor()
      assert.equal(await client.page.getByTestId('plan-text-goal').count(), 0, 'the client writes no goals')
      await client.page.getByLabel(w.done).check()
      await coach.page.getByLabel(w.done).and(coach.page.locator(':checked')).waitFor()
      for (const p of [coach, client]) {
        const text = await allText(p.page)
        const found = [...text.matchAll(new RegExp(`.{0,40}(${w.forbidden.source}).{0,40}`, 'gi'))].map(
          (x) => x[0],
        )
        assert.deepEqual(found, [], 'no mediation words in what the page shows')
        assert.deepEqual(p.errors, [])
      }
      await tab(coach.page, 'turns')
      await shot(coach.page, `coaching-coach-1280-${lang}`)
      await tab(coach.page, 'coaching')
      await tab(client.page, 'coaching')
      await shot(coach.page, `coaching-plan-coach-1280-${lang}`)
      await shot(client.page, `coaching-plan-client-1280-${lang}`)
      for (const p of [coach, client]) await p.page.setViewportSize({ width: 320, height: 900 })
      await shot(coach.page, `coaching-plan-coach-320-${lang}`)
      await shot(client.page, `coaching-plan-client-320-${lang}`)
      await tab(coach.page, 'turns')
      await shot(coach.page, `coaching-coach-320-${lang}`)
      await coach.context.close()
      await client.context.close()
    })
})
