import assert from 'node:assert/strict'
import { copyFile, mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { MEDIATION_WORDS } from '../support/coaching-words'
import { setupMediator } from '../support/server'
import { useServer } from '../support/use-server'
import { buildConsolePages, newPage } from './console-support'

/** The console's and the invite page's words per language (COACH-6/7). */
const W = {
  nl: {
    locale: 'nl-NL',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    login: 'Inloggen',
    inviteName: 'Naam van de deelnemer',
    between: 'Tussen de gesprekken',
    due: 'uiterlijk 10 januari 2027',
    overdue: 'over de datum',
    done: 'Gedaan: Een dagboek bijhouden',
    now1: 'nu: gesprek 1',
    now2: 'nu: gesprek 2',
    consoleNow2: 'Nu: gesprek 2',
    begun: 'Gesprek 2 is begonnen.',
    doneIn: 'gedaan in gesprek 1',
    saved: 'Opgeslagen: 6 van 10',
    open: '1 openstaand actiepunt gaat mee.',
  },
  en: {
    locale: 'en-GB',
    email: 'E-mail address',
    password: 'Password',
    login: 'Log in',
    inviteName: 'Name of the participant',
    between: 'Between sessions',
    due: 'due 10 January 2027',
    overdue: 'overdue',
    done: 'Done: Keep a diary',
    now1: 'now: session 1',
    now2: 'now: session 2',
    consoleNow2: 'Now: session 2',
    begun: 'Session 2 has begun.',
    doneIn: 'done in session 1',
    saved: 'Saved: 6 of 10',
    open: '1 open action point carries over.',
  },
} as const
const PLAN = {
  nl: {
    goal: 'Vaker nee zeggen',
    late: 'Een dagboek bijhouden',
    later: 'Een gesprek voorbereiden',
    tip: 'Adem eerst uit',
  },
  en: {
    goal: 'Say no more often',
    late: 'Keep a diary',
    later: 'Prepare a conversation',
    tip: 'Breathe out first',
  },
} as const

async function mediationWords(page: Page, lang: 'nl' | 'en'): Promise<string[]> {
  const text = (await page.locator('body').textContent()) ?? ''
  const re = new RegExp(`.{0,40}(${MEDIATION_WORDS[lang].source}).{0,40}`, 'gi')
  return [...text.matchAll(re)].map((m) => m[0])
}

async function shots(page: Page, name: string, height = 900): Promise<void> {
  await mkdir('/tmp/shots/coaching', { recursive: true })
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height })
    const path = `test-artifacts/coaching-${name}-${width}.png`
    await page.screenshot({ path, fullPage: true })
    await copyFile(path, `/tmp/shots/coaching/${name}-${width}.png`)
  }
}

