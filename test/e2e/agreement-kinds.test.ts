import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type CommandContext,
  listParticipants,
  listVersions,
  localOrigin,
  setAgreementKind,
  signVersion,
} from '@mediation/core/domain'
import type { AgreementRecord } from '@mediation/core/record'
import type { Browser } from 'playwright-core'
import { mediatorDocs, sign, untilRecord } from '../server/record-harness'
import { artifactPath, launchBrowser } from '../support/browser'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

describe('sidebar e2e: a second agreement after the first is locked (SIGN-9, SIGN-11)', function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  const pages: SidebarPage[] = []
  // The sidebar's pages and the test page (built once per run), plus the agreement page into a folder of its own.
  const server = useServer(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'agreement-kinds-'))
    await cp(await buildForTests(), dir, { recursive: true })
    const { build, ENTRIES } = await import('../../scripts/build')
    await build(
      ENTRIES.filter((e) => e.name === 'agreement'),
      dir,
    )
    process.once('exit', () => void rm(dir, { recursive: true, force: true }))
    return { staticDir: dir }
  })
  const open = async (credential: string, lang: 'nl' | 'en', width: number, sessionId?: string) => {
    const p = await openSidebar(browser, server.url, {
      credential,
      lang,
      width,
      ...(sessionId ? { sessionId } : {}),
    })
    pages.push(p)
    await tab(p.page, 'agreement')
    return p
  }

  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, {
      title: 'Scheiding Jansen',
      sides: ['Anna', 'Bram'],
      language: 'nl',
    })
    // The first agreement: an interim one, signed by both sides and seen by the mediator, so it is locked.
    const m = await mediatorDocs(server, s)
    const c = (): CommandContext => ({
      actor: m.actor,
      now: Date.now(),
      origin: localOrigin(m.actor.participantId),
      newId: randomUUID,
    })
    setAgreementKind(m.agreement, { kind: 'interim', sessionKind: 'mediation' }, c())
    m.addClauses(['Anna blijft tot de definitieve regeling in de woning.'])
    const v = m.saveVersion('Deelovereenkomst 1')
    await untilRecord(server, s, (r) => r.version.id === v.id, 'the version on the server')
    for (const who of ['Anna', 'Bram']) assert.equal((await sign(server, s, who, v)).status, 200)
    await untilRecord(server, s, (r) => r.status === 'signed', 'both sides signed')
    const saved = listVersions(m.agreement).find((x) => x.id === v.id)!
    signVersion(
      m.agreement,
      { versionId: saved.id, hash: saved.hash, participants: listParticipants(m.control) },
      c(),
    )
    await untilRecord(server, s, (r) => r.status === 'locked', 'the interim agreement locked')
    m.destroy()
  })
  after(async () => {
    await browser?.close()
  })
  afterEach(() => {
    for (const p of pages) assert.deepEqual(p.errors, [], 'no uncaught page errors')
  })

  it('SIGN-9 the mediator starts the final agreement; the party sees it live, the interim one stays locked', async () => {
    const med = await open(s.mediatorToken, 'nl', 1280, s.sessionId)
    const anna = await open(s.invites.Anna!, 'nl', 320)
    await med.page.getByText('Deze overeenkomst is vergrendeld').waitFor()
    assert.equal(
      await anna.page.locator('[data-testid=new-agreement]').count(),
      0,
      'a party cannot start one',
    )
    await med.page.selectOption('[data-testid=new-agreement-kind]', 'settlement')
    await shot(med.page, 'agreement-locked-start-next-1280-nl')
    await med.page.click('[data-testid=new-agreement]')
    for (const p of [med, anna]) {
      await p.page
        .locator('[data-testid=agreement-kind]', {
          hasText: 'Overeenkomst 2 · Vaststellingsovereenkomst · concept',
        })
        .waitFor()
      await p.page
        .locator('[data-testid=earlier-agreement]', {
          hasText: '1. Deelovereenkomst: ondertekend en vergrendeld',
        })
        .waitFor()
    }
    // The new agreement is open: the mediator adds a clause, and it reaches the party.
    await med.page.fill('[data-testid=new-clause]', 'Anna neemt de woning over en betaalt Bram € 40.000.')
    await med.page.click('[data-testid=add-clause]')
    await anna.page.getByText('Anna neemt de woning over en betaalt Bram € 40.000.').waitFor()
    const rec = await untilRecord(
      server,
      s,
      (r) => r.agreements.length === 2 && r.version.clauses.length === 1,
      'two agreements',
    )
    assert.deepEqual(
      rec.agreements.map((a) => [a.number, a.title, a.locked]),
      [
        [1, 'Deelovereenkomst', true],
        [2, 'Vaststellingsovereenkomst', false],
      ],
    )
    const first = await api<AgreementRecord>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/record/agreement.json?agreement=first`,
    )
    assert.equal(first.body.status, 'locked', 'the interim agreement is still locked, its clause intact')
    assert.deepEqual(
      first.body.version.clauses.map((x) => x.text),
      ['Anna blijft tot de definitieve regeling in de woning.'],
    )
  })

  it('SIGN-11 a party fills in its own particulars; the other side’s are read-only to it', async () => {
    const [med, anna] = pages
    assert.equal(await anna!.page.locator('[data-testid=p-address]').count(), 1, 'only Anna’s own form')
    await anna!.page.fill('[data-testid=p-address]', 'Oudegracht 1, 3511 AA Utrecht')
    await anna!.page.fill('[data-testid=p-birth]', '1980-05-01')
    await anna!.page.click('[data-testid=save-particulars]')
    await untilRecord(
      server,
      s,
      (r) => r.version.document?.parties.some((p) => p.address === 'Oudegracht 1, 3511 AA Utrecht') === true,
      'Anna’s address on the server',
    )
    await med!.page.fill('[data-testid=considerations]', 'Partijen zijn op 1 juni 2026 uit elkaar gegaan.')
    await med!.page.click('[data-testid=save-considerations]')
    await med!.page.fill('[data-testid=place]', 'Utrecht')
    await med!.page.fill('[data-testid=date]', '2026-12-03')
    await med!.page.click('[data-testid=save-place]')
    await anna!.page.getByText('Aldus overeengekomen te Utrecht op 2026-12-03').waitFor()
    // The mediator's form for Anna shows what Anna entered (the form re-reads the stored particulars).
    await med!.page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLInputElement>('[data-testid=p-address]')].some(
        (i) => i.value === 'Oudegracht 1, 3511 AA Utrecht',
      ),
    )
    await shot(med!.page, 'agreement-second-1280-nl')
    await shot(anna!.page, 'agreement-second-320-nl')
    const [medEn, annaEn, med320, anna1280] = [
      await open(s.mediatorToken, 'en', 320, s.sessionId),
      await open(s.invites.Anna!, 'en', 1280),
      await open(s.mediatorToken, 'nl', 320, s.sessionId),
      await open(s.invites.Anna!, 'en', 320),
    ]
    await medEn!.page
      .locator('[data-testid=agreement-kind]', { hasText: 'Agreement 2 · Settlement agreement · draft' })
      .waitFor()
    await annaEn!.page.getByText('Agreed at Utrecht on 2026-12-03').waitFor()
    await shot(medEn!.page, 'agreement-second-320-en')
    await shot(annaEn!.page, 'agreement-second-1280-en')
    await shot(med320!.page, 'agreement-second-mediator-320-nl')
    await shot(anna1280!.page, 'agreement-second-party-320-en')
  })

  it('SIGN-9 the agreement page names the kind and number, lists the interim agreement, offers the print PDF', async () => {
    const placeDate = {
      nl: 'Aldus overeengekomen te Utrecht op 3 december 2026',
      en: 'Agreed at Utrecht on 3 December 2026',
    }
    for (const [lang, width, kicker, earlier] of [
      ['nl', 320, 'Overeenkomst 2 · Vaststellingsovereenkomst', '1. Deelovereenkomst'],
      ['nl', 1280, 'Overeenkomst 2 · Vaststellingsovereenkomst', '1. Deelovereenkomst'],
      ['en', 320, 'Agreement 2 · Settlement agreement', '1. Interim agreement'],
      ['en', 1280, 'Agreement 2 · Settlement agreement', '1. Interim agreement'],
    ] as const) {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
      })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))
      await page.goto(`${server.url}/agreement/#t=${encodeURIComponent(s.invites.Anna!)}`)
      await page.locator('[data-testid=kind]', { hasText: 'Overeenkomst 2' }).waitFor()
      if (lang === 'en') {
        await page.getByText('Language: English').click()
        await page.locator('[data-testid=kind]', { hasText: kicker }).waitFor()
      }
      assert.equal((await page.locator('[data-testid=kind]').textContent())?.trim(), kicker)
      await page.locator('[data-testid=earlier]', { hasText: earlier }).waitFor()
      // The fields of the new agreement: Anna's particulars, the considerations, place and date.
      await page.locator('[data-testid=particulars]', { hasText: 'Oudegracht 1, 3511 AA Utrecht' }).waitFor()
      await page.locator('[data-testid=considerations]', { hasText: 'uit elkaar gegaan' }).waitFor()
      assert.equal((await page.locator('[data-testid=place-date]').textContent())?.trim(), placeDate[lang])
      const download = page.waitForEvent('download')
      await page.click('[data-testid=dl-print]')
      assert.match((await download).suggestedFilename(), /agreement-print\.pdf$/)
      await page.screenshot({
        path: await artifactPath(`agreement-page-second-${width}-${lang}.png`),
        fullPage: true,
      })
      assert.deepEqual(errors, [])
      await context.close()
    }
  })
})
