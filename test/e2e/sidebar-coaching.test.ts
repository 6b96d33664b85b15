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
    forbidden: /mediator|partij|\bkant(en)?\b|apart overleg|zijde/i,
  },
  en: {
    coach: 'Coach',
    client: 'Client',
    talk: 'Talk time: coach and client',
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
    it(`COACH-1 COACH-2 coach and client, no caucus, board or settlement; talk share coach against client (${lang})`, async () => {
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
        assert.deepEqual(tabs, ['tab-rules', 'tab-turns', 'tab-notes'], 'no caucus, board or agreement tab')
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
      await shot(client.page, `coaching-client-1280-${lang}`)
      for (const p of [coach, client]) await p.page.setViewportSize({ width: 320, height: 900 })
      await shot(coach.page, `coaching-coach-320-${lang}`)
      await shot(client.page, `coaching-client-320-${lang}`)
      await coach.context.close()
      await client.context.close()
    })
})
