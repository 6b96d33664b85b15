import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IntakeOverview, ReadinessResponse } from '@mediation/core/prep'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { build, ENTRIES } from '../../scripts/build'
import { artifactPath, launchBrowser } from '../support/browser'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { signThrough } from './sign-support'

/** The text of an element (textContent: hidden text counts too, which is stricter for "must not show"). */
const text = async (l: Locator): Promise<string> => (await l.textContent()) ?? ''

describe('practice page e2e (Chromium, fake camera and microphone)', function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  let staticDir = ''
  const contexts: BrowserContext[] = []
  const errors: string[] = []

  const server = useServer(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'practice-dist-'))
    await build(
      ENTRIES.filter((e) => e.name === 'practice'),
      staticDir,
    )
    return { staticDir }
  })
  before(async () => {
    browser = await launchBrowser({ media: 'fake' })
    s = await createSessionWithParties(server, {
      title: 'Buren Jansen / De Wit',
      extra: [{ key: 'sec', role: 'secretariat', name: 'Sam Secretary' }],
    })
  })
  after(async () => {
    for (const c of contexts) await c.close()
    await browser?.close()
    if (staticDir) await rm(staticDir, { recursive: true, force: true })
  })
  afterEach(() => assert.deepEqual(errors.splice(0), [], 'no uncaught page errors'))

  async function open(credential: string, width: number, extra = ''): Promise<Page> {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' })
    contexts.push(ctx)
    const page = await ctx.newPage()
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${server.url}/practice/#t=${encodeURIComponent(credential)}${extra}`)
    return page
  }
  const rowOf = async (key: string) => {
    const r = await api<ReadinessResponse>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/prep/readiness`,
    )
    return r.body.participants.find((p) => p.participantId === s.participants[key]!.id)!
  }

  it('PREP-6 runs the device and network check: live camera, microphone level > 0, network, saved as a summary', async () => {
    const page = await open(s.invites.A!, 1280)
    assert.equal(new URL(page.url()).hash, '', 'the invite token left the address bar')
    await page.getByTestId('practice-start').click()
    await page.locator('[data-testid="check-camera"][data-status="pass"]').waitFor({ timeout: 20_000 })
    await page.locator('[data-testid="check-mic"][data-status="pass"]').waitFor({ timeout: 20_000 })
    const peak = Number(await page.getByTestId('mic-level').getAttribute('data-peak'))
    assert.ok(peak > 0, `live microphone level from the fake device's beep (peak ${peak})`)
    // Loopback is fast, but a loaded test machine can add jitter: "good" or "fair" both mean it measured.
    await page
      .locator('[data-testid="check-network"]:not([data-status="pending"])')
      .waitFor({ timeout: 20_000 })
    const netStatus = await page.getByTestId('check-network').getAttribute('data-status')
    assert.ok(
      netStatus === 'pass' || netStatus === 'warn',
      `${netStatus}: ${await text(page.getByTestId('check-network'))}`,
    )
    assert.match(
      await text(page.getByTestId('check-network')),
      /Response time [\d.]+ ms, varying by [\d.]+ ms/,
    )
    assert.match(await text(page.getByTestId('check-camera')), /We see your camera image \(\d+×\d+\)/)
    const cameras = await page.getByTestId('pick-camera').locator('option').allTextContents()
    assert.ok(
      cameras.length >= 2,
      `the camera picker lists the fake camera after permission: ${cameras.join(', ')}`,
    )
    assert.ok(
      (await page.getByTestId('pick-mic').locator('option').count()) >= 2,
      'the microphone picker lists devices',
    )
    await page.getByTestId('speaker-play').click()
    await page.getByTestId('speaker-yes').click()
    for (const item of ['privateRoom', 'alone', 'headphones', 'light', 'charger']) {
      await page.getByTestId(`checklist-${item}`).check()
    }
    const overall = netStatus === 'pass' ? 'pass' : 'warn'
    await page.locator(`[data-testid="practice-overall"][data-status="${overall}"]`).waitFor()
    await page.getByTestId('practice-save').click()
    await page.getByTestId('practice-saved').waitFor()
    const row = await rowOf('A')
    assert.equal(row.practice?.camera, 'pass')
    assert.equal(row.practice?.microphone, 'pass')
    assert.equal(row.practice?.network, netStatus)
    assert.equal(row.practice?.overall, overall)
    assert.ok(!row.missing.includes('practice'))
    assert.equal(
      await page.getByTestId('practice-meeting').getAttribute('href'),
      '/jitsi/?practice=1&lang=en',
    )
    await page.screenshot({ path: await artifactPath('practice-1280-en.png'), fullPage: true })
    await page.getByTestId('lang-toggle').click()
    await page.getByText('Uw ruimte').waitFor()
    await page.screenshot({ path: await artifactPath('practice-1280-nl.png'), fullPage: true })
  })

  it('lays out at 320 px without horizontal scrolling, in Dutch and English', async () => {
    const page = await open(s.invites.B!, 320)
    await page.getByTestId('practice-start').click()
    await page
      .locator('[data-testid="check-network"]:not([data-status="pending"])')
      .waitFor({ timeout: 30_000 })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    assert.ok(overflow <= 0, `no horizontal scroll at 320 px (overflow ${overflow}px)`)
    // Each check's label reads as a word on a line, not one letter under the other.
    const narrow = await page.$$eval('.check-label', (els) =>
      els
        .map((e) => ({
          text: e.textContent,
          lines: e.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(e).lineHeight),
        }))
        .filter((l) => l.lines > 2.5),
    )
    assert.deepEqual(narrow, [], 'check labels squeezed at 320 px')
    await page.screenshot({ path: await artifactPath('practice-320-en.png'), fullPage: true })
    await page.getByTestId('lang-toggle').click()
    await page.getByText('Voor de sessie').first().waitFor()
    await page.screenshot({ path: await artifactPath('practice-320-nl.png'), fullPage: true })
  })

  it('PREP-1 intake answers from the page reach the mediator, not the other party or the secretariat', async () => {
    const page = await open(s.invites.B!, 800)
    await page.getByTestId('step-intake').click()
    await page.getByTestId('intake-submit').click()
    await page.getByTestId('page-error').waitFor()
    assert.match(await text(page.getByTestId('page-error')), /Not all questions are answered correctly/)
    await page.getByTestId('intake-matterField').locator('select').selectOption('neighbours')
    await page.getByTestId('intake-matter').locator('textarea').fill('The shed on the boundary')
    await page.getByTestId('intake-proceedings').getByLabel('No').check()
    await page.getByTestId('intake-referral').getByLabel('No').check()
    await page.getByTestId('intake-forOrganisation').getByLabel('No').check()
    await page.getByTestId('intake-funding').locator('select').selectOption('self')
    await page.getByTestId('intake-mobile').locator('input').fill('06 12345678')
    await page.getByTestId('intake-videoComfort').locator('select').selectOption('new')
    await page.getByTestId('intake-privateRoom').getByLabel('Yes').check()
    await page.getByTestId('intake-device').locator('select').selectOption('tablet')
    await page.getByTestId('intake-helpNeeded').getByLabel('Yes').check()
    await page.getByTestId('intake-language').locator('select').selectOption('nl')
    await page
      .getByTestId('intake-safety')
      .locator('textarea')
      .fill('Please do not seat me near the window <b>x</b>')
    await page.getByTestId('intake-submit').click()
    await page.getByTestId('intake-saved').waitFor()
    const overview = await api<IntakeOverview>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/prep/intake`,
    )
    assert.equal(overview.body.answers[s.participants.B!.id]?.answers.device, 'tablet')
    for (const key of ['A', 'sec']) {
      assert.equal(
        (await api(server, s.invites[key]!, 'GET', `/api/sessions/${s.sessionId}/prep/intake`)).status,
        403,
      )
    }
    assert.equal((await rowOf('B')).intakeDone, true)
  })

  it('PREP-2/3 signing on the page: a wrong name is refused in words, the right one signs, a text change voids it', async () => {
    const page = await open(s.invites.B!, 800)
    await page.getByTestId('step-agreement').click()
    await page.getByTestId('rules-accept').click()
    await page.getByTestId('rules-accepted').waitFor()
    // SIGN-16: the one ceremony; the server's refusal is worded beside the name field, which gets the focus.
    await signThrough(page, 'Someone Else')
    await page.getByTestId('sign-error-name').waitFor()
    assert.match(
      await text(page.getByTestId('sign-error-name')),
      /does not match the name on your invitation/,
    )
    await page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-testid') === id,
      'sign-name',
    )
    assert.equal(await page.getByTestId('page-error').count(), 0, 'not at the top of the page')
    const shots = async (lang: string) => {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 })
        const path = await artifactPath(`practice-sign-refused-${width}-${lang}.png`)
        await page.screenshot({ path, fullPage: true })
      }
    }
    await shots('en')
    await page.getByTestId('lang-toggle').click()
    await page.getByTestId('sign-next').click()
    await page.getByTestId('sign-confirm').click()
    await page
      .getByTestId('sign-error-name')
      .getByText('De naam komt niet overeen met de naam op uw uitnodiging.', { exact: false })
      .waitFor()
    await shots('nl')
    await page.getByTestId('sign-name').fill('  PARTY   b ')
    await page.getByTestId('sign-next').click()
    await page.getByTestId('sign-confirm').click()
    await page.getByTestId('signed-valid').waitFor()
    const download = page.waitForEvent('download')
    await page.getByTestId('receipt-1').click()
    assert.match((await download).suggestedFilename(), /^receipt-.+\.pdf$/)
    let row = await rowOf('B')
    assert.equal(row.agreement.state, 'valid')
    assert.equal(row.rulesAccepted, true)
    const view = await api<{ current: { text: string } }>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/prep/agreement`,
    )
    await api(server, s.mediatorToken, 'PUT', `/api/sessions/${s.sessionId}/prep/agreement`, {
      language: 'en',
      text: `${view.body.current.text}\n\n12. Sessions last at most two hours.`,
    })
    await page.reload()
    await page.getByTestId('step-agreement').click()
    await page.getByTestId('signed-outdated').waitFor()
    assert.match(await text(page.getByTestId('atm-text')), /12\. Sessions last at most two hours\./)
    row = await rowOf('B')
    assert.equal(row.agreement.state, 'outdated')
    assert.ok(row.missing.includes('agreement'))
  })

  it('PREP-4 PREP-7 the mediator sees readiness and answers, a safety answer flagged first; the secretariat sees readiness only', async () => {
    const page = await open(s.mediatorToken, 1280, `&s=${s.sessionId}`)
    await page.getByTestId('readiness').waitFor()
    // B's answer to the safety question is the first thing on the page, outside the collapsed answers.
    const flag = page.getByTestId('safety-flag')
    await flag.first().waitFor()
    assert.equal(await flag.count(), 1)
    assert.match(await text(flag), /Party B.*safety.*Please do not seat me near the window <b>x<\/b>/s)
    const [flagTop, readinessTop] = await Promise.all(
      [page.getByTestId('safety-flags'), page.getByTestId('readiness')].map((l) =>
        l.evaluate((e) => e.getBoundingClientRect().top),
      ),
    )
    assert.ok((flagTop ?? 0) < (readinessTop ?? 0), 'above readiness')
    const rowA = page.getByTestId(`readiness-${s.participants.A!.id}`)
    assert.match(await text(rowA.getByTestId('fact-practice')), /camera ok/i)
    assert.equal(await rowA.getAttribute('data-ready'), 'false')
    await page.getByTestId(`answers-${s.participants.B!.id}`).click()
    assert.match(await text(page.getByTestId(`answers-${s.participants.B!.id}`)), /Tablet/)
    assert.match(
      await text(page.getByTestId(`answers-${s.participants.B!.id}`)),
      /<b>x<\/b>/,
      'rendered as text',
    )
    await page.screenshot({ path: await artifactPath('practice-mediator-1280-en.png'), fullPage: true })
    const sec = await open(s.invites.sec!, 320)
    await sec.getByTestId('readiness').waitFor()
    assert.equal(await sec.getByTestId(`answers-${s.participants.B!.id}`).count(), 0)
    assert.equal(await sec.getByTestId('safety-flags').count(), 0, 'the flag is for the mediator only')
    await sec.getByTestId('practice-start').waitFor()
    assert.equal(await sec.getByTestId('step-intake').count(), 0, 'no intake or signing for the secretariat')
    assert.doesNotMatch(await text(sec.locator('main')), /window|Tablet/)
  })

  it('after the mediator removes a question, the participant can still change and resend the answers', async () => {
    const base = `/api/sessions/${s.sessionId}/prep`
    const overview = await api<IntakeOverview>(server, s.mediatorToken, 'GET', `${base}/intake`)
    const kept = overview.body.questions.filter((q) => q.id !== 'safety')
    assert.equal(
      (await api(server, s.mediatorToken, 'PUT', `${base}/questions`, { questions: kept })).status,
      200,
    )
    const page = await open(s.invites.B!, 800)
    await page.getByTestId('step-intake').click()
    assert.equal(await page.getByTestId('intake-safety').count(), 0)
    const before = await page.getByTestId('intake-saved').getAttribute('data-at')
    await page.getByTestId('intake-device').locator('select').selectOption('laptop')
    await page.getByTestId('intake-submit').click()
    await page.locator(`[data-testid="intake-saved"]:not([data-at="${before}"])`).waitFor()
    assert.equal(await page.getByTestId('page-error').count(), 0)
    const after = await api<IntakeOverview>(server, s.mediatorToken, 'GET', `${base}/intake`)
    assert.deepEqual(
      {
        device: after.body.answers[s.participants.B!.id]?.answers.device,
        safety: after.body.answers[s.participants.B!.id]?.answers.safety,
      },
      { device: 'laptop', safety: undefined },
    )
  })

  it('PREP-5 a revoked invite shows a how-to-fix message instead of the page', async () => {
    const t = await createSessionWithParties(server, { mediatorToken: s.mediatorToken, sides: ['X'] })
    await api(server, t.mediatorToken, 'DELETE', `/api/sessions/${t.sessionId}/invites/${t.inviteIds.X}`)
    const page = await open(t.invites.X!, 800)
    await page
      .getByText('Your invitation link has expired or been revoked. Ask the mediator for a new link.')
      .waitFor()
  })
})

