import assert from 'node:assert/strict'
import type { IntakeOverview, MediatorProfile, PrepView } from '@mediation/core/prep'
import type { Browser, Locator, Page } from 'playwright-core'
import { artifactPath, launchBrowser } from '../support/browser'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildConsolePages, newPage, noSidewaysScroll } from './console-support'

const text = async (l: Locator): Promise<string> => (await l.textContent()) ?? ''
const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: await artifactPath(`${name}.png`), fullPage: true })
}

describe('agreement to mediate and intake e2e: the practice profile fills the text, the intake prepares the case', function () {
  this.timeout(180_000)
  let browser: Browser
  let s: SessionWithParties
  const server = useServer(async () => ({
    staticDir: await buildConsolePages(),
    platforms: [{ kind: 'jitsi', service: 'self-hosted', domain: 'meet.example.org' }],
  }))

  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, {
      title: 'Omgangsregeling Bakker / De Vries',
      language: 'nl',
      sides: [],
      extra: [
        { key: 'A', role: 'party', side: 'A', name: 'Peter Bakker' },
        { key: 'B', role: 'party', side: 'B', name: 'Sanne de Vries' },
      ],
    })
  })
  after(async () => {
    await browser?.close()
  })

  async function openConsole(locale: 'nl-NL' | 'en-GB', width: number) {
    const opened = await newPage(browser, { width, locale })
    const p = opened.page
    await p.goto(`${server.url}/console/`)
    const nl = locale === 'nl-NL'
    await p.getByLabel(nl ? 'E-mailadres' : 'E-mail address').fill('mediator@example.org')
    await p.getByLabel(nl ? 'Wachtwoord' : 'Password', { exact: true }).fill('correct horse battery')
    await p.getByRole('button', { name: nl ? 'Inloggen' : 'Log in' }).click()
    await p.getByTestId('profile-save').waitFor()
    return opened
  }

  it('PREP-PROFILE-1 the console edits the practice profile: a bad field is refused in words, a good one saved', async () => {
    const { page, errors, context } = await openConsole('nl-NL', 1280)
    await page.getByTestId('profile-practice').fill('Praktijk Mediator & Partners')
    await page.getByTestId('profile-register').fill('MfN-12a')
    await page.getByTestId('profile-rate').fill('145,50')
    await page
      .getByTestId('profile-cancellation-nl')
      .fill('Bij afzeggen binnen 48 uur brengt de mediator de geplande tijd in rekening')
    await page
      .getByTestId('profile-cancellation-en')
      .fill('A meeting cancelled within 48 hours is charged as planned')
    await page
      .getByTestId('profile-platform-nl')
      .fill('Jitsi Meet op de eigen server van de praktijk, in Nederland')
    await page
      .getByTestId('profile-platform-en')
      .fill("Jitsi Meet on the practice's own server, in the Netherlands")
    await page.getByTestId('profile-save').click()
    const problem = page.getByTestId('profile-problem')
    await problem.waitFor()
    assert.match(await text(problem), /MfN-registernummer/, 'the refused field is named in Dutch')
    assert.doesNotMatch(await text(problem), /registerNumber|digits only/, 'no server wording')
    const stored = await api<MediatorProfile>(server, s.mediatorToken, 'GET', '/api/profile')
    assert.equal(stored.body.practiceName, '', 'a refused save stores nothing')
    await page.getByTestId('profile-register').fill('104729')
    await page.getByTestId('profile-save').click()
    await page.getByTestId('profile-saved').waitFor()
    const saved = await api<MediatorProfile>(server, s.mediatorToken, 'GET', '/api/profile')
    assert.equal(saved.body.registerNumber, '104729')
    assert.equal(saved.body.hourlyRate, 145.5)
    await shot(page, 'console-profile-1280-nl')
    await context.close()
    for (const [locale, width] of [
      ['en-GB', 1280],
      ['en-GB', 320],
      ['nl-NL', 320],
    ] as const) {
      const o = await openConsole(locale, width)
      assert.equal(await o.page.getByTestId('profile-register').inputValue(), '104729', 'loaded back')
      assert.ok(await noSidewaysScroll(o.page), `${locale} ${width}: no sideways scroll`)
      await shot(o.page, `console-profile-${width}-${locale.slice(0, 2)}`)
      assert.deepEqual(o.errors, [])
      await o.context.close()
    }
    assert.deepEqual(errors, [])
  })

  it('PREP-ATM-1 the agreement step shows the filled mediationovereenkomst; the English one when switched', async () => {
    for (const [lang, width] of [
      ['nl', 1280],
      ['nl', 320],
      ['en', 1280],
      ['en', 320],
    ] as const) {
      const { page, errors, context } = await newPage(browser, {
        width,
        locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
      })
      await page.goto(`${server.url}/practice/#t=${encodeURIComponent(s.invites.A!)}`)
      await page.getByTestId('step-agreement').click()
      const atm = page.getByTestId('atm-text')
      await atm.waitFor()
      const shown = await text(atm)
      // The session is Dutch: its text is the Dutch agreement, whatever language the page speaks.
      for (const part of [
        'Mediationovereenkomst',
        'Partijen: Peter Bakker en Sanne de Vries.',
        'registernummer 104729, Praktijk Mediator & Partners.',
        'Onderwerp van de mediation: Omgangsregeling Bakker / De Vries.',
        'via Jitsi Meet op meet.example.org.',
        'onafhankelijk en onpartijdig',
        'MfN-Mediationreglement en de MfN-Gedragsregels',
      ])
        assert.ok(shown.includes(part), `${lang} ${width}: ${part}`)
      assert.match(shown, /Opgemaakt op \d{1,2} \w+ \d{4}\./)
      assert.ok(await noSidewaysScroll(page), `${lang} ${width}: no sideways scroll`)
      await shot(page, `agreement-step-${width}-${lang}`)
      assert.deepEqual(errors, [])
      await context.close()
    }
    // Peter signs; then the practice's name changes: the signed text stays, and the mediator's editor says so.
    const view = await api<PrepView>(server, s.invites.A!, 'GET', `/api/sessions/${s.sessionId}/prep`)
    const signed = await api(server, s.invites.A!, 'POST', `/api/sessions/${s.sessionId}/prep/signatures`, {
      typedName: 'Peter Bakker',
      consent: true,
      textHash: view.body.agreement.hash,
    })
    assert.equal(signed.status, 201)
    const profile = await api<MediatorProfile>(server, s.mediatorToken, 'GET', '/api/profile')
    await api(server, s.mediatorToken, 'PUT', '/api/profile', {
      ...profile.body,
      practiceName: 'Mediator & Co',
    })
    // The mediator's editor loads the English template filled for this session.
    const { page, context } = await newPage(browser, { width: 1280, locale: 'en-GB' })
    await page.goto(`${server.url}/practice/#t=${encodeURIComponent(s.mediatorToken)}&s=${s.sessionId}`)
    await page.getByText('Agreement to mediate: text', { exact: true }).click()
    assert.match(await text(page.getByTestId('atm-outgrown')), /no longer matches the practice details/)
    await page.getByRole('button', { name: 'Use the English template' }).click()
    const body = await page.getByTestId('atm-edit').inputValue()
    assert.ok(body.startsWith('Agreement to mediate'))
    assert.ok(body.includes('Parties: Peter Bakker and Sanne de Vries.'))
    assert.ok(body.includes('register number 104729, Mediator & Co.'))
    await shot(page, 'agreement-editor-1280-en')
    await context.close()
  })

  it('PREP-INTAKE-1, PREP-INTAKE-2 the intake asks the case questions; family ones appear for a family case with the caucus note', async () => {
    const { page, errors, context } = await newPage(browser, { width: 1280, locale: 'nl-NL' })
    await page.goto(`${server.url}/practice/#t=${encodeURIComponent(s.invites.B!)}`)
    await page.getByTestId('step-intake').click()
    await page.getByTestId('intake-matterField').waitFor()
    assert.equal(await page.getByTestId('intake-children').count(), 0, 'no family questions yet')
    await page.getByTestId('intake-matterField').locator('select').selectOption('family')
    await page.getByTestId('intake-children').waitFor()
    await page
      .getByTestId('intake-matter')
      .locator('textarea')
      .fill('De omgang met de kinderen na de scheiding')
    await page.getByTestId('intake-proceedings').getByLabel('Ja').check()
    await page
      .getByTestId('intake-proceedingsDetails')
      .locator('textarea')
      .fill('Rechtbank Amsterdam, C/13/123456')
    await page.getByTestId('intake-referral').getByLabel('Ja').check()
    await page.getByTestId('intake-forOrganisation').getByLabel('Nee').check()
    assert.equal(await page.getByTestId('intake-authority').count(), 0)
    await page.getByTestId('intake-funding').locator('select').selectOption('insurer')
    await page.getByTestId('intake-insurerFile').locator('textarea').fill('DAS, dossier 2026-0042')
    assert.match(await text(page.getByTestId('purpose-mobile')), /Alleen de mediator ziet het nummer/)
    await page.getByTestId('intake-mobile').locator('input').fill('bel mij maar')
    await page.getByTestId('intake-children').locator('textarea').fill('Twee, 6 en 9 jaar')
    await page.getByTestId('intake-livingTogether').getByLabel('Ja').check()
    const note = page.getByTestId('notice-livingTogether')
    await note.waitFor()
    assert.match(await text(note), /apart overleg met de mediator thuis niet vertrouwelijk/)
    await page.getByTestId('intake-parentingPlan').locator('select').selectOption('yes')
    await page.getByTestId('intake-videoComfort').locator('select').selectOption('some')
    await page.getByTestId('intake-privateRoom').getByLabel('Ja').check()
    await page.getByTestId('intake-device').locator('select').selectOption('laptop')
    await page.getByTestId('intake-helpNeeded').getByLabel('Nee').check()
    await page.getByTestId('intake-language').locator('select').selectOption('nl')
    assert.match(await text(page.getByTestId('purpose-accessibility')), /geen diagnose of medische gegevens/)
    await page.getByTestId('intake-submit').click()
    await page.locator('[data-testid="intake-mobile"].field-invalid').waitFor()
    assert.match(await text(page.getByTestId('intake-mobile')), /Vul een telefoonnummer in/)
    await page.getByTestId('intake-mobile').locator('input').fill('06 1234 5678')
    await page.getByTestId('intake-submit').click()
    await page.getByTestId('intake-saved').waitFor()
    const overview = await api<IntakeOverview>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/prep/intake`,
    )
    const mine = overview.body.answers[s.participants.B!.id]!.answers
    assert.deepEqual(
      [mine.matterField, mine.livingTogether, mine.insurerFile, mine.mobile],
      ['family', 'yes', 'DAS, dossier 2026-0042', '06 1234 5678'],
    )
    // PREP-1: the other party's page carries none of it.
    const other = await api<PrepView>(server, s.invites.A!, 'GET', `/api/sessions/${s.sessionId}/prep`)
    assert.ok(!JSON.stringify(other.body).includes('1234 5678'))
    await shot(page, 'intake-1280-nl')
    await page.getByTestId('lang-toggle').click()
    await page
      .getByTestId('notice-livingTogether')
      .getByText('caucus with the mediator at home is not confidential')
      .waitFor()
    await shot(page, 'intake-1280-en')
    await page.setViewportSize({ width: 320, height: 900 })
    const wide = await page.$$eval('body *', (els) =>
      els
        .filter((e) => e.getBoundingClientRect().right > 321)
        .map((e) => `${e.parentElement?.className} > ${e.tagName}: ${e.textContent?.slice(0, 30)}`),
    )
    assert.ok(await noSidewaysScroll(page), `no sideways scroll at 320 px: ${wide.slice(0, 5).join(', ')}`)
    await shot(page, 'intake-320-en')
    await page.getByTestId('lang-toggle').click()
    await page.getByTestId('notice-livingTogether').getByText('apart overleg').waitFor()
    await shot(page, 'intake-320-nl')
    assert.deepEqual(errors, [])
    await context.close()
  })
})
