import assert from 'node:assert/strict'
import { caucusState, controlSchema, getFloor, talkTime, turnsSchema } from '@mediation/core/domain'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { readControl, toJointTalks } from '../support/jitsi-session'
import { until } from '../support/jitsi-stack'
import { createSessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import {
  buildForTests,
  openSidebar,
  type SidebarPage,
  shot,
  shotsInBothLanguages,
  tab,
} from './sidebar-support'

const strip = (page: Page) => page.locator('[data-testid=floor-strip]')

describe('sidebar e2e: the floor strip above every tab', function () {
  this.timeout(120_000)
  let browser: Browser
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })

  it('TURNS-UI-2 from the Options tab: a party raises a hand, the mediator gives the next the floor, ends it, takes side A apart and comes back, each in one click', async () => {
    const s = await createSessionWithParties(server, { title: 'Van Dijk / Jansen' })
    await toJointTalks(server, s)
    const [med, a, b] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, width: 1280 }),
      openSidebar(browser, server.url, { credential: s.invites.A ?? '' }),
      openSidebar(browser, server.url, { credential: s.invites.B ?? '' }),
    ])
    if (!med || !a || !b) throw new Error('three pages')
    for (const p of [med, a, b]) await tab(p.page, 'board')
    await strip(med.page).getByText('Nobody has the floor.').waitFor()
    assert.equal(
      await strip(med.page).locator('[data-testid=strip-grant-next]').count(),
      0,
      'nobody to give it to',
    )

    // A raises a hand from the strip, without leaving Options; everyone sees A is next.
    await a.page.click('[data-testid=strip-raise]')
    await strip(a.page).getByText('you are next').waitFor()
    await strip(b.page).getByText('next: Party A (A)').waitFor()
    await strip(med.page).getByText('next: Party A (A)').waitFor()

    // One click gives A the floor with the Turns tab's limit (3 minutes by default).
    await med.page.click('[data-testid=strip-grant-next]')
    await strip(a.page).getByText('You have the floor.').waitFor()
    await strip(b.page).getByText('Has the floor: Party A (A)').waitFor()
    await strip(b.page).getByText(/left/).waitFor()
    const floor = await readControl(server, s, (doc) => getFloor(doc, Date.now()))
    assert.equal(floor?.holderId, s.participants.A?.id)
    assert.equal(floor?.limitMs, 3 * 60_000, 'the limit the Turns tab shows')
    assert.equal(
      await strip(a.page).locator('[data-testid=strip-raise]').count(),
      0,
      'no hand for the holder',
    )
    assert.equal(
      await strip(b.page).locator('[data-testid=strip-end]').count(),
      0,
      'no mediator buttons for B',
    )
    await shotsInBothLanguages(med, 'strip-mediator', 'Beurt beëindigen', strip)
    await shotsInBothLanguages(b, 'strip-party', 'Aan het woord', strip)

    await med.page.click('[data-testid=strip-end]')
    await strip(b.page).getByText('Nobody has the floor.').waitFor()

    // Caucus with A in one click; the strip says so and offers the way back.
    await med.page.click(`[data-testid=strip-caucus-${s.sides.A}]`)
    await strip(med.page).getByText('Caucus with: A').waitFor()
    await strip(b.page).getByText('Caucus with: A').waitFor()
    const during = await readControl(server, s, (doc) => caucusState(doc, Date.now()))
    assert.equal(during.status, 'active')
    assert.deepEqual(during.plannedSides, [s.sides.A])
    assert.equal(
      await strip(b.page).locator('[data-testid=strip-raise]').count(),
      0,
      'no turns during a caucus',
    )
    await shotsInBothLanguages(med, 'strip-caucus', 'Terug naar het gezamenlijk gesprek', strip)
    await med.page.click('[data-testid=strip-back]')
    await strip(med.page).getByText('Nobody has the floor.').waitFor()
    const after = await readControl(server, s, (doc) => caucusState(doc, Date.now()))
    assert.equal(after.status, 'idle', 'the caucus ended')

    // On the Turns tab the full view takes over (no strip twice).
    await tab(med.page, 'turns')
    await strip(med.page).waitFor({ state: 'detached' })
  })

  it('TURN-8 TURN-9 the mediator balances the queue over the sides: A’s adviser waits behind B; turns per side counted', async () => {
    const s = await createSessionWithParties(server, {
      title: 'Drie kanten',
      sides: ['A', 'B'],
      extra: [{ key: 'adviserA', role: 'adviser', side: 'A', name: 'Adviser A' }],
    })
    await toJointTalks(server, s)
    const [med, a, adv, b] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, width: 1280 }),
      openSidebar(browser, server.url, { credential: s.invites.A ?? '' }),
      openSidebar(browser, server.url, { credential: s.invites.adviserA ?? '' }),
      openSidebar(browser, server.url, { credential: s.invites.B ?? '' }),
    ])
    if (!med || !a || !adv || !b) throw new Error('four pages')
    for (const p of [a, adv, b]) {
      await tab(p.page, 'board')
      await p.page.click('[data-testid=strip-raise]')
      await strip(p.page).locator('[data-testid=strip-lower]').waitFor()
    }
    await tab(med.page, 'turns')
    const queue = () => med.page.locator('[data-testid=queue] li strong').allTextContents()
    await med.page.locator('[data-testid=queue] li').nth(2).waitFor()
    assert.deepEqual(await queue(), ['Party A (A)', 'Adviser A (A)', 'Party B (B)'], 'by arrival')
    await med.page.locator('[data-testid=turns-per-side]', { hasText: 'Turns per side: A 0 · B 0' }).waitFor()
    await med.page.click('[data-testid=queue-by-side]')
    await med.page
      .locator('[data-testid=queue] li strong')
      .nth(1)
      .filter({ hasText: 'Party B (B)' })
      .waitFor()
    assert.deepEqual(await queue(), ['Party A (A)', 'Party B (B)', 'Adviser A (A)'], 'the sides take turns')
    // SIDES-UI-1: each card carries its side's colour, the same for the party and the adviser of A.
    const colours = await med.page
      .locator('[data-testid=queue] li')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).borderLeftColor))
    assert.equal(colours[0], colours[2], 'A’s party and adviser share A’s colour')
    assert.notEqual(colours[0], colours[1], 'B has another colour')
    // Everyone's strip shows the same next speaker.
    await strip(adv.page).getByText('next: Party A (A)').waitFor()
    await med.page.locator('[data-testid=grant-floor]').first().click()
    await med.page.locator('[data-testid=turns-per-side]', { hasText: 'Turns per side: A 1 · B 0' }).waitFor()
    assert.deepEqual(
      await queue(),
      ['Party B (B)', 'Adviser A (A)'],
      'B before A’s adviser: A already had a turn',
    )
    await strip(adv.page).getByText('next: Party B (B)').waitFor()
    await shot(med.page, 'queue-by-side-1280-en')
    await med.page.click('[data-testid=lang-nl]')
    await med.page.getByText('Beurten per kant: A 1 · B 0').waitFor()
    await shot(med.page, 'queue-by-side-1280-nl')
    await med.page.setViewportSize({ width: 320, height: 900 })
    await shot(med.page, 'queue-by-side-320-nl')
  })

  it('PRESENCE-1 PRESENCE-2 who is connected now, per side, from the server’s stamps; who is in the meeting without the sidebar', async () => {
    const s = await createSessionWithParties(server, { title: 'Wie is er', sides: ['A', 'B'] })
    const med = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
      width: 1280,
    })
    const a = await openSidebar(browser, server.url, { credential: s.invites.A ?? '' })
    const presence = (p: SidebarPage, key: string) =>
      p.page.locator(`[data-testid=presence-${s.participants[key]?.id}]`)
    await tab(med.page, 'turns')
    await tab(a.page, 'turns')
    await presence(med, 'A').and(med.page.locator('[data-present=yes]')).waitFor()
    await presence(med, 'B').and(med.page.locator('[data-present=no]')).waitFor()
    await presence(a, 'mediator').and(a.page.locator('[data-present=yes]')).waitFor()
    assert.match((await presence(med, 'B').textContent()) ?? '', /not connected/)
    // B opens the sidebar: everyone sees it; B closes it again: not connected.
    const b = await openSidebar(browser, server.url, { credential: s.invites.B ?? '' })
    await presence(a, 'B').and(a.page.locator('[data-present=yes]')).waitFor()
    await presence(med, 'B').and(med.page.locator('[data-present=yes]')).waitFor()
    await b.page.context().close()
    await presence(med, 'B').and(med.page.locator('[data-present=no]')).waitFor()
    // PRESENCE-2: the platform says B and someone unknown are in the meeting; the mediator is told who lacks the sidebar.
    await med.page.evaluate(
      ({ b }) => {
        const host = (window as unknown as { fakeHost: { emit(e: unknown): void } }).fakeHost
        host.emit({
          type: 'participants',
          participants: [
            { hostId: 'h-b', name: 'Party B', moderator: false, room: { kind: 'main' }, participantId: b },
            { hostId: 'h-x', name: 'Telefoon 06…', moderator: false, room: { kind: 'main' } },
          ],
        })
      },
      { b: s.participants.B?.id ?? '' },
    )
    await med.page
      .locator('[data-testid=presence-meeting-only]', {
        hasText: 'In the meeting without the sidebar: Party B, Telefoon 06…',
      })
      .waitFor()
    assert.equal(await a.page.locator('[data-testid=presence-meeting-only]').count(), 0, 'only the mediator')
    await shot(med.page, 'presence-1280-en')
    await med.page.click('[data-testid=lang-nl]')
    await med.page.getByText('In de vergadering zonder de sidebar').waitFor()
    await med.page.setViewportSize({ width: 320, height: 900 })
    await shot(med.page, 'presence-320-nl')
    await shot(a.page, 'presence-party-320-en')
  })

  it('UNDO-1 the mediator undoes and redoes their own edits on the board and the agreement; a party’s idea is never undone', async () => {
    const s = await createSessionWithParties(server, { title: 'Terug', sides: ['A', 'B'] })
    await toJointTalks(server, s)
    const [med, a] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, width: 1280 }),
      openSidebar(browser, server.url, { credential: s.invites.A ?? '' }),
    ])
    if (!med || !a) throw new Error('two pages')
    const card = (p: SidebarPage, title: string) => p.page.locator('[data-testid=option]', { hasText: title })
    for (const p of [med, a]) await tab(p.page, 'board')
    assert.equal(await a.page.locator('[data-testid=undo]').count(), 0, 'no undo for a party')
    assert.equal(await med.page.locator('[data-testid=undo]').isDisabled(), true, 'nothing to undo yet')
    await med.page.fill('[data-testid=option-input]', 'Mediator option one')
    await med.page.click('[data-testid=add-option]')
    await card(a, 'Mediator option one').waitFor()
    await a.page.fill('[data-testid=option-input]', 'Idea of A')
    await a.page.click('[data-testid=add-option]')
    await card(med, 'Idea of A').waitFor()
    // Undo takes back the mediator's option only; A's later idea stays, on both pages.
    await med.page.click('[data-testid=undo]')
    await card(a, 'Mediator option one').waitFor({ state: 'detached' })
    await card(med, 'Mediator option one').waitFor({ state: 'detached' })
    assert.equal(await card(med, 'Idea of A').count(), 1, 'A’s idea is not the mediator’s to undo')
    assert.equal(await card(a, 'Idea of A').count(), 1)
    assert.equal(await med.page.locator('[data-testid=undo]').isDisabled(), true)
    await med.page.click('[data-testid=redo]')
    await card(a, 'Mediator option one').waitFor()

    // The agreement: a removed clause comes back with one click (A's page shows the clauses as text).
    await tab(med.page, 'agreement')
    await tab(a.page, 'agreement')
    const clauseAtA = a.page.locator('[data-testid=clause]', { hasText: 'The fence stays' })
    await med.page.fill('[data-testid=new-clause]', 'The fence stays where it is.')
    await med.page.click('[data-testid=add-clause]')
    await clauseAtA.waitFor()
    await med.page
      .getByRole('button', { name: /^Remove clause/ })
      .first()
      .click()
    await clauseAtA.waitFor({ state: 'detached' })
    await shot(med.page, 'undo-clause-1280-en')
    await med.page.click('[data-testid=undo]')
    await clauseAtA.waitFor()
    await med.page.click('[data-testid=lang-nl]')
    await med.page.getByRole('button', { name: 'Mijn laatste wijziging ongedaan maken' }).waitFor()
    await med.page.setViewportSize({ width: 320, height: 900 })
    await shot(med.page, 'undo-clause-320-nl')
  })

  it('TALK-7 around one screen (no speaker detection) talk time is measured from the floor: from each grant until the turn ends or passes on, and labelled so', async () => {
    const s = await createSessionWithParties(server, { title: 'Aan tafel', sides: ['A', 'B'] })
    await toJointTalks(server, s)
    const [med, a, b] = await Promise.all([
      openSidebar(browser, server.url, {
        credential: s.mediatorToken,
        sessionId: s.sessionId,
        width: 1280,
        params: { caps: 'oneScreen' },
      }),
      openSidebar(browser, server.url, { credential: s.invites.A ?? '' }),
      openSidebar(browser, server.url, { credential: s.invites.B ?? '' }),
    ])
    if (!med || !a || !b) throw new Error('three pages')
    for (const p of [med, a, b]) await tab(p.page, 'board')
    const grantNext = async (who: SidebarPage, name: string) => {
      await who.page.click('[data-testid=strip-raise]')
      await strip(med.page).getByText(`next: ${name}`).waitFor()
      await med.page.click('[data-testid=strip-grant-next]')
      await strip(who.page).getByText('You have the floor.').waitFor()
    }
    await grantNext(a, 'Party A (A)')
    await grantNext(b, 'Party B (B)')
    await med.page.click('[data-testid=strip-end]')
    await strip(b.page).getByText('Nobody has the floor.').waitFor()
    const ids = { A: s.participants.A?.id ?? '', B: s.participants.B?.id ?? '' }
    const record = await until('four speech reports', async () => {
      const r = await readControl(server, s, (doc) => ({
        grants: turnsSchema(doc).turnLog.toArray(),
        speech: controlSchema(doc).speech.toArray(),
        talk: talkTime(doc, Date.now()),
      }))
      return r.speech.length === 4 ? r : null
    })
    const [grantA, grantB] = record.grants
    const ev = (id: string, value: boolean) =>
      record.speech.find((e) => e.participantId === id && e.value === value)
    assert.equal(ev(ids.A, true)?.at, grantA?.at, 'A speaks from A’s grant')
    assert.ok(Math.abs((ev(ids.A, false)?.at ?? 0) - (grantB?.at ?? 0)) < 2000, 'until the floor passed to B')
    assert.equal(ev(ids.B, true)?.at, grantB?.at, 'B from B’s grant')
    assert.ok((ev(ids.B, false)?.at ?? 0) >= (grantB?.at ?? 0), 'until the mediator ended it')
    assert.ok(
      (record.talk.perSide[s.sides.A ?? ''] ?? 0) > 0 && (record.talk.perSide[s.sides.B ?? ''] ?? 0) > 0,
    )
    await tab(med.page, 'turns')
    await med.page.locator('[data-testid=talk-from-floor]', { hasText: 'Measured from the floor' }).waitFor()
    await shot(med.page, 'talk-from-floor-1280-en')
    await med.page.click('[data-testid=lang-nl]')
    await med.page.getByText('Gemeten aan het woord').waitFor()
    await med.page.setViewportSize({ width: 320, height: 900 })
    await shot(med.page, 'talk-from-floor-320-nl')
  })
})
