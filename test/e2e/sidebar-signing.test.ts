import assert from 'node:assert/strict'
import type { Browser } from 'playwright-core'
import { mediatorDocs, sign, untilRecord } from '../server/record-harness'
import { launchBrowser } from '../support/browser'
import { createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import {
  buildForTests,
  openSidebar,
  type SidebarPage,
  shot,
  shotsInBothLanguages,
  tab,
} from './sidebar-support'
import { signThrough } from './sign-support'

describe('sidebar e2e: signing with four sides — status per side, sign buttons only where signing can succeed', function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  let med: SidebarPage
  let a: SidebarPage
  let adv: SidebarPage
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  const versionCard = (p: SidebarPage, name: string) =>
    p.page.locator('[data-testid=version]', { hasText: name })

  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, {
      title: 'Vier erven',
      sides: ['A', 'B', 'C', 'D'],
      extra: [{ key: 'advA', role: 'adviser', side: 'A', name: 'Adviser A' }],
    })
    const m = await mediatorDocs(server, s)
    m.addClauses(['Het pad blijft open voor iedereen.'])
    m.saveVersion('Concept 1')
    m.destroy()
    await untilRecord(server, s, (r) => r.version.name === 'Concept 1', 'the server to have Concept 1')
    ;[med, a, adv] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, width: 1280 }),
      openSidebar(browser, server.url, { credential: s.invites.A! }),
      openSidebar(browser, server.url, { credential: s.invites.advA! }),
    ])
    for (const p of [med, a, adv]) await tab(p.page, 'agreement')
  })
  after(async () => {
    await browser?.close()
  })
  afterEach(() => {
    for (const p of [med, a, adv]) assert.deepEqual(p?.errors ?? [], [], 'no uncaught page errors')
  })

  it('SIGN-4 per side: an adviser alone does not sign for A; the mediator is told which sides are missing', async () => {
    await signThrough(adv.page, 'adviser  a')
    await versionCard(med, 'Concept 1')
      .getByText('A: signed by Adviser A; the party has not signed yet')
      .waitFor()
    await signThrough(a.page, 'Party A')
    await versionCard(med, 'Concept 1').getByText('A: signed by Adviser A and Party A').waitFor()
    assert.equal(await med.page.locator('[data-testid=sign-open]').count(), 0, 'no countersign yet')
    await med.page.getByText('Still to sign: B, C and D.').waitFor()
    await shot(med.page, 'signing-4-sides-waiting-1280-en')
  })

  it('SIGN-2 a later edit makes Concept 1 outdated: no sign button on it, only on the new version', async () => {
    const m = await mediatorDocs(server, s)
    m.addClauses(['Ieder onderhoudt zijn eigen heg.'])
    m.saveVersion('Concept 2')
    m.destroy()
    await versionCard(a, 'Concept 2').waitFor()
    await versionCard(a, 'Concept 1').getByText('Outdated: the text changed after this version.').waitFor()
    assert.equal(await versionCard(a, 'Concept 1').locator('[data-testid=sign-open]').count(), 0)
    await versionCard(a, 'Concept 2').locator('[data-testid=sign-open]').waitFor()
  })

  it('SIGN-16 the ceremony: typed name, consent, a confirming step; a name not on the invitation is refused by the server beside the field, which has the focus', async () => {
    const card = versionCard(a, 'Concept 2')
    await card.locator('[data-testid=sign-open]').click()
    // Nothing is sent without a name and a ticked consent: each is asked for beside its field.
    await card.locator('[data-testid=sign-next]').click()
    await card.getByTestId('sign-error-name').getByText('Type your full name.').waitFor()
    await card.locator('[data-testid=sign-name]').fill('Party B')
    await card.locator('[data-testid=sign-next]').click()
    await card.getByTestId('sign-error-consent').getByText('Tick that you agree before you sign.').waitFor()
    await a.page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-testid') === id,
      'sign-consent',
    )
    await card.locator('[data-testid=sign-consent]').check()
    await card.locator('[data-testid=sign-next]').click()
    await card
      .getByText(
        'You sign “Concept 2” as Party A. Your signature is recorded with the time and the text it covers.',
      )
      .waitFor()
    await shotsInBothLanguages(a, 'sign-confirm-step', 'U ondertekent „Concept 2” als Party A.', () => card)
    await card.locator('[data-testid=sign-confirm]').click()
    const error = card.getByTestId('sign-error-name')
    await error.getByText('Type your name as it is on your invitation.').waitFor()
    await a.page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-testid') === id,
      'sign-name',
    )
    assert.equal(await card.locator('[data-testid=sign-name]').getAttribute('aria-invalid'), 'true')
    const rec = await untilRecord(server, s, (r) => r.version.name === 'Concept 2', 'Concept 2')
    assert.deepEqual(rec.signatures, [], 'the refused name stored nothing')
    for (const width of [320, 1280]) {
      await a.page.setViewportSize({ width, height: 900 })
      await shot(a.page, `sign-wrong-name-${width}-en`)
    }
    // In Dutch, the same refusal worded in Dutch.
    await a.page.click('[data-testid=lang-nl]')
    await card.locator('[data-testid=sign-next]').click()
    await card.locator('[data-testid=sign-confirm]').click()
    await card
      .getByTestId('sign-error-name')
      .getByText('Typ uw naam zoals die op uw uitnodiging staat.')
      .waitFor()
    for (const width of [1280, 320]) {
      await a.page.setViewportSize({ width, height: 900 })
      await shot(a.page, `sign-wrong-name-${width}-nl`)
    }
    await a.page.click('[data-testid=lang-en]')
    // The invitation's name in another case and spacing signs; the record prints the invitation's name.
    await card.locator('[data-testid=sign-name]').fill('  party   A ')
    await card.locator('[data-testid=sign-next]').click()
    await card.locator('[data-testid=sign-confirm]').click()
    await card.getByText('You signed this version.').waitFor()
    const signed = await untilRecord(server, s, (r) => r.signatures.length === 1, 'A signed Concept 2')
    assert.deepEqual(
      signed.signatures.map((x) => x.name),
      ['Party A'],
    )
  })

  it('SIGN-4 SIGN-5 once every side signed, the mediator signs; then the version is final and no button is left', async () => {
    const m = await mediatorDocs(server, s)
    const v2 = m.agreement.getMap('versions')
    m.destroy()
    const latest = [...(v2.values() as IterableIterator<{ id: string; hash: string; name: string }>)].find(
      (v) => v.name === 'Concept 2',
    )
    assert.ok(latest)
    for (const who of ['B', 'C', 'D']) assert.equal((await sign(server, s, who, latest)).status, 200, who)
    await versionCard(med, 'Concept 2').getByText('All sides signed.').waitFor()
    await signThrough(versionCard(med, 'Concept 2'), 'Mira Mediator')
    await versionCard(a, 'Concept 2').getByText('Seen by the mediator: this version is final.').waitFor()
    for (const p of [med, a, adv]) {
      await p.page.locator('[data-testid=sign-open]').first().waitFor({ state: 'detached' })
    }
    assert.equal(
      await med.page.locator('[data-testid=save-version]').count(),
      0,
      'no new versions after locking',
    )
    await shot(a.page, 'signing-final-320-en')
  })
})
