import assert from 'node:assert/strict'
import { copyFile, mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { MEDIATION_WORDS } from '../support/coaching-words'
import { createSessionWithParties, setupMediator } from '../support/server'
import { useServer } from '../support/use-server'
import { buildConsolePages, newPage } from './console-support'
import { signThrough } from './sign-support'

/** What each language's pages must say on the client's way in (COACH-5). */
const WORDS = {
  nl: {
    locale: 'nl-NL',
    step3: '3. Onderteken de coachingsovereenkomst',
    hello: 'Welkom Kees Bakker — coaching “Loopbaan”',
    agreement: 'Coachingsovereenkomst',
    topic: 'Waar wilt u met de coaching aan werken?',
    yes: 'Ja',
    no: 'Nee',
    client: 'Cliënt: Kees Bakker. Coach: Carla de Wit',
  },
  en: {
    locale: 'en-GB',
    step3: '3. Sign the coaching agreement',
    hello: 'Hello Kees Bakker — coaching “Loopbaan”',
    agreement: 'Coaching agreement',
    topic: 'What would you like to work on in the coaching?',
    yes: 'Yes',
    no: 'No',
    client: 'Client: Kees Bakker. Coach: Carla de Wit',
  },
} as const

/** Every mediation word the page shows, with a little context (an empty list is what a coaching page needs). */
async function mediationWords(page: Page, lang: 'nl' | 'en'): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent ?? '')
  const re = new RegExp(`.{0,40}(${MEDIATION_WORDS[lang].source}).{0,40}`, 'gi')
  return [...text.matchAll(re)].map((m) => m[0])
}

/** The sidebar's text over every tab it offers. */
async function sidebarWords(page: Page, lang: 'nl' | 'en'): Promise<string[]> {
  const ids = await page.locator('[role=tab]').evaluateAll((els) => els.map((e) => e.id.replace('tab-', '')))
  const found: string[] = []
  for (const id of ids) {
    await page.click(`#tab-${id}`)
    await page.locator(`#panel-${id}`).waitFor()
    found.push(...(await mediationWords(page, lang)))
  }
  return found
}

async function shots(page: Page, name: string): Promise<void> {
  await mkdir('/tmp/shots/coaching', { recursive: true }).catch(() => undefined)
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    const path = `test-artifacts/coaching-${name}-${width}.png`
    await page.screenshot({ path, fullPage: true })
    await copyFile(path, `/tmp/shots/coaching/${name}-${width}.png`).catch(() => undefined)
  }
}

describe('coaching e2e: the client’s way in from the invite link speaks of coach and client', function () {
  this.timeout(180_000)
  let browser: Browser
  let coachToken: string | undefined
  const server = useServer(async () => ({ staticDir: await buildConsolePages() }))
  before(async () => {
    browser = await launchBrowser({ media: 'fake' })
    await mkdir('test-artifacts', { recursive: true })
  })
  after(async () => {
    await browser?.close()
  })

  for (const lang of ['nl', 'en'] as const)
    it(`COACH-5 invite page, practice, intake, coaching agreement and sidebar show no mediation word (${lang})`, async () => {
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
      const { context, page, errors } = await newPage(browser, { width: 1280, locale: w.locale })
      await page.goto(`${server.url}/join/${s.invites.client}`)
      await page.getByText(w.step3).waitFor()
      assert.deepEqual(await mediationWords(page, lang), [], 'invite page')
      await shots(page, `join-${lang}`)
      await page.getByTestId('open-practice').click()
      await page.getByText(w.hello).waitFor()
      assert.deepEqual(await mediationWords(page, lang), [], 'practice step')
      await page.getByTestId('step-intake').click()
      await page.getByText(w.topic).waitFor()
      assert.deepEqual(await mediationWords(page, lang), [], 'intake step')
      await shots(page, `intake-${lang}`)
      await page.getByTestId('intake-coachingTopic').locator('textarea').fill('Vaker nee zeggen')
      await page.getByTestId('intake-coachingSuccess').locator('textarea').fill('Meer rust')
      await page.getByTestId('intake-coachingPayer').locator('select').selectOption('self')
      await page.getByTestId('intake-mobile').locator('input').fill('06 12345678')
      await page.getByTestId('intake-videoComfort').locator('select').selectOption('some')
      await page.getByTestId('intake-privateRoom').getByLabel(w.yes).check()
      await page.getByTestId('intake-device').locator('select').selectOption('laptop')
      await page.getByTestId('intake-helpNeeded').getByLabel(w.no).check()
      await page.getByTestId('intake-language').locator('select').selectOption(lang)
      await page.getByTestId('intake-submit').click()
      await page.getByTestId('intake-saved').waitFor()
      await page.getByTestId('step-agreement').click()
      await page.getByTestId('atm-text').getByText(w.client, { exact: false }).waitFor()
      await page.getByRole('heading', { name: w.agreement }).first().waitFor()
      assert.deepEqual(await mediationWords(page, lang), [], 'agreement step')
      await page.getByTestId('rules-accept').click()
      await page.getByTestId('rules-accepted').waitFor()
      await signThrough(page, 'Kees Bakker')
      await page.getByTestId('signed-valid').waitFor()
      assert.deepEqual(await mediationWords(page, lang), [], 'signed agreement step')
      await shots(page, `agreement-${lang}`)
      await page.goto(`${server.url}/join/${s.invites.client}`)
      await page.getByText(w.step3).waitFor()
      await page.getByTestId('open-sidebar').click()
      await page.locator('[role=tab]').first().waitFor()
      assert.deepEqual(await sidebarWords(page, lang), [], 'sidebar, every tab')
      assert.deepEqual(errors, [])
      await context.close()
    })
})
