import assert from 'node:assert/strict'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

/** Plays speaking intervals (seconds, back to back, ending now) into the mediator's fake platform. */
async function playTalk(med: SidebarPage, talk: [name: string, seconds: number][]): Promise<void> {
  await med.page.evaluate((talk) => {
    const host = window.fakeHost
    host.emit({
      type: 'participants',
      participants: talk.map(([name]) => ({ hostId: name, name, moderator: false, room: { kind: 'main' } })),
    })
    let at = Date.now() - talk.reduce((sum, [, s]) => sum + s, 0) * 1000
    for (const [name, seconds] of talk) {
      if (seconds === 0) continue
      host.emit({ type: 'speaking', hostId: name, speaking: true, at })
      at += seconds * 1000
      host.emit({ type: 'speaking', hostId: name, speaking: false, at })
    }
  }, talk)
}

describe('sidebar e2e: talk balance with four sides, one with an adviser', function () {
  this.timeout(120_000)
  let browser: Browser
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  // A fresh session per test: talk time adds up over a session.
  const fourSides = (): Promise<SessionWithParties> =>
    createSessionWithParties(server, {
      title: 'Vier buren',
      sides: ['A', 'B', 'C', 'D'],
      extra: [{ key: 'advA', role: 'adviser', side: 'A', name: 'Adviser A' }],
    })
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })

  for (const lang of ['en', 'nl'] as const)
    it(`TALK-3 SESSION-5 at 35/35/25/5 % only D is under its fair 25 %; a side's time shows per person (${lang})`, async () => {
      const s = await fourSides()
      const med = await openSidebar(browser, server.url, {
        credential: s.mediatorToken,
        sessionId: s.sessionId,
        width: 1280,
        lang,
      })
      await tab(med.page, 'turns')
      // A's 35 % is its party's 20 % and its adviser's 15 %: shown per person under A.
      await playTalk(med, [
        ['Party A', 40],
        ['Adviser A', 30],
        ['Party B', 70],
        ['Party C', 50],
        ['Party D', 10],
      ])
      const hint =
        lang === 'en'
          ? 'Talk time is unbalanced: consider giving D more room.'
          : 'De spreektijd is uit balans: geef D eventueel meer ruimte.'
      await med.page.getByText(hint).waitFor()
      await med.page.getByText('A: 1:10 (35%)').waitFor()
      // SESSION-5: the sides in the order the mediator created them, whatever their ids.
      const bars = await med.page.locator('#panel-turns .sharebar-text').allTextContents()
      assert.deepEqual(
        bars.map((b) => b.split(':')[0]),
        ['A', 'B', 'C', 'D'],
      )
      await med.page.locator(`[data-testid=talk-${s.sides.A}]`).getByText('Adviser A: 0:30').waitFor()
      await shot(med.page, `talk-4-sides-1280-${lang}`)
      await med.page.setViewportSize({ width: 320, height: 900 })
      await shot(med.page, `talk-4-sides-320-${lang}`)
      await med.context.close()
    })

  it('TALK-3 every under-heard side is named, joined as a sentence', async () => {
    const s = await fourSides()
    const med = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
      width: 1280,
      lang: 'nl',
    })
    await tab(med.page, 'turns')
    // A silent, C and D at 3 % each: all three are under 0.7 of the fair 25 %.
    await playTalk(med, [
      ['Party A', 0],
      ['Party B', 300],
      ['Party C', 10],
      ['Party D', 10],
    ])
    await med.page.getByText(/geef [ACD], [ACD] en [ACD] eventueel meer ruimte/).waitFor()
    await med.context.close()
  })
})