describe('coaching e2e: a trajectory from the console, the plan on the invite page between sessions', function () {
  this.timeout(180_000)
  let browser: Browser
  const server = useServer(async () => ({ staticDir: await buildConsolePages() }))
  before(async () => {
    browser = await launchBrowser()
    await mkdir('test-artifacts', { recursive: true })
  })
  after(async () => {
    await browser?.close()
  })

  for (const lang of ['nl', 'en'] as const)
    it(`COACH-1 COACH-6 COACH-7 the coach begins session 2 from a console that speaks of coach and client; the client scores goals and ticks action points on the invite page (${lang})`, async () => {
      const w = W[lang]
      const plan = PLAN[lang]
      await setupMediator(server, { name: 'Carla de Wit', email: 'coach@example.org' })
      const desk = await newPage(browser, { width: 1280, locale: w.locale })
      const p = desk.page
      await p.goto(`${server.url}/console/`)
      await p.getByLabel(w.email).fill('coach@example.org')
      await p.getByLabel(w.password, { exact: true }).fill('correct horse battery')
      await p.getByRole('button', { name: w.login }).click()
      await p.getByTestId('new-title').fill(`Loopbaan ${lang}`)
      await p.getByTestId('new-kind').selectOption('coaching')
      await p.getByTestId('new-language').selectOption(lang)
      await p.getByTestId('new-submit').click()
      await p.getByTestId('session-page').waitFor()
      await p.getByTestId('trajectory').waitFor()
      await p.getByLabel(w.inviteName).fill('Kees Bakker')
      await p.getByTestId('invite-submit').click()
      const link = await p.getByTestId('invite-url').inputValue()
      // The coach writes the plan in the sidebar, opened from the console.
      const [side] = await Promise.all([
        desk.context.waitForEvent('page'),
        p.getByTestId('open-sidebar').click(),
      ])
      await side.locator('#tab-coaching').click()
      await side.getByTestId('plan-text-goal').fill(plan.goal)
      await side.getByTestId('plan-submit-goal').click()
      for (const [text, due] of [
        [plan.late, '2026-01-05'],
        [plan.later, '2027-01-10'],
      ] as const) {
        await side.getByTestId('plan-text-action').fill(text)
        await side.getByTestId('plan-due').fill(due)
        await side.getByTestId('plan-submit-action').click()
        await side.getByTestId('plan-action').getByText(text).waitFor()
      }
      await side.getByTestId('plan-text-tip').fill(plan.tip)
      await side.getByTestId('plan-submit-tip').click()
      await side.getByTestId('plan-tip').getByText(plan.tip).waitFor()
      // The client, between sessions, on the invite page.
      const client = await newPage(browser, { width: 1280, locale: w.locale })
      const c = client.page
      await c.goto(link)
      await c.getByRole('heading', { name: w.between }).waitFor()
      const plans = c.getByTestId('between-sessions')
      await plans.getByText(plan.goal, { exact: true }).waitFor()
      await plans.getByText(plan.tip).waitFor()
      await plans.getByText(w.now1).waitFor()
      const late = c.getByTestId('between-action').filter({ hasText: plan.late })
      await late.getByTestId('overdue').waitFor()
      const later = c.getByTestId('between-action').filter({ hasText: plan.later })
      await later.getByText(w.due).waitFor()
      assert.equal(await later.getByTestId('overdue').count(), 0, 'a future date is not overdue')
      await c.getByTestId('score-input').fill('3')
      await c.getByTestId('score-save').click()
      await c.getByTestId('between-progress').getByTestId('progress-score').first().getByText('3').waitFor()
      await c.getByLabel(w.done).check()
      await late.getByText(w.doneIn).waitFor()
      assert.equal(await late.getByTestId('overdue').count(), 0, 'a done point is not overdue')
      // The coach begins the next session: the plan carries over.
      await p.reload()
      await p.getByTestId('trajectory-goal').getByTestId('progress-score').first().getByText('3').waitFor()
      assert.equal(await p.getByTestId('trajectory-open').textContent(), w.open)
      await p.getByTestId('trajectory-next').click()
      await p.getByText(w.begun).waitFor()
      await p.getByTestId('trajectory-now').getByText(w.consoleNow2).waitFor()
      await c.reload()
      await c.getByTestId('plan-now').getByText(w.now2).waitFor()
      await late.getByText(w.doneIn).waitFor()
      await c.getByTestId('score-input').fill('6')
      await c.getByTestId('score-save').click()
      await c.getByText(w.saved).waitFor()
      const scores = await c.getByTestId('between-progress').getByTestId('progress-score').allTextContents()
      assert.deepEqual(scores, ['3', '6'], 'progress across the two sessions')
      await c.getByTestId('score-input').fill('12')
      await c.getByTestId('score-save').click()
      // The browser's own range check holds the form; nothing reaches the server and 6 stays.
      await c.getByText(w.saved).waitFor()
      assert.deepEqual(await mediationWords(c, lang), [], 'the invite page speaks of coach and client')
      await shots(c, `between-${lang}`)
      await p.reload()
      await p.getByTestId('trajectory-goal').getByTestId('progress-score').nth(1).getByText('6').waitFor()
      // The Zoom app's own name ("Apps → Mediation") is what the coach clicks in Zoom: the one mediation word left.
      const consoleWords = (await mediationWords(p, lang)).filter((x) => !/Apps → Mediation/.test(x))
      assert.deepEqual(consoleWords, [], "the console's coaching page speaks of coach and client")
      await p.getByTestId('trajectory').scrollIntoViewIfNeeded()
      await shots(p, `console-trajectory-${lang}`)
      assert.deepEqual([...desk.errors, ...client.errors], [])
      await client.context.close()
      await desk.context.close()
    })
})
