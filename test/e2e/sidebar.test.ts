import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'
import { signThrough } from './sign-support'

const XSS = '<img src=x onerror=alert(1)>'

/** Text of every option title on a page. */
const optionTitles = (page: Page) => page.locator('[data-testid=option-title]').allTextContents()

describe('sidebar e2e: a mediator and two parties act out a session in Chromium', function () {
  this.timeout(120_000)
  let s: SessionWithParties
  let browser: Browser
  let med: SidebarPage
  let a: SidebarPage
  let b: SidebarPage

  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, {
      title: 'Van Dijk / Jansen',
      extra: [{ key: 'sec', role: 'secretariat', name: 'Secretariaat' }],
    })
    ;[med, a, b] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, width: 1280 }),
      openSidebar(browser, server.url, { credential: s.invites.A! }),
      openSidebar(browser, server.url, { credential: s.invites.B! }),
    ])
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

  it('ground rules: both parties accept, accept again when asked (RULES-6), the mediator sees it and opens joint talks', async () => {
    await med.page.click('[data-testid=phase-to-opening]')
    for (const p of [a, b]) {
      await tab(p.page, 'rules')
      await p.page.locator('[data-testid=rules-list] li').first().waitFor()
      await p.page.click('[data-testid=accept-rules]')
      await p.page.getByText('You accepted version 1.').waitFor()
    }
    await tab(med.page, 'rules')
    await med.page.getByText('Everyone accepted the current version.').waitFor()
    assert.equal(await med.page.locator('[data-testid=acceptances] .badge-ok').count(), 2)
    // RULES-6: the mediator asks again without changing the text; both must accept version 2
    await med.page.setViewportSize({ width: 320, height: 900 })
    await med.page.click('[data-testid=lang-nl]')
    await med.page.click('[data-testid=ask-rules-again]')
    await shot(med.page, 'mediator-rules-ask-again-320-nl')
    await med.page
      .locator('[data-testid=ask-rules-confirm]')
      .getByRole('button', { name: 'Annuleren' })
      .click()
    assert.equal(
      (await med.page.getByText('Versie 1', { exact: false }).count()) > 0,
      true,
      'cancel changes nothing',
    )
    await med.page.click('[data-testid=lang-en]')
    await med.page.setViewportSize({ width: 1280, height: 900 })
    await med.page.click('[data-testid=ask-rules-again]')
    await med.page.click('[data-testid=confirm-ask-rules-again]')
    await med.page.getByText('2 still to accept').waitFor()
    for (const p of [a, b]) {
      await p.page.getByText('Please read and accept the ground rules.').waitFor()
      await p.page.click('[data-testid=accept-rules]')
      await p.page.getByText('You accepted version 2.').waitFor()
    }
    await med.page.getByText('Everyone accepted the current version.').waitFor()
    await med.page.click('[data-testid=phase-to-joint]')
    await a.page.locator('[data-testid=phase-current]', { hasText: 'Joint session' }).waitFor()
  })

  it('turns: party A raises a hand, the mediator grants the floor, everyone sees who has it', async () => {
    await tab(a.page, 'turns')
    await tab(b.page, 'turns')
    await tab(med.page, 'turns')
    await a.page.click('[data-testid=raise-hand]')
    await a.page.getByText('You are number 1 in the queue.').waitFor()
    await med.page.locator('[data-testid=queue] li', { hasText: 'Party A (A)' }).waitFor()
    await med.page.click('[data-testid=grant-floor]')
    await a.page.getByText('You have the floor.').waitFor()
    await b.page.locator('[data-testid=floor-holder]', { hasText: 'Party A' }).waitFor()
    await b.page.locator('[role=timer]', { hasText: 'left' }).waitFor()
    assert.equal(await med.page.locator('[data-testid=queue] li').count(), 0, 'granting lowers the hand')
  })

  it('talk time: speaking reported by the platform shows per side on the mediator screen', async () => {
    await med.page.evaluate(() => {
      const now = Date.now()
      const host = window.fakeHost
      host.emit({
        type: 'participants',
        participants: [
          { hostId: 'zoom-a', name: 'Party A', moderator: false, room: { kind: 'main' } },
          { hostId: 'zoom-b', name: 'Party B', moderator: false, room: { kind: 'main' } },
        ],
      })
      host.emit({ type: 'speaking', hostId: 'zoom-a', speaking: true, at: now - 150_000 })
      host.emit({ type: 'speaking', hostId: 'zoom-a', speaking: false, at: now - 5_000 })
      // B talks over A, who holds the floor: an interruption nudge for the mediator.
      host.emit({ type: 'speaking', hostId: 'zoom-b', speaking: true, at: now - 4_000 })
      host.emit({ type: 'speaking', hostId: 'zoom-b', speaking: false, at: now })
    })
    await med.page.getByText('A: 2:25 (97%)').waitFor()
    await med.page.getByText('Talk time is unbalanced: consider giving B more room.').waitFor()
    await med.page.getByText(/Party B \(B\) spoke while Party A \(A\) had the floor/).waitFor()
  })

  it('mute on grant: off by default; when on, a grant mutes all but the holder on the platform; a party never sees it', async () => {
    const mutes = () =>
      med.page.evaluate(() =>
        window.fakeHost.calls.flatMap((c) => (c.method === 'muteAllExcept' ? [c.hostId] : [])),
      )
    const grant = async (who: SidebarPage, label: string) => {
      await who.page.click('[data-testid=raise-hand]')
      await med.page.locator('[data-testid=queue] li', { hasText: label }).waitFor()
      await med.page.click('[data-testid=grant-floor]')
      await who.page.getByText('You have the floor.').waitFor()
    }
    const option = med.page.locator('[data-testid=mute-on-grant]')
    assert.equal(await option.isChecked(), false, 'off by default')
    assert.equal(await a.page.locator('[data-testid=mute-on-grant]').count(), 0, 'a party never sees it')
    await med.page.click('[data-testid=lang-nl]')
    await med.page.getByLabel('Anderen dempen als ik het woord geef').waitFor()
    await med.page.click('[data-testid=lang-en]')
    await grant(b, 'Party B')
    assert.deepEqual(await mutes(), [], 'with the option off nothing is sent to the platform')

    await med.page.getByLabel('Mute the others when I give the floor').check()
    // zoom-a is matched by name; zoom-b by its bound participant id although its display name differs.
    const bId = s.participants.B!.id
    await med.page.evaluate((bound) => {
      window.fakeHost.emit({
        type: 'participants',
        participants: [
          { hostId: 'zoom-a', name: 'Party A', moderator: false, room: { kind: 'main' } },
          {
            hostId: 'zoom-b',
            name: 'Tablet',
            moderator: false,
            room: { kind: 'main' },
            participantId: bound,
          },
        ],
      })
    }, bId)
    await grant(a, 'Party A')
    await med.page.waitForFunction(() => window.fakeHost.calls.some((c) => c.method === 'muteAllExcept'))
    assert.deepEqual(await mutes(), ['zoom-a'])
    await grant(b, 'Party B')
    await med.page.waitForFunction(
      () => window.fakeHost.calls.filter((c) => c.method === 'muteAllExcept').length === 2,
    )
    assert.deepEqual(await mutes(), ['zoom-a', 'zoom-b'])

    // The platform refuses: its failure sentence shows as the sidebar's notice (once, not also as a raw error).
    await med.page.evaluate(() => {
      const host = window.fakeHost
      const real = host.muteAllExcept
      ;(window as unknown as { realMute: typeof real }).realMute = real
      host.muteAllExcept = async () => {
        host.emit({
          type: 'failure',
          action: 'muteAllExcept',
          message: 'Muting failed: the platform said no.',
        })
        throw new Error('raw platform error')
      }
    })
    await grant(a, 'Party A')
    await med.page
      .locator('[data-testid=error]', { hasText: 'Muting failed: the platform said no.' })
      .waitFor()
    assert.equal(await med.page.locator('[data-testid=error]').count(), 1, 'one notice, no raw error')
    await med.page.locator('[data-testid=error] button').click()
    await med.page.evaluate(() => {
      window.fakeHost.muteAllExcept = (
        window as unknown as { realMute: typeof window.fakeHost.muteAllExcept }
      ).realMute
    })
    await med.page.getByLabel('Mute the others when I give the floor').uncheck()
    await grant(b, 'Party B')
    assert.deepEqual(await mutes(), ['zoom-a', 'zoom-b'], 'off again: nothing more is sent')
    // Not offered where the platform cannot mute, nor to a mediator who is no moderator on the platform.
    const cases: Record<string, string>[] = [{ caps: 'noMute' }, { moderator: 'no' }]
    for (const params of cases) {
      const other = await openSidebar(browser, server.url, {
        credential: s.mediatorToken,
        sessionId: s.sessionId,
        params,
      })
      try {
        await tab(other.page, 'turns')
        await other.page.locator('[data-testid=floor-holder]').waitFor()
        assert.equal(
          await other.page.locator('[data-testid=mute-on-grant]').count(),
          0,
          JSON.stringify(params),
        )
      } finally {
        await other.context.close()
      }
    }
  })

  it('board: an option added by a party appears on the other screens within a second', async () => {
    for (const p of [med, a, b]) await tab(p.page, 'board')
    await a.page.fill('[data-testid=option-input]', 'Alternate weekends')
    const t0 = Date.now()
    await a.page.click('[data-testid=add-option]')
    await Promise.all(
      [med, b].map((p) =>
        p.page
          .locator('[data-testid=option-title]', { hasText: 'Alternate weekends' })
          .waitFor({ timeout: 1000 }),
      ),
    )
    const ms = Date.now() - t0
    assert.ok(ms < 1000, `took ${ms} ms`)
    const cardA = a.page.locator('[data-testid=option]', { hasText: 'Alternate weekends' })
    await cardA.locator('summary').click()
    await cardA.getByLabel('Interest of A').fill('Time with the children every week')
    // A party's interest is one command when the field is left (or Enter), not one per key.
    await cardA.getByLabel('Interest of A').press('Enter')
    assert.equal(await cardA.getByLabel('Interest of B').count(), 0, 'a party states only its own side')
    const cardMed = med.page.locator('[data-testid=option]', { hasText: 'Alternate weekends' })
    await cardMed.locator('summary').click()
    await med.page.waitForFunction(() =>
      [...document.querySelectorAll('input')].some((i) => i.value === 'Time with the children every week'),
    )
  })

  it('safety: an option titled with HTML renders as text everywhere, no element, no dialog', async () => {
    await b.page.fill('[data-testid=option-input]', XSS)
    await b.page.click('[data-testid=add-option]')
    for (const p of [med, a, b]) {
      await p.page.locator('[data-testid=option-title]', { hasText: XSS }).waitFor()
      assert.ok((await optionTitles(p.page)).includes(XSS))
      assert.equal(await p.page.locator('[data-testid=options] img').count(), 0, 'no <img> was created')
    }
  })

  it('sticking points: the mediator adds and edits one; options are grouped under their point, ungrouped last', async () => {
    await med.page.fill('[data-testid=add-point-input]', 'Holidays')
    await med.page.click('[data-testid=add-point]')
    await a.page.locator('[data-testid=point-title]', { hasText: 'Holidays' }).waitFor()
    assert.equal(await a.page.locator('[data-testid=edit-point]').count(), 0, 'a party does not edit points')
    await a.page.fill('[data-testid=option-input]', 'Summer split in two')
    await a.page.getByLabel('For sticking point').selectOption({ label: 'Holidays' })
    await a.page.click('[data-testid=add-option]')
    const groups = (p: SidebarPage) =>
      p.page.locator('[data-testid=option-group]').evaluateAll((els) =>
        els.map((g) => ({
          title: g.querySelector('[data-testid=option-group-title]')?.textContent ?? '',
          options: [...g.querySelectorAll('[data-testid=option-title]')].map((o) => o.textContent ?? ''),
        })),
      )
    await med.page.locator('[data-testid=option-title]', { hasText: 'Summer split in two' }).waitFor()
    const before = await groups(med)
    assert.deepEqual(before[0], { title: 'Holidays', options: ['Summer split in two'] })
    assert.equal(before.at(-1)?.title, 'Other options', 'ungrouped options come last')
    assert.ok(before.at(-1)?.options.includes('Alternate weekends'))
    await med.page.click('[data-testid=edit-point]')
    await med.page.fill('[data-testid=point-title-input]', 'School holidays')
    await med.page.click('[data-testid=save-point]')
    await b.page.locator('[data-testid=option-group-title]', { hasText: 'School holidays' }).waitFor()
    assert.deepEqual((await groups(b))[0], { title: 'School holidays', options: ['Summer split in two'] })
    await med.page.setViewportSize({ width: 320, height: 900 })
    await med.page.click('[data-testid=lang-nl]')
    await med.page.locator('[data-testid=option-group-title]', { hasText: 'Overige opties' }).waitFor()
    await med.page.click('[data-testid=edit-point]')
    await shot(med.page, 'mediator-points-320-nl')
    await med.page.getByRole('button', { name: 'Annuleren' }).first().click()
    await med.page.click('[data-testid=lang-en]')
    await med.page.setViewportSize({ width: 1280, height: 900 })
    await med.page.locator('[data-testid=option-group-title]', { hasText: 'Other options' }).waitFor()
  })

  it('ratings: a private rating reaches the mediator as an overlap count, never the other party', async () => {
    await med.page.click('[data-testid=board-phase-toggle]')
    await a.page.locator('[data-testid=board-phase]', { hasText: 'Evaluate' }).waitFor()
    const optA = a.page.locator('[data-testid=option]', { hasText: 'Alternate weekends' })
    await optA.locator('[data-testid=rate-yes]').check()
    await med.page
      .locator('[data-testid=option]', { hasText: 'Alternate weekends' })
      .locator('[data-testid=overlap]', { hasText: 'acceptable to 1 of 2 sides' })
      .waitFor()
    const optB = b.page.locator('[data-testid=option]', { hasText: 'Alternate weekends' })
    await optB.locator('[data-testid=rate-yes]').waitFor()
    assert.equal(
      await optB.locator('input[type=radio]:checked').count(),
      0,
      "B's screen shows no rating of A's",
    )
    const ratingsSeenByB = await b.page.evaluate(async () => {
      const m = await window.sidebar.ready
      return [...m.board.ratingsOf.value.keys()]
    })
    assert.deepEqual(ratingsSeenByB, [s.participants.B!.id], 'B holds only its own private document')
    assert.equal(await b.page.locator('[data-testid=overlap]').count(), 0, 'parties see no overlap')
  })

  it('agreement: a clause the mediator writes and then changes reaches the parties, highlighted', async () => {
    for (const p of [med, a, b]) await tab(p.page, 'agreement')
    await med.page.fill('[data-testid=new-clause]', 'The children live with each parent half of the time.')
    await med.page.click('[data-testid=add-clause]')
    const clauseA = a.page.locator('[data-testid=clause]', { hasText: 'half of the time' })
    await clauseA.waitFor()
    assert.equal(await clauseA.getAttribute('data-change'), 'new')
    await a.page.click('[data-testid=mark-seen]')
    await a.page.locator('[data-testid=clause][data-change=""]').waitFor()
    await med.page.fill(
      '[data-testid=clause-text]',
      'The children live with each parent half of the time, week on week off.',
    )
    await med.page.locator('[data-testid=clause-text]').blur()
    await a.page
      .locator('[data-testid=clause][data-change=changed]', { hasText: 'week on week off' })
      .waitFor()
    await b.page.locator('[data-testid=clause]', { hasText: 'week on week off' }).waitFor()
    assert.equal(await a.page.locator('textarea').count(), 0, 'the draft is read-only for a party')
  })

  it('signing: the mediator saves a version, party A signs it through a command, everyone sees the count', async () => {
    await med.page.fill('[data-testid=version-name]', 'Concept 1')
    await med.page.click('[data-testid=save-version]')
    await a.page.locator('[data-testid=version]', { hasText: 'Concept 1' }).waitFor()
    await signThrough(a.page, 'Party A')
    await a.page.getByText('You signed this version.').waitFor()
    for (const p of [med, b]) {
      await p.page.locator('[data-testid=version]', { hasText: 'A: signed by Party A' }).waitFor()
      await p.page.locator('[data-testid=version]', { hasText: 'B: not signed yet' }).waitFor()
    }
    // The mediator is not offered a countersignature the server would refuse (SIGN-4), and is told why.
    assert.equal(await med.page.locator('[data-testid=sign-open]').count(), 0)
    await med.page
      .getByText('You can sign as seen by the mediator once every side has signed. Still to sign: B.')
      .waitFor()
  })

  it("offline: the mediator's option added offline merges after reconnect; a party's idea waits in its outbox (BOARD-UI-2)", async () => {
    await tab(a.page, 'board')
    await tab(med.page, 'board')
    await med.page.click('[data-testid=board-phase-toggle]')
    await a.page.locator('[data-testid=board-phase]', { hasText: 'Brainstorm' }).waitFor()
    // The mediator writes the board directly: an offline edit is kept, flagged unsent, and merges later.
    await med.context.setOffline(true)
    await med.page.locator('[data-testid=conn][data-state=offline]').waitFor()
    await med.page.fill('[data-testid=option-input]', 'Typed on the train')
    await med.page.click('[data-testid=add-option]')
    await med.page.locator('[data-testid=conn][data-unsent=true]').waitFor()
    assert.ok(!(await optionTitles(a.page)).includes('Typed on the train'))
    await med.context.setOffline(false)
    await med.page
      .locator('[data-testid=conn][data-state=synced][data-unsent=false]')
      .waitFor({ timeout: 10_000 })
    await a.page.locator('[data-testid=option-title]', { hasText: 'Typed on the train' }).waitFor()
    // A party's idea is a command the server must accept (BOARD-13): offline it waits in the outbox (BOARD-UI-2).
    await a.context.setOffline(true)
    await a.page.locator('[data-testid=conn][data-state=offline]').waitFor()
    await a.page.fill('[data-testid=option-input]', 'Typed in the tunnel')
    await a.page.click('[data-testid=add-option]')
    await a.page.locator('[data-testid=outbox-item]', { hasText: 'Typed in the tunnel' }).waitFor()
    await a.context.setOffline(false)
    await a.page.locator('[data-testid=conn][data-state=synced]').waitFor({ timeout: 10_000 })
    await med.page.locator('[data-testid=option-title]', { hasText: 'Typed in the tunnel' }).waitFor()
  })

  it('caucus: the side with the mediator sees the privacy banner, the other side the waiting view', async () => {
    await tab(med.page, 'caucus')
    await med.page.click('[data-testid=plan-caucus]')
    await med.page.click('[data-testid=start-caucus]')
    const first = (await med.page.getByText('You are in:').textContent()) ?? ''
    const [inRoom, waiting] = first.includes('Party A') || first.includes('A') ? [a, b] : [b, a]
    await inRoom.page.locator('[data-testid=caucus-banner]').waitFor()
    await waiting.page
      .locator('[data-testid=caucus-waiting]', { hasText: 'The mediator is talking with another side' })
      .waitFor()
    await shot(inRoom.page, 'party-caucus-banner-320-en')
    await shot(waiting.page, 'party-caucus-waiting-320-en')
    await shot(med.page, 'mediator-caucus-1280-en')
    await med.page.fill('[data-testid=caucus-notes-text]', 'Would accept if the holidays are split.')
    const notesValue = (p: Page) =>
      p.evaluate(
        () => document.querySelector<HTMLTextAreaElement>('[data-testid=caucus-notes-text]')?.value ?? null,
      )
    await inRoom.page.waitForFunction(() =>
      document
        .querySelector<HTMLTextAreaElement>('[data-testid=caucus-notes-text]')
        ?.value.includes('holidays'),
    )
    assert.ok(
      !((await notesValue(waiting.page)) ?? '').includes('holidays'),
      'the other side never sees these notes',
    )
    const opened = await med.page.evaluate(() => window.fakeHost.calls.find((c) => c.method === 'openCaucus'))
    assert.ok(opened && opened.method === 'openCaucus', 'the platform was asked to open the rooms')
    const roomA = opened.rooms.find((r) => r.sideId === s.sides.A)
    assert.deepEqual(roomA?.hostIds, ['zoom-a'], "side A's platform participant goes into A's room")
    await med.page.click('[data-testid=end-caucus]')
    await a.page
      .locator('[data-testid=caucus-banner], [data-testid=caucus-waiting]')
      .waitFor({ state: 'detached' })
  })

  it('screenshots of the main views at 320 and 1280 px, in nl and en', async () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const p of [med, a]) await p.page.click(`[data-testid=lang-${lang}]`)
      await med.page.locator(`.med-sidebar[lang=${lang}]`).waitFor()
      for (const width of [320, 1280]) {
        for (const [who, p, tabs] of [
          ['mediator', med, ['rules', 'turns', 'caucus', 'board', 'agreement', 'notes']],
          ['party', a, ['rules', 'turns', 'board', 'agreement']],
        ] as const) {
          await p.page.setViewportSize({ width, height: 900 })
          for (const id of tabs) {
            await tab(p.page, id)
            await shot(p.page, `${who}-${id}-${width}-${lang}`)
          }
        }
      }
    }
    await med.page.locator('[data-testid=phase-current]', { hasText: 'Gezamenlijk gesprek' }).waitFor()
  })

  it('notes: the mediator types a note, sees it autosaved, and the server has it', async () => {
    await tab(med.page, 'notes')
    const note = med.page.locator('[data-testid=note-mediator]')
    await note.locator('textarea').fill('Party B seems tired; offer a break at 11.')
    await note.locator('[data-testid=save-state][data-state=unsaved]').waitFor()
    await note.locator('[data-testid=save-state][data-state=saved]').waitFor()
    const res = await api<{ visibility: string; body: string }[]>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/notes`,
    )
    assert.ok(res.body.some((n) => n.visibility === 'mediator' && n.body.includes('offer a break')))
    await note.locator('textarea').fill('Typed, then the page reloads before the autosave.')
    await med.page.reload()
    await med.page.waitForFunction(() => window.sidebarReady === true)
    await tab(med.page, 'notes')
    const again = med.page.locator('[data-testid=note-mediator]')
    assert.equal(
      await again.locator('textarea').inputValue(),
      'Typed, then the page reloads before the autosave.',
    )
    await again.locator('[data-testid=save-state][data-state=saved]').waitFor()
    const seenByA = await api<{ visibility: string }[]>(
      server,
      s.invites.A!,
      'GET',
      `/api/sessions/${s.sessionId}/notes`,
    )
    assert.ok(!seenByA.body.some((n) => n.visibility === 'mediator'), 'a party never gets mediator notes')
  })

  it("notes: a party writes its own side's note with autosave and reads the joint one; the other side gets only the joint one", async () => {
    await api(server, s.mediatorToken, 'POST', `/api/sessions/${s.sessionId}/notes`, {
      visibility: 'joint',
      title: 'joint',
      body: 'Volgende afspraak: dinsdag.',
    })
    await a.page.setViewportSize({ width: 320, height: 900 })
    await a.page.click('[data-testid=lang-nl]')
    await tab(a.page, 'notes')
    const own = a.page.locator(`[data-testid="note-side:${s.sides.A}"]`)
    const joint = a.page.locator('[data-testid=note-joint]')
    assert.equal(
      await a.page.locator('[data-testid=note-mediator]').count(),
      0,
      'no mediator note for a party',
    )
    await own.locator('textarea').fill('We kunnen in mei verhuizen.')
    await own.locator('[data-testid=save-state][data-state=unsaved]').waitFor()
    await own.locator('[data-testid=save-state][data-state=saved]').waitFor()
    await joint.locator('[data-testid=note-read]', { hasText: 'dinsdag' }).waitFor()
    assert.equal(await joint.locator('textarea').count(), 0, 'the joint note is not a field for a party')
    await shot(a.page, 'party-notes-320-nl')
    const seenByB = await api<{ visibility: string; body: string }[]>(
      server,
      s.invites.B!,
      'GET',
      `/api/sessions/${s.sessionId}/notes`,
    )
    assert.ok(seenByB.body.some((n) => n.visibility === 'joint' && n.body.includes('dinsdag')))
    assert.ok(!seenByB.body.some((n) => n.body.includes('verhuizen')), "side A's note never reaches side B")
    const seenByMed = await api<{ visibility: string; body: string }[]>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/notes`,
    )
    assert.ok(
      seenByMed.body.some((n) => n.visibility === `side:${s.sides.A}` && n.body.includes('verhuizen')),
    )
  })

  it('invite link: /join/<token> keeps the token out of the URL and opens the standalone sidebar', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } })
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}/join/${s.invites.A}`)
      await page.locator('[data-testid=open-sidebar]').waitFor()
      assert.ok(!page.url().includes(s.invites.A!), 'the token left the address bar')
      await page.click('[data-testid=open-sidebar]')
      await page.locator('[data-testid=conn][data-state=synced]').waitFor()
      assert.ok(!page.url().includes(s.invites.A!), 'the sidebar URL carries no token')
      await page.locator('[data-testid=role]', { hasText: 'Party A' }).waitFor()
      await shot(page, 'standalone-party-320')
    } finally {
      await context.close()
    }
  })

  it('keyboard and motion: a party reaches the hand button by keyboard alone, focus is visible, motion can be reduced', async () => {
    // The caucus earlier in this session already ended A's floor (CAUCUS-9): nobody holds it now.
    await tab(a.page, 'turns')
    await a.page.locator('[data-testid=floor]').waitFor({ state: 'detached' })
    await a.page.emulateMedia({ reducedMotion: 'reduce' })
    await tab(a.page, 'rules')
    await a.page.focus('#tab-rules')
    await a.page.keyboard.press('ArrowRight')
    assert.equal(await a.page.evaluate(() => document.activeElement?.id), 'tab-turns')
    await a.page.locator('#panel-turns').waitFor()
    const outline = await a.page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    )
    assert.equal(outline, 'solid', 'the focused tab shows a focus ring')
    const reached: string[] = []
    for (let i = 0; i < 4 && !reached.some((x) => x.endsWith('hand')); i++) {
      await a.page.keyboard.press('Tab')
      reached.push(
        await a.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? ''),
      )
    }
    assert.ok(reached.at(-1)?.endsWith('hand'), `focus reached the hand button via ${reached.join(' → ')}`)
    await a.page.keyboard.press('Enter')
    const after = reached.at(-1) === 'raise-hand' ? 'lower-hand' : 'raise-hand'
    await a.page.locator(`[data-testid=${after}]`).waitFor()
    const transition = await a.page.evaluate(() => {
      const probe = document.createElement('div')
      probe.className = 'sharebar-fill'
      document.querySelector('.med-sidebar')?.append(probe)
      const d = getComputedStyle(probe).transitionDuration
      probe.remove()
      return d
    })
    assert.equal(transition, '0s')
  })

  it('secretariat: follows the phase only (over REST, no sync socket), with no content tabs and no access errors', async () => {
    const sec = await openSidebar(browser, server.url, { credential: s.invites.sec! })
    try {
      const sockets: string[] = []
      sec.page.on('websocket', (ws) => sockets.push(ws.url()))
      await sec.page.reload()
      await sec.page.waitForFunction(() => window.sidebarReady === true)
      await sec.page.getByText('its content is for the participants only').waitFor()
      await sec.page.locator('[data-testid=phase-current]', { hasText: 'Joint session' }).waitFor()
      assert.equal(await sec.page.locator('[role=tab]').count(), 0)
      assert.equal(await sec.page.locator('[data-testid=conn]').getAttribute('data-state'), 'synced')
      // the mediator moves on; the secretariat's tab regains focus and reads the new phase
      await med.page.click('[data-testid=phase-to-closing]')
      await sec.page.evaluate(() => window.dispatchEvent(new Event('focus')))
      await sec.page.locator('[data-testid=phase-current]', { hasText: 'Closing' }).waitFor()
      await med.page.click('[data-testid=phase-to-joint]')
      assert.deepEqual(sockets, [], 'the secretariat opens no sync socket')
      assert.deepEqual(sec.errors, [])
      await sec.page.click('[data-testid=lang-nl]')
      await sec.page.locator('.med-sidebar[lang=nl]').waitFor()
      await shot(sec.page, 'secretariat-320-nl')
    } finally {
      await sec.context.close()
    }
  })

  it('access ends: revoking an invite shows a plain explanation, not a spinner', async () => {
    await b.page.click('[data-testid=lang-en]')
    const res = await api(
      server,
      s.mediatorToken,
      'DELETE',
      `/api/sessions/${s.sessionId}/invites/${s.inviteIds.B}`,
    )
    assert.equal(res.status, 204)
    await b.page
      .locator('[data-testid=conn][data-state=denied]', { hasText: 'Ask the mediator for a new invite link' })
      .waitFor()
    await shot(b.page, 'party-denied-320-en')
  })
})
