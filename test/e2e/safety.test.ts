import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PrepView } from '@mediation/core/prep'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { build, ENTRIES } from '../../scripts/build'
import { artifactPath, launchBrowser } from '../support/browser'
import { api, createSessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { FAKE_PAGE, openSidebar, type SidebarPage, shot } from './sidebar-support'

/** Screenshots of a sidebar at 320 and 1280 px in en and nl, waiting for `nl` text after switching. */
async function shots(p: SidebarPage, name: string, nl: string, en: string): Promise<void> {
  for (const width of [320, 1280]) {
    await p.page.setViewportSize({ width, height: 1100 })
    await shot(p.page, `${name}-${width}-en`)
  }
  await p.page.click('[data-testid=lang-nl]')
  await p.page.getByText(nl).first().waitFor()
  for (const width of [1280, 320]) {
    await p.page.setViewportSize({ width, height: 1100 })
    await shot(p.page, `${name}-${width}-nl`)
  }
  await p.page.click('[data-testid=lang-en]')
  await p.page.getByText(en).first().waitFor()
}

describe('safety screening e2e: a worrying intake answer flags the case and holds the joint session', function () {
  this.timeout(180_000)
  let browser: Browser
  const contexts: BrowserContext[] = []
  // The practice page (the party's intake) and the sidebar test page, built side by side.
  const server = useServer(async () => {
    const staticDir = await mkdtemp(join(tmpdir(), 'safety-dist-'))
    process.once('exit', () => void rm(staticDir, { recursive: true, force: true }))
    await build(
      [...ENTRIES.filter((e) => e.name === 'standalone' || e.name === 'practice'), FAKE_PAGE],
      staticDir,
    )
    return { staticDir }
  })
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    for (const c of contexts) await c.close()
    await browser?.close()
  })

  /** Party A's own intake on the practice page: the case questions, then a worrying screening answer. */
  async function intake(credential: string): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width: 800, height: 900 }, locale: 'en-GB' })
    contexts.push(ctx)
    const page = await ctx.newPage()
    await page.goto(`${server.url}/practice/#t=${encodeURIComponent(credential)}`)
    await page.getByTestId('step-intake').click()
    await page.getByTestId('intake-matterField').locator('select').selectOption('neighbours')
    await page.getByTestId('intake-matter').locator('textarea').fill('The shed on the boundary')
    await page.getByTestId('intake-proceedings').getByLabel('No').check()
    await page.getByTestId('intake-referral').getByLabel('No').check()
    await page.getByTestId('intake-forOrganisation').getByLabel('No').check()
    await page.getByTestId('intake-funding').locator('select').selectOption('self')
    await page.getByTestId('intake-mobile').locator('input').fill('06 12345678')
    await page.getByTestId('intake-videoComfort').locator('select').selectOption('new')
    await page.getByTestId('intake-privateRoom').getByLabel('Yes').check()
    await page.getByTestId('intake-device').locator('select').selectOption('laptop')
    await page.getByTestId('intake-helpNeeded').getByLabel('No').check()
    await page.getByTestId('intake-language').locator('select').selectOption('nl')
    await page.getByTestId('safety-intro').waitFor()
    await page.getByTestId('intake-safetyFear').getByLabel('Yes').check()
    await page.getByTestId('intake-safetySpeakFreely').getByLabel('No').check()
    await page.getByTestId('intake-safetyCodeWord').locator('input, textarea').fill('pineapple')
    await page.getByTestId('intake-submit').click()
    await page.getByTestId('intake-saved').waitFor()
    return page
  }

  it('SAFETY-6 SAFETY-4 SAFETY-2 the mediator’s sidebar shows the flag at session start and holds the joint start until confirmed; the other side sees nothing', async () => {
    const s = await createSessionWithParties(server, { title: 'Bakker / Visser' })
    const party = await intake(s.invites.A!)
    // SAFETY-2: on reload the page shows that the screening was answered, never what.
    await party.reload()
    await party.getByTestId('step-intake').click()
    await party.getByTestId('safety-answered-safetyFear').waitFor()
    assert.equal(await party.getByTestId('intake-safetyFear').getByLabel('Yes').isChecked(), false)
    assert.equal(await party.getByTestId('intake-safetyCodeWord').locator('input, textarea').inputValue(), '')
    await party.screenshot({ path: await artifactPath('safety-intake-answered-800-en.png'), fullPage: true })

    const med = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
      width: 1280,
    })
    const b = await openSidebar(browser, server.url, { credential: s.invites.B! })
    contexts.push(med.context, b.context)
    // At session start (phase intake), above every tab.
    const flag = med.page.getByTestId('safety-flag')
    await flag
      .filter({ hasText: 'Party A' })
      .filter({ hasText: 'Are you afraid of the other party?' })
      .waitFor()
    await med.page.getByTestId('safety-held').waitFor()
    await med.page.getByTestId('safety-code-word').filter({ hasText: 'pineapple' }).waitFor()
    await med.page.getByTestId('safety-referral').filter({ hasText: '0800-2000' }).waitFor()
    await shots(med, 'safety-flag-mediator', 'Zorg gemeld in de intake', 'Concern reported in the intake')

    // The other side: no panel, no flag, no word of it anywhere on the page.
    assert.equal(await b.page.getByTestId('safety-panel').count(), 0)
    assert.doesNotMatch(
      (await b.page.locator('body').textContent()) ?? '',
      /afraid|pineapple|safety screening/i,
    )

    // Into the opening, every rule accepted: only the safety hold stands between it and joint talks.
    await med.page.click('[data-testid=phase-to-opening]')
    await med.page.getByTestId('phase-current').filter({ hasText: 'Opening' }).waitFor()
    const rules = (await api<PrepView>(server, s.invites.A!, 'GET', `/api/sessions/${s.sessionId}/prep`)).body
      .rules!
    for (const key of ['A', 'B'])
      await api(server, s.invites[key]!, 'POST', `/api/sessions/${s.sessionId}/commands`, {
        type: 'acceptRules',
        version: rules.version,
        hash: rules.hash,
      })
    await med.page.click('[data-testid=phase-to-joint]')
    await med.page
      .getByTestId('error')
      .filter({ hasText: 'First confirm that you have assessed the safety screening.' })
      .waitFor()
    assert.equal(await med.page.getByTestId('phase-current').textContent(), 'Opening')
    await shots(
      med,
      'safety-held-mediator',
      'Het gezamenlijke gesprek wacht op uw bevestiging.',
      'Joint session held until you confirm.',
    )

    await med.page.click('[data-testid=safety-confirm]')
    await med.page.getByTestId('safety-assessed').waitFor()
    await med.page.click('[data-testid=phase-to-joint]')
    await med.page.getByTestId('phase-current').filter({ hasText: 'Joint session' }).waitFor()
    await b.page.getByTestId('phase-current').filter({ hasText: 'Joint session' }).waitFor()
    assert.deepEqual([...med.errors, ...b.errors], [])
  })

  it('SAFETY-5 SAFETY-6 shuttle mode tells the parties they meet apart and refuses the joint session; “end now” closes a party’s sidebar and reaches the mediator', async () => {
    const s = await createSessionWithParties(server, { title: 'Pendel / Shuttle' })
    const med = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
      width: 1280,
    })
    const a = await openSidebar(browser, server.url, { credential: s.invites.A! })
    const b = await openSidebar(browser, server.url, { credential: s.invites.B!, lang: 'nl', width: 1280 })
    contexts.push(med.context, a.context, b.context)
    await med.page.getByTestId('safety-panel').filter({ hasText: 'No concerns reported.' }).waitFor()
    await med.page.getByTestId('safety-options').locator('summary').click()
    await med.page.click('[data-testid=shuttle-toggle]')
    await a.page.getByTestId('shuttle-notice').waitFor()
    await shots(a, 'safety-shuttle-party', 'Aparte ruimtes', 'Separate rooms')
    await med.page.click('[data-testid=phase-to-opening]')
    await med.page.click('[data-testid=phase-to-joint]')
    await med.page.getByTestId('error').filter({ hasText: 'Shuttle mode is on: no joint session.' }).waitFor()
    assert.equal(await med.page.getByTestId('phase-current').textContent(), 'Opening')

    for (const [p, lang] of [
      [a, 'en'],
      [b, 'nl'],
    ] as const) {
      await p.page.click('[data-testid=end-now]')
      await p.page.getByTestId('ended').waitFor()
      assert.equal(await p.page.getByTestId('sidebar').count(), 0, 'nothing of the session stays on screen')
      for (const width of [320, 1280]) {
        await p.page.setViewportSize({ width, height: 700 })
        await shot(p.page, `safety-ended-party-${width}-${lang}`)
      }
    }
    assert.match((await b.page.getByTestId('ended').textContent()) ?? '', /U bent gestopt/)
    // Shown at the mediator's next poll (every 15 s).
    await med.page
      .getByTestId('safety-exit')
      .filter({ hasText: 'Party A pressed “End now”' })
      .waitFor({ timeout: 20_000 })
    await med.page.getByTestId('safety-exit').filter({ hasText: 'Party B pressed' }).waitFor()
    await shots(med, 'safety-exit-mediator', '‘Nu stoppen’', '“End now”')
  })

  it('SAFETY-6 SAFETY-8 “end now” hangs up the party’s own call; its code word typed in its own notes does the same; the mediator reads which', async () => {
    const s = await createSessionWithParties(server, { title: 'Codewoord / Code word' })
    // A sets its code word privately in its own intake (the practice page): "pineapple".
    const party = await intake(s.invites.A!)
    const word = party.getByTestId('intake-safetyCodeWord')
    await party.getByTestId('purpose-safetyCodeWord').getByText('Do not type it in the joint notes').waitFor()
    for (const [lang, width] of [
      ['en', 320],
      ['en', 1280],
      ['nl', 1280],
      ['nl', 320],
    ] as const) {
      if (lang === 'nl' && width === 1280) {
        await party.getByTestId('lang-toggle').click()
        await party
          .getByTestId('purpose-safetyCodeWord')
          .getByText('Typ het niet in de gezamenlijke notities')
          .waitFor()
      }
      await party.setViewportSize({ width, height: 900 })
      await word.scrollIntoViewIfNeeded()
      await party.screenshot({ path: await artifactPath(`safety-codeword-intake-${width}-${lang}.png`) })
    }
    const med = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
      width: 1280,
    })
    const a = await openSidebar(browser, server.url, { credential: s.invites.A!, lang: 'nl' })
    const b = await openSidebar(browser, server.url, { credential: s.invites.B!, params: { leave: 'no' } })
    contexts.push(med.context, a.context, b.context)

    // Typing something else changes nothing; the word (any case, with punctuation) in its own notes ends the call.
    await a.page.click('#tab-notes')
    const own = a.page.locator(`[data-testid="note-side:${s.sides.A}"] textarea`)
    await own.fill('Even iets anders')
    await own.press('Enter')
    await own.fill('Even iets anders: PineApple!')
    await own.press('Enter')
    await a.page.locator('[data-testid=ended-call][data-hung-up=true]').waitFor()
    assert.equal(await a.page.getByTestId('sidebar').count(), 0, 'nothing of the session stays on screen')
    assert.match(
      (await a.page.getByTestId('ended').textContent()) ?? '',
      /Het videogesprek is voor u beëindigd/,
    )
    const aCalls = await a.page.evaluate(() => window.fakeHost.calls.map((c) => c.method))
    assert.deepEqual(
      aCalls.filter((c) => c === 'leave'),
      ['leave'],
      'the platform was asked to hang up, once',
    )
    // B's platform cannot hang up: the page says so and asks B to close the call.
    await b.page.click('[data-testid=end-now]')
    await b.page.locator('[data-testid=ended-call][data-hung-up=false]').waitFor()
    assert.match((await b.page.getByTestId('ended').textContent()) ?? '', /Close the video call too/)
    assert.ok((await b.page.evaluate(() => window.fakeHost.calls.map((c) => c.method))).includes('leave'))
    for (const [p, lang] of [
      [a, 'nl'],
      [b, 'en'],
    ] as const) {
      for (const width of [320, 1280]) {
        await p.page.setViewportSize({ width, height: 700 })
        await shot(p.page, `safety-hungup-party-${width}-${lang}`)
      }
    }
    // The mediator alone learns it, and how (at its next poll, every 15 s).
    await med.page
      .getByTestId('safety-exit')
      .filter({ hasText: 'Party A typed their code word' })
      .waitFor({ timeout: 20_000 })
    await med.page.getByTestId('safety-exit').filter({ hasText: 'Party B pressed “End now”' }).waitFor()
    await shots(med, 'safety-exit-word-mediator', 'typte om', 'typed their code word')
    assert.deepEqual([...med.errors, ...a.errors, ...b.errors], [])
  })

  it('SAFETY-9 the mediator staggers the start in the safety panel: B’s link opens 15 minutes after the meeting starts, as the server keeps it', async () => {
    const s = await createSessionWithParties(server, { title: 'Gespreid / Staggered' })
    const med = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
      width: 1280,
    })
    contexts.push(med.context)
    await med.page.getByTestId('safety-options').locator('summary').click()
    const b = s.participants.B!.id
    await med.page.getByTestId(`stagger-${b}`).fill('15')
    await med.page.click('[data-testid=stagger-save]')
    await med.page.getByTestId('stagger-saved').waitFor()
    const kept = await api<{ delays: Record<string, number> }>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/prep/safety/stagger`,
    )
    assert.deepEqual(kept.body.delays, { [b]: 15 })
    await med.page.getByTestId('stagger').scrollIntoViewIfNeeded()
    await shots(med, 'safety-stagger-mediator', 'minuten na de start', 'minutes after the start')
    // Opened again, the panel shows what the server keeps.
    await med.page.reload()
    await med.page.getByTestId('safety-options').locator('summary').click()
    assert.equal(await med.page.getByTestId(`stagger-${b}`).inputValue(), '15')
    assert.deepEqual(med.errors, [])
  })
})