describe('practice page e2e: camera and microphone permission denied', function () {
  this.timeout(120_000)
  let browser: Browser
  let staticDir = ''

  const server = useServer(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'practice-deny-'))
    await build(
      ENTRIES.filter((e) => e.name === 'practice'),
      staticDir,
    )
    return { staticDir }
  })
  before(async () => {
    browser = await launchBrowser({ media: 'deny' })
  })
  after(async () => {
    await browser?.close()
    if (staticDir) await rm(staticDir, { recursive: true, force: true })
  })

  it('says in plain words how to allow the camera and microphone, in English and Dutch', async () => {
    const s = await createSessionWithParties(server)
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
    try {
      const page = await ctx.newPage()
      await page.goto(`${server.url}/practice/#${encodeURIComponent(s.invites.A!)}`)
      await page.getByTestId('practice-start').click()
      await page.locator('[data-testid="check-camera"][data-status="fail"]').waitFor({ timeout: 20_000 })
      assert.match(
        await text(page.getByTestId('camera-advice')),
        /not allowed to use your camera.*choose "Allow"/,
      )
      await page.locator('[data-testid="check-mic"][data-status="fail"]').waitFor({ timeout: 20_000 })
      assert.match(await text(page.getByTestId('mic-advice')), /not allowed to use your microphone/)
      await page.locator('[data-testid="practice-overall"][data-status="fail"]').waitFor()
      await page.screenshot({ path: await artifactPath('practice-denied-1280-en.png'), fullPage: true })
      await page.getByTestId('lang-toggle').click()
      assert.match(await text(page.getByTestId('camera-advice')), /mag uw camera niet gebruiken.*"Toestaan"/)
    } finally {
      await ctx.close()
    }
  })
})
