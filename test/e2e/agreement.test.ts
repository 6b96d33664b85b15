import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { editClause, getDraft, listVersions, localOrigin } from '@mediation/core/domain'
import { humanDateTime } from '@mediation/core/record'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { type MediatorDocs, mediatorDocs, sign, untilRecord } from '../server/record-harness'
import { artifactPath, launchBrowser } from '../support/browser'
import { runProgram } from '../support/programs'
import { createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'

const CLAUSES = [
  'Jan Jansen pays Fatma Yılmaz € 2.400 in twelve monthly instalments of € 200, the first on 1 January 2027.',
  'Fatma Yılmaz withdraws the claim filed with the subdistrict court within one week after signing.',
  'Both parties keep the content of this mediation confidential.',
]

describe('agreement page e2e: the live draft on a phone and a desktop, signing, print, verification', function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  let m: MediatorDocs
  const contexts: BrowserContext[] = []
  let staticDir = ''
  const errors: string[] = []

  const server = useServer(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'agreement-dist-'))
    // Loaded here, not at the top: a static import of scripts/build next to the domain made Yjs warn
    // that it was imported twice (seen with tsx); loading it once the tests run avoids that.
    const { build, ENTRIES } = await import('../../scripts/build')
    await build(
      ENTRIES.filter((e) => e.name === 'agreement'),
      staticDir,
    )
    return { staticDir }
  })
  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, {
      title: 'Jansen / Yılmaz — loan',
      sides: ['A', 'B'],
      extra: [{ key: 'adviserB', role: 'adviser', side: 'B', name: 'Mr. K. Bos' }],
    })
    m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
    m.addClauses(CLAUSES)
  })
  after(async () => {
    for (const c of contexts) await c.close()
    await browser?.close()
    if (staticDir) await rm(staticDir, { recursive: true, force: true })
  })
  afterEach(() => assert.deepEqual(errors.splice(0), [], 'no uncaught page errors'))

  async function open(credential: string, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-GB' })
    contexts.push(context)
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(`${server.url}/agreement/#t=${encodeURIComponent(credential)}`)
    await page
      .locator('[data-testid=clause-text]')
      .nth(CLAUSES.length - 1)
      .waitFor()
    return page
  }

  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

  let phone: Page

  it('a party follows the live draft on a 320 px phone, and sees what changed since they last looked', async () => {
    phone = await open(s.invites.B!, 320)
    assert.equal(
      await phone.locator('[data-testid=changes]').count(),
      0,
      'a first visit has nothing "changed"',
    )
    assert.ok(await noHorizontalScroll(phone), 'no sideways scrolling at 320 px')
    const [c1] = clauseIds(m)
    editClause(
      m.agreement,
      { id: c1!, text: `${CLAUSES[0]!.replace('€ 200', '€ 210')}` },
      { actor: m.actor, now: Date.now(), origin: localOrigin(s.mediatorId), newId: randomUUID },
    )
    m.addClauses(['Each party bears its own costs.'])
    await phone.locator('[data-testid=changes]').waitFor()
    assert.equal(await phone.locator('[data-change=changed]').count(), 1)
    assert.equal(await phone.locator('[data-change=new]').count(), 1)
    await phone.screenshot({ path: await artifactPath('agreement-phone-changes.png'), fullPage: true })
    await phone.click('[data-testid=mark-seen]')
    await phone.locator('[data-testid=changes]').waitFor({ state: 'detached' })

    // Remembered on this device: an edit made while the page is closed shows up on the next visit.
    await phone.goto('about:blank')
    editClause(
      m.agreement,
      { id: c1!, text: CLAUSES[0]! },
      { actor: m.actor, now: Date.now(), origin: localOrigin(s.mediatorId), newId: randomUUID },
    )
    await phone.goto(`${server.url}/agreement/#t=${encodeURIComponent(s.invites.B!)}`)
    await phone.locator('[data-change=changed]').waitFor()
    assert.equal(await phone.locator('[data-change=new]').count(), 0)
  })

  it('signing from the phone; a later edit voids it visibly; the final version is signed and locked', async () => {
    const v1 = m.saveVersion('Version 1')
    await phone.locator('[data-testid=version]').first().waitFor()
    // Times are the session's (Amsterdam), as on the PDF, and the page says so — not the browser's zone (UTC here).
    assert.ok(
      ((await phone.locator('[data-testid=version]').first().textContent()) ?? '').includes(
        humanDateTime(v1.createdAt, 'en', 'Europe/Amsterdam'),
      ),
    )
    assert.equal(await phone.getByTestId('time-zone').textContent(), 'Times in Amsterdam time.')
    await phone.getByRole('button', { name: 'Sign “Version 1”' }).click()
    await phone.getByTestId('sign-name').fill('Party B')
    await phone.getByTestId('sign-consent').check()
    await phone.getByTestId('sign-next').click()
    await phone.getByText('You sign “Version 1” as Party B.', { exact: false }).waitFor()
    await phone.screenshot({ path: await artifactPath('agreement-sign-confirm-320-en.png'), fullPage: true })
    await phone.getByTestId('sign-confirm').click()
    await phone.getByText('You signed this version.').waitFor()
    // Per side, on the current version: the phone's side has signed, the other not yet.
    const sides = phone.locator('[data-testid=version][data-current=yes] [data-testid=sign-sides] li')
    await sides.filter({ hasText: 'B: signed' }).waitFor()
    assert.deepEqual(await sides.allTextContents(), ['A: not signed yet', 'B: signed'])
    editClause(
      m.agreement,
      { id: clauseIds(m)[2]!, text: `${CLAUSES[2]} This also applies to their advisers.` },
      { actor: m.actor, now: Date.now(), origin: localOrigin(s.mediatorId), newId: randomUUID },
    )
    await phone.locator('[data-testid=voided]').waitFor()
    assert.match(
      (await phone.locator('[data-testid=voided]').textContent()) ?? '',
      /Void after a later change: Party B/,
    )
    assert.equal(await phone.locator('[data-testid=status]').textContent(), 'Draft — subject to contract')
    assert.ok(v1)

    const v2 = m.saveVersion('Version 2 (final)')
    await untilRecord(server, s, (r) => r.version.id === v2.id, 'v2 on the server')
    for (const who of ['A', 'B']) assert.equal((await sign(server, s, who, v2)).status, 200)
    await untilRecord(server, s, (r) => r.status === 'signed', 'signed')
    m.countersign(listVersions(m.agreement).find((v) => v.id === v2.id)!)
    await phone.locator('[data-testid=verification]').waitFor()
    assert.equal(await phone.locator('[data-testid=status]').textContent(), 'Signed and locked')
    const codeFits = await phone.locator('.agr-code-value').evaluate((el) => {
      const lineHeight = Number.parseFloat(getComputedStyle(el).fontSize) * 2
      return el.getBoundingClientRect().height < lineHeight && el.scrollWidth <= el.clientWidth
    })
    assert.ok(codeFits, 'the verification code stays on one line, uncut, at 320 px')
    assert.ok(await noHorizontalScroll(phone))
    await phone.screenshot({ path: await artifactPath('agreement-phone-locked.png'), fullPage: true })
  })

  it('desktop and print: the same page on 1280 px and as paper (print media, A4 PDF)', async () => {
    const desk = await open(s.invites.A!, 1280)
    await desk.locator('[data-testid=verification]').waitFor()
    await desk.screenshot({ path: await artifactPath('agreement-desktop.png'), fullPage: true })
    await desk.emulateMedia({ media: 'print' })
    assert.equal(await desk.locator('[data-testid=versions]').isVisible(), false, 'history is not printed')
    assert.equal(await desk.getByRole('button', { name: 'PDF' }).isVisible(), false, 'no buttons on paper')
    assert.equal(await desk.locator('[data-testid=verification]').isVisible(), true, 'the code is printed')
    await desk.screenshot({ path: await artifactPath('agreement-print.png'), fullPage: true })
    const pdf = await desk.pdf({ format: 'A4', printBackground: false })
    const file = await artifactPath('agreement-print.pdf')
    await writeFile(file, pdf)
    const info = await runProgram('pdfinfo', [file])
    assert.match(info.stdout, /Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/)
    const text = (await runProgram('pdftotext', ['-layout', file, '-'])).stdout.replace(/\s+/g, ' ')
    for (const c of CLAUSES.slice(0, 2)) assert.ok(text.includes(c), `printed: ${c}`)
    assert.ok(!text.includes('Mark as read') && !text.includes('Versions'), 'no controls on paper')
  })

  it('the public verification page accepts the real text and rejects a one-character change', async () => {
    const rec = await untilRecord(server, s, (r) => r.status === 'locked', 'locked')
    const context = await browser.newContext({ viewport: { width: 320, height: 800 }, locale: 'nl-NL' })
    contexts.push(context)
    const page = await context.newPage()
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(`${server.url}/verify#code=${encodeURIComponent(rec.verification!.code)}`)
    assert.equal(
      await page.inputValue('input[name=code]'),
      rec.verification!.code,
      'prefilled from the fragment',
    )
    await page.getByRole('heading', { name: 'Een ondertekende overeenkomst controleren' }).waitFor()
    await page.fill('textarea[name=text]', rec.version.text)
    await page.getByRole('button', { name: 'Controleren' }).click()
    await page.locator('[data-testid=verify-result][data-match=true]').waitFor()
    await page.screenshot({ path: await artifactPath('verify-match.png'), fullPage: true })
    await page.fill('textarea[name=text]', rec.version.text.replace('2.400', '2.401'))
    await page.getByRole('button', { name: 'Controleren' }).click()
    await page.locator('[data-testid=verify-result][data-match=false]').waitFor()
    assert.match((await page.locator('[data-testid=verify-result]').textContent()) ?? '', /NIET/)
    await page.screenshot({ path: await artifactPath('verify-mismatch.png'), fullPage: true })
  })

  it('SIGN-14 SIGN-15 the PDF downloaded from the page verifies, and so does its text as pdftotext copies it; one change fails', async () => {
    const rec = await untilRecord(server, s, (r) => r.status === 'locked', 'locked')
    const code = rec.verification!.code
    const desk = await open(s.invites.A!, 1280)
    await desk.locator('[data-testid=verification]').waitFor()
    const [download] = await Promise.all([
      desk.waitForEvent('download'),
      desk.getByRole('button', { name: 'PDF' }).first().click(),
    ])
    const pdfPath = await artifactPath('verify-agreement.pdf')
    await download.saveAs(pdfPath)
    const pdf = await readFile(pdfPath)
    assert.match((await runProgram('pdfdetach', ['-list', pdfPath])).stdout, /1: agreement\.txt/)
    // One byte of the embedded text changed ("2.400" → "2.401"), the rest of the file as it was.
    const at = pdf.indexOf(Buffer.from('2.400'))
    assert.ok(at > 0, 'the embedded text is stored as written')
    const changed = Buffer.from(pdf)
    changed[at + 4] = '1'.charCodeAt(0)
    const changedPath = await artifactPath('verify-agreement-changed.pdf')
    await writeFile(changedPath, changed)
    const copied = (await runProgram('pdftotext', [pdfPath, '-'])).stdout
    const plainPdf = await artifactPath('verify-no-attachment.pdf')
    await writeFile(plainPdf, await desk.pdf({ format: 'A4' }))

    const pages = {
      nl: { width: 320, locale: 'nl-NL', check: 'Controleren', noText: /bevat de ondertekende tekst niet/ },
      en: { width: 1280, locale: 'en-GB', check: 'Check', noText: /does not carry the signed text/ },
    }
    for (const [lang, w] of Object.entries(pages)) {
      const width = w.width
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: w.locale })
      contexts.push(context)
      const page = await context.newPage()
      page.on('pageerror', (e) => errors.push(String(e)))
      await page.goto(`${server.url}/verify#code=${encodeURIComponent(code)}`)
      const check = page.getByRole('button', { name: w.check })
      const result = page.locator('[data-testid=verify-result]')
      const outcome = async (shot?: string) => {
        await check.click()
        await result.waitFor()
        const m = await result.getAttribute('data-match')
        const text = (await result.textContent()) ?? ''
        if (shot) await page.screenshot({ path: await artifactPath(shot), fullPage: true })
        await page.evaluate(() => document.querySelector('[data-testid=verify-result]')?.remove())
        return { m, text }
      }
      await page.setInputFiles('input[type=file]', pdfPath)
      assert.equal((await outcome(`verify-pdf-${lang}-${width}.png`)).m, 'true', `${lang}: the PDF itself`)
      await page.setInputFiles('input[type=file]', changedPath)
      assert.equal((await outcome()).m, 'false', `${lang}: one byte changed inside the PDF`)
      await page.setInputFiles('input[type=file]', plainPdf)
      const plain = await outcome(`verify-no-text-${lang}-${width}.png`)
      assert.equal(plain.m, 'error', `${lang}: a PDF without the text`)
      assert.match(plain.text, w.noText)
      await page.setInputFiles('input[type=file]', [])
      await page.fill('textarea[name=text]', copied)
      assert.equal((await outcome()).m, 'true', `${lang}: the text pdftotext copies`)
      await page.fill('textarea[name=text]', copied.replace('2.400', '2.401'))
      const changedCopy = await outcome(`verify-copy-${lang}-${width}.png`)
      assert.equal(changedCopy.m, 'false', `${lang}: one character changed in the copy`)
      assert.ok(await noHorizontalScroll(page), `${lang}: no sideways scrolling at ${width} px`)
    }
  })
})

/** Clause ids in draft order, from the domain's query. */
const clauseIds = (m: MediatorDocs) => getDraft(m.agreement).clauses.map((c) => c.id)
