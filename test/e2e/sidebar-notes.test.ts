/**
 * Notes that behave like a shared document, in Chromium against the real server: a reader sees a change without a
 * reload (NOTES-2), an edit made in two places keeps both texts (NOTES-3), a note the reader may not write is not a
 * field, and a refusal is worded in the reader's language and not retried (NOTES-4).
 */
import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shotsInBothLanguages, tab } from './sidebar-support'

/** What a side member may store in notes (bytes): small, so one long text meets the budget. */
const NOTE_BUDGET = 600

describe('sidebar e2e: notes as a shared document (NOTES-2, NOTES-3, NOTES-4)', function () {
  this.timeout(120_000)
  let s: SessionWithParties
  let browser: Browser
  let med: SidebarPage
  let a: SidebarPage
  let b: SidebarPage
  const server = useServer(async () => ({
    staticDir: await buildForTests(),
    limits: { noteBytesPerParticipant: NOTE_BUDGET },
  }))
  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, { title: 'Van Dijk / Jansen' })
    ;[med, a, b] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, width: 1280 }),
      openSidebar(browser, server.url, { credential: s.invites.A!, width: 320 }),
      openSidebar(browser, server.url, { credential: s.invites.B!, width: 320, lang: 'nl', clock: true }),
    ])
    for (const p of [med, a, b]) await tab(p.page, 'notes')
  })
  after(async () => {
    await browser?.close()
  })
  afterEach(() => {
    for (const p of [med, a, b]) {
      assert.deepEqual(p?.dialogs ?? [], [], 'no dialog ever fires')
      assert.deepEqual(p?.errors ?? [], [], 'no uncaught page errors')
    }
  })

  const sideA = () => `[data-testid="note-side:${s.sides.A}"]`
  const sideB = () => `[data-testid="note-side:${s.sides.B}"]`
  const field = (p: SidebarPage, note: string) => p.page.locator(`${note} textarea`)
  const state = (p: SidebarPage, note: string, st: string) =>
    p.page.locator(`${note} [data-testid=save-state][data-state=${st}]`)
  /** Waits until a note's field on `page` holds exactly `text` (no reload in between). */
  const fieldShows = (page: Page, note: string, text: string) =>
    page.waitForFunction(
      ([sel, want]) => document.querySelector<HTMLTextAreaElement>(`${sel} textarea`)?.value === want,
      [note, text] as const,
    )
  const stored = async (visibility: string) =>
    (
      await api<{ visibility: string; body: string }[]>(
        server,
        s.mediatorToken,
        'GET',
        `/api/sessions/${s.sessionId}/notes`,
      )
    ).body
      .filter((n) => n.visibility === visibility)
      .map((n) => n.body)

  it("NOTES-2 the mediator sees side A's note as A types it, and side B the mediator's joint note, without a reload", async () => {
    await field(a, sideA()).fill('Huur: A wil de borg terug.')
    await state(a, sideA(), 'saved').waitFor()
    await fieldShows(med.page, sideA(), 'Huur: A wil de borg terug.')
    await field(med, '[data-testid=note-joint]').fill('Agenda: huur, daarna de kinderen.')
    await state(med, '[data-testid=note-joint]', 'saved').waitFor()
    await b.page
      .locator('[data-testid=note-joint] [data-testid=note-read]', { hasText: 'daarna de kinderen' })
      .waitFor()
    await a.page
      .locator('[data-testid=note-joint] [data-testid=note-read]', { hasText: 'daarna de kinderen' })
      .waitFor()
    assert.equal(await b.page.locator(sideA()).count(), 0, "side B has no field for side A's note")
  })

  it("NOTES-4 a party's joint note is text, not a field, saying who writes it; its own side's note is a field", async () => {
    const joint = b.page.locator('[data-testid=note-joint]')
    assert.equal(await joint.getAttribute('data-writable'), 'false')
    assert.equal(await joint.locator('textarea, input, [contenteditable]').count(), 0, 'nothing to type in')
    await joint.getByText('Alleen de mediator schrijft in deze notitie.').waitFor()
    assert.equal(await b.page.locator(`${sideB()} textarea`).count(), 1)
    assert.equal(await b.page.locator(`${sideB()}`).getAttribute('data-writable'), 'true')
    assert.equal(
      await med.page.locator('[data-testid=note-joint] textarea').count(),
      1,
      'the mediator writes it',
    )
    await shotsInBothLanguages(med, 'notes-mediator', 'Alleen ik')
    await shotsInBothLanguages(a, 'notes-party', 'Alleen de mediator schrijft in deze notitie.')
  })

  /** A's saves of its side note do not reach the server until `release()` (A types "offline"). */
  async function holdSaves(p: SidebarPage) {
    const pattern = `**/api/sessions/${s.sessionId}/notes/*`
    await p.page.route(pattern, (route) =>
      route.request().method() === 'GET' ? route.continue() : route.abort('internetdisconnected'),
    )
    return async () => {
      await p.page.unroute(pattern)
      // Leaving the field saves at once (the retry does too, a little later: then the field may be gone already).
      await p.page.evaluate((sel) => {
        const t = document.querySelector<HTMLTextAreaElement>(`${sel} textarea`)
        t?.focus()
        t?.blur()
      }, sideA())
    }
  }

  it('NOTES-3 edits of different parts in two places are merged: both pages end with both changes', async () => {
    const base = 'Huur: A wil de borg terug.'
    const release = await holdSaves(a)
    await field(a, sideA()).fill(`Eerst: ${base}`)
    await state(a, sideA(), 'failed').waitFor()
    await field(med, sideA()).fill(`${base} Mediator: vraag naar de meterstanden.`)
    await state(med, sideA(), 'saved').waitFor()
    await release()
    const merged = `Eerst: ${base} Mediator: vraag naar de meterstanden.`
    await state(a, sideA(), 'saved').waitFor()
    await fieldShows(a.page, sideA(), merged)
    await fieldShows(med.page, sideA(), merged)
    assert.deepEqual(await stored(`side:${s.sides.A}`), [merged])
  })

  it('NOTES-3 a note edited in two places at the same spot shows both texts, and keeping both keeps both', async () => {
    const base = (await stored(`side:${s.sides.A}`))[0]!
    const release = await holdSaves(a)
    await field(a, sideA()).fill(`${base}\nA: akkoord met de helft.`)
    await state(a, sideA(), 'failed').waitFor()
    await field(med, sideA()).fill(`${base}\nMediator: voorstel volgt dinsdag.`)
    await state(med, sideA(), 'saved').waitFor()
    await release()
    const conflict = a.page.locator(`${sideA()} [data-testid=note-conflict]`)
    await conflict.waitFor()
    assert.match(
      (await conflict.locator('[data-testid=note-mine]').textContent()) ?? '',
      /akkoord met de helft/,
    )
    assert.match(
      (await conflict.locator('[data-testid=note-theirs]').textContent()) ?? '',
      /voorstel volgt dinsdag/,
    )
    assert.deepEqual(
      await stored(`side:${s.sides.A}`),
      [`${base}\nMediator: voorstel volgt dinsdag.`],
      'nothing overwritten while both are shown',
    )
    await shotsInBothLanguages(a, 'notes-conflict', 'Beide bewaren')
    await a.page.setViewportSize({ width: 320, height: 900 })
    await conflict.locator('[data-testid=note-keep-both]').click()
    await state(a, sideA(), 'saved').waitFor()
    const both = `${base}\nMediator: voorstel volgt dinsdag.\n\n${base}\nA: akkoord met de helft.`
    assert.deepEqual(await stored(`side:${s.sides.A}`), [both])
    await fieldShows(med.page, sideA(), both)
    await fieldShows(a.page, sideA(), both)
  })

  it("NOTES-4 a refused save is worded in Dutch (never the server's English), keeps the text and is not retried", async () => {
    const writes: string[] = []
    b.page.on('request', (r) => {
      if (r.url().includes('/notes') && r.method() !== 'GET') writes.push(`${r.method()} ${r.url()}`)
    })
    const long =
      'Wij willen graag dat de kinderen de vakanties om en om bij ieder van ons doorbrengen. '.repeat(8)
    await field(b, sideB()).fill(long)
    const refused = state(b, sideB(), 'refused')
    await refused.waitFor()
    const words = (await refused.textContent()) ?? ''
    assert.match(words, /^Niet opgeslagen: U hebt het maximum aantal notities bereikt\./)
    assert.match(words, /Uw tekst blijft hier staan\.$/)
    assert.doesNotMatch(words, /budget|notes|opnieuw geprobeerd/i, 'no server English, no promise to retry')
    assert.equal(writes.length, 1)
    // Leaving the field and letting well past the longest retry delay go by sends nothing.
    await field(b, sideB()).focus()
    await b.page.locator('#notes-h').first().click()
    await b.page.clock.fastForward('00:20')
    await Promise.all([
      b.page.waitForRequest((r) => r.url().endsWith('/healthz')),
      b.page.evaluate(() => fetch('/healthz').then((r) => r.text())),
    ])
    assert.equal(writes.length, 1, `not retried: ${writes.join(', ')}`)
    assert.equal(await field(b, sideB()).inputValue(), long, 'the text stays to shorten')
    assert.deepEqual(await stored(`side:${s.sides.B}`), [])
    await field(b, sideB()).fill('Vakanties om en om.')
    await state(b, sideB(), 'saved').waitFor()
    assert.deepEqual(await stored(`side:${s.sides.B}`), ['Vakanties om en om.'])
  })
})
