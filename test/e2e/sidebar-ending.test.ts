import assert from 'node:assert/strict'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { readPdf } from '../server/record-pdf-text'
import { launchBrowser } from '../support/browser'
import { createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shot } from './sidebar-support'

/** Also copied to /tmp/shots/ending for review. */
async function look(page: SidebarPage['page'], name: string): Promise<void> {
  const path = await shot(page, name)
  await mkdir('/tmp/shots/ending', { recursive: true })
  await copyFile(path, `/tmp/shots/ending/${name}.png`)
}

describe('sidebar e2e: the mediator ends the session with an outcome; a party sees it ended and downloads the statement', function () {
  this.timeout(120_000)
  let browser: Browser
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })

  for (const lang of ['nl', 'en'] as const) {
    it(`PHASE-5 PHASE-9 ${lang}: ending from intake in the sidebar; the party sees it at once and downloads the ending statement; PHASE-7 reopening`, async () => {
      const s: SessionWithParties = await createSessionWithParties(server, {
        title: lang === 'nl' ? 'Bakker / De Vries' : 'Baker / Vries',
        language: lang,
      })
      const [med, a] = await Promise.all([
        openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, lang }),
        openSidebar(browser, server.url, { credential: s.invites.A!, lang }),
      ])
      const words =
        lang === 'nl'
          ? {
              phase: 'Beëindigd',
              banner: /Deze sessie is beëindigd op .*Uitkomst: Niet geschikt \/ niet gestart\./,
              pdf: 'De mediation is niet gestart: de zaak is niet geschikt bevonden, of is niet begonnen.',
              aftercare: /Nazorg: deze sessie is heropend/,
            }
          : {
              phase: 'Ended',
              banner: /This session ended on .*Outcome: Not suitable \/ not started\./,
              pdf: 'The mediation did not start: the matter was found not suitable, or it was not started.',
              aftercare: /Aftercare: this session was reopened/,
            }
      assert.equal(await a.page.getByTestId('ending-open').count(), 0, 'a party is offered no ending')
      await med.page.getByTestId('ending-open').click()
      assert.ok(await med.page.getByTestId('ending-confirm').isDisabled(), 'no ending without an outcome')
      await med.page.selectOption('[data-testid=ending-outcome]', 'not-suitable')
      await med.page.getByTestId('ending-note').fill('Verwezen naar het wijkteam.')
      await look(med.page, `form-${lang}-320`)
      await med.page.getByTestId('ending-confirm').click()
      for (const p of [med, a]) {
        await p.page.locator('[data-testid=phase-current]', { hasText: words.phase }).waitFor()
        await p.page.locator('[data-testid=ending-banner]', { hasText: words.banner }).waitFor()
        await p.page
          .locator('[data-testid=ending-banner]', { hasText: 'Verwezen naar het wijkteam.' })
          .waitFor()
      }
      assert.equal(await a.page.getByTestId('ending-reopen').count(), 0, 'a party cannot reopen')
      await look(a.page, `party-${lang}-320`)
      const [file] = await Promise.all([
        a.page.waitForEvent('download'),
        a.page.getByTestId('ending-download').click(),
      ])
      assert.match(file.suggestedFilename(), /ending\.pdf$/)
      const pdf = await readPdf(await readFile(await file.path()))
      assert.ok(pdf.flat.includes(words.pdf), pdf.flat)
      assert.ok(pdf.flat.includes('Party A'), pdf.flat)
      await a.page.setViewportSize({ width: 1280, height: 800 })
      await look(a.page, `party-${lang}-1280`)
      await med.page.setViewportSize({ width: 1280, height: 800 })
      await look(med.page, `mediator-${lang}-1280`)
      await med.page.getByTestId('ending-reopen').click()
      for (const p of [med, a])
        await p.page.locator('[data-testid=ending-banner]', { hasText: words.aftercare }).waitFor()
      // In aftercare the mediator can end again.
      await med.page.getByTestId('ending-open').waitFor()
      for (const p of [med, a]) {
        assert.deepEqual(p.errors, [], 'no page errors')
        await p.context.close()
      }
    })
  }
})
