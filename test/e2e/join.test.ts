import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { artifactPath, launchBrowser } from '../support/browser'
import { CASE_ANSWERS } from '../support/intake'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests } from './sidebar-support'

describe('invite landing page e2e: the steps in order, in the reader’s language, at 320 px', function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  const open = async (locale: 'nl-NL' | 'en-GB', width: number) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale })
    const page = await context.newPage()
    await page.goto(`${server.url}/join/${s.invites.A}`)
    await page.locator('[data-testid=join-steps]').waitFor()
    return { context, page }
  }
  const steps = (page: Page) => page.locator('[data-testid=join-steps] > li strong').allTextContents()

  before(async () => {
    browser = await launchBrowser()
    // An English session: the page still follows the reader's browser first.
    s = await createSessionWithParties(server, { title: 'Buren', language: 'en' })
  })
  after(async () => {
    await browser?.close()
  })

  it('a Dutch browser gets the four steps in Dutch, with what is still to do; buttons do not touch at 320 px', async () => {
    const { context, page } = await open('nl-NL', 320)
    assert.deepEqual(await steps(page), [
      '1. Oefen met uw camera, microfoon en het wisselen van ruimte',
      '2. Vul de intake in',
      '3. Onderteken de mediationovereenkomst',
      '4. Doe mee aan het gesprek',
    ])
    await page.locator('[data-testid=step-state]', { hasText: 'nog te doen' }).first().waitFor()
    assert.equal(await page.locator('[data-testid=step-state]').count(), 3)
    const boxes = await page
      .locator('[data-testid=join-steps] .btn')
      .evaluateAll((els) =>
        els
          .map((e) => e.getBoundingClientRect())
          .map((r) => ({ top: r.top, bottom: r.bottom, right: r.right })),
      )
    for (let i = 1; i < boxes.length; i++)
      assert.ok((boxes[i]?.top ?? 0) - (boxes[i - 1]?.bottom ?? 0) >= 8, `button ${i} keeps its distance`)
    assert.ok(
      boxes.every((b) => b.right <= 320),
      'nothing runs off the phone screen',
    )
    await page.screenshot({ path: await artifactPath('join-nl-320.png'), fullPage: true })
    await context.close()
  })

  it('the language switch turns the page English and is remembered on this device; a done step says so', async () => {
    const intake = await api(server, s.invites.A!, 'PUT', `/api/sessions/${s.sessionId}/prep/intake`, {
      answers: {
        ...CASE_ANSWERS,
        videoComfort: 'some',
        privateRoom: 'yes',
        device: 'laptop',
        helpNeeded: 'no',
        language: 'nl',
      },
    })
    assert.equal(intake.status, 200, JSON.stringify(intake.body))
    const { context, page } = await open('nl-NL', 1280)
    await page.getByTestId('join-lang').click()
    await page.getByText('4. Join the conversation').waitFor()
    await page.reload()
    await page.goto(`${server.url}/join/${s.invites.A}`)
    await page.getByText('2. Fill in the intake').waitFor()
    const intakeStep = page.locator('[data-testid=join-steps] > li', { hasText: '2. Fill in the intake' })
    await intakeStep.locator('[data-testid=step-state]', { hasText: 'done' }).waitFor()
    await page.screenshot({ path: await artifactPath('join-en-1280.png'), fullPage: true })
    await context.close()
  })
})
