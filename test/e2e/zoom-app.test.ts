import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ZoomConfig, zoomMount } from '@mediation/companion-server/zoom'
import { caucusState, controlSchema, getRules, localOrigin, setPhase, talkTime } from '@mediation/core/domain'
import type { Browser, Page } from 'playwright-core'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { buildEntry, ENTRIES } from '../../scripts/build'
import { artifactPath, launchBrowser } from '../support/browser'
import {
  api,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  type TestServer,
} from '../support/server'
import { createZoomEmulator, type ZoomEmulator, type ZoomPerson } from '../support/zoom-emulator'
import { attachZoomClient } from '../support/zoom-emulator-page'
import { until } from '../support/zoom-emulator-remote'

const clientId = 'zoom-client-id'
const clientSecret = 'zoom-client-secret'
const OWASP = [
  'strict-transport-security',
  'x-content-type-options',
  'content-security-policy',
  'referrer-policy',
]

describe('Zoom App end to end: the built app at /zoom/ on the companion server, real SDK, emulated Zoom client', () => {
  let browser: Browser
  let server: TestServer
  let outRoot: string
  const cleanups: (() => Promise<unknown>)[] = []

  before(async () => {
    outRoot = await mkdtemp(join(tmpdir(), 'zoom-dist-'))
    for (const name of ['zoom', 'join']) {
      const entry = ENTRIES.find((e) => e.name === name)
      assert.ok(entry, `scripts/build.ts lists the ${name} entry`)
      await buildEntry(entry, outRoot)
    }
    const cfg: ZoomConfig = {
      clientId,
      clientSecret,
      publicOrigin: '',
      oauthBase: 'http://127.0.0.1:9',
      apiBase: 'http://127.0.0.1:9',
      appDir: join(outRoot, 'zoom'),
    }
    ;[browser, server] = await Promise.all([
      launchBrowser(),
      startServer({ routers: [zoomMount(cfg)], staticDir: outRoot }),
    ])
  })
  after(async () => {
    await browser?.close()
    await server?.stop()
    await rm(outRoot, { recursive: true, force: true })
  })
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((c) => c()))
  })

  /** Opens the real app as one Zoom participant, at the Zoom sidebar's width. */
  async function openApp(
    em: ZoomEmulator,
    p: ZoomPerson,
    view: { width?: number; locale?: string } = {},
  ): Promise<{ page: Page; errors: string[]; uncaught: string[] }> {
    const context = await browser.newContext({
      viewport: { width: view.width ?? 320, height: 900 },
      locale: view.locale ?? 'en-US',
    })
    cleanups.push(() => context.close())
    const page = await context.newPage()
    const errors: string[] = []
    const uncaught: string[] = []
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text())
    })
    page.on('pageerror', (err) => uncaught.push(err.message))
    await attachZoomClient(page, em, p.uuid)
    const res = await page.goto(`${server.url}/zoom/`)
    for (const h of OWASP) assert.ok(res?.headers()[h], `${h} on the Home URL`)
    return { page, errors, uncaught }
  }

  async function mediatorSignsInAndLinks(page: Page, s: SessionWithParties) {
    await page.getByTestId('mediator-sign-in').click()
    await page.getByLabel('Email').fill('mediator@example.org')
    await page.getByLabel('Password').fill('correct horse battery')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByTestId(`link-${s.sessionId}`).click()
    await page.getByTestId('zoom-assign').waitFor()
    await page.getByTestId('sidebar').waitFor()
  }

  /** The party's own invite page, as the party opens it: the link, then "Show my Zoom code". */
  async function codeFromInvitePage(token: string, view: { width?: number; locale?: string } = {}) {
    const context = await browser.newContext({
      viewport: { width: view.width ?? 1280, height: 800 },
      locale: view.locale ?? 'en-US',
    })
    cleanups.push(() => context.close())
    const page = await context.newPage()
    await page.goto(`${server.url}/join/${token}`)
    await page.getByTestId('zoom-code-show').click()
    const shown = page.getByTestId('zoom-code')
    await shown.waitFor()
    const code = (await shown.getAttribute('data-code')) ?? ''
    assert.match(code, /^\d{8}$/)
    assert.equal(((await shown.textContent()) ?? '').replace(/\s/g, ''), code, 'the page shows the code')
    return { code, page }
  }

  /** A code for `token` straight from the API (where a test is not about the invite page). */
  async function codeFor(token: string) {
    const res = await api<{ code: string }>(server, token, 'POST', '/zoom/api/pairing-code')
    assert.equal(res.status, 200)
    return res.body.code
  }

  /** The Zoom app asks for the code; the party types it and gets the sidebar. */
  async function pairInApp(page: Page, code: string) {
    await page.getByTestId('zoom-pair-code').fill(code)
    await page.getByTestId('zoom-pair').getByRole('button').click()
  }

  /** A mediator's synced control document (a real y-websocket client), closed after the test. */
  async function controlDoc(s: SessionWithParties): Promise<Y.Doc> {
    const doc = new Y.Doc()
    const provider: WebsocketProvider = await connectDoc(server, s.mediatorToken, s.sessionId, 'control', doc)
    cleanups.push(async () => provider.destroy())
    await until(() => provider.synced, 'control document synced')
    return doc
  }

  /** Brings the session to joint talks the way people do: opening, every party accepts the rules, joint. */
  async function toJointTalks(s: SessionWithParties, doc: Y.Doc) {
    const actor = { participantId: s.mediatorId, role: 'mediator' as const, sideId: null }
    setPhase(
      doc,
      { phase: 'opening' },
      { actor, now: Date.now(), origin: localOrigin(s.mediatorId), newId: randomUUID },
    )
    const { version, hash } = getRules(doc)
    for (const key of ['A', 'B']) {
      const res = await api(server, s.invites[key] ?? '', 'POST', `/api/sessions/${s.sessionId}/commands`, {
        type: 'acceptRules',
        version,
        hash,
      })
      assert.equal(res.status, 200, JSON.stringify(res.body))
    }
    await until(() => {
      try {
        setPhase(
          doc,
          { phase: 'joint' },
          { actor, now: Date.now(), origin: localOrigin(s.mediatorId), newId: randomUUID },
        )
        return true
      } catch {
        return false
      }
    }, 'joint talks')
  }

  it('host and two attendees: the mediator links, each party pairs with the code from its own invite page (Anna walks it: invite page → Zoom app), roles gate the controls', async () => {
    const s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    const em = createZoomEmulator({ clientId, clientSecret })
    const mediator = await em.join({ name: 'Mira Mediator', role: 'host' })
    const anna = await em.join({ name: 'Anna Jansen' })
    const bram = await em.join({ name: 'Bram de Vries', unsupported: ['onMyActiveSpeakerChange'] })
    const m = await openApp(em, mediator)
    const a = await openApp(em, anna)
    const b = await openApp(em, bram)
    // Bram's (older) client lacks an API: the feature is shown as off, with the reason, instead of failing.
    await b.page.getByTestId('feature-off-ownSpeaking').waitFor()
    assert.equal(
      await b.page.getByTestId('feature-off-ownSpeaking').getAttribute('data-reason'),
      'unsupported',
    )
    assert.equal(await a.page.getByTestId('feature-off-ownSpeaking').count(), 0)

    // Before anyone pairs, parties are asked for their code and see no mediator controls at all.
    await a.page.getByTestId('zoom-pair').waitFor()
    assert.equal(
      await a.page.getByTestId('mediator-sign-in').count(),
      0,
      'an attendee never gets the mediator sign-in',
    )
    await a.page.getByTestId('feature-off-rooms').waitFor()
    assert.equal(await a.page.getByTestId('feature-off-rooms').getAttribute('data-reason'), 'role')

    // Anna walks her real path: her invite page shows the code, the Zoom app asks for it. Typed before the
    // mediator linked the meeting, it is refused without being spent.
    const { code: annaCode } = await codeFromInvitePage(s.invites.A ?? '')
    await pairInApp(a.page, annaCode)
    await a.page.locator('[data-testid=zoom-pair-problem][data-problem=unlinked]').waitFor()
    await mediatorSignsInAndLinks(m.page, s)
    await pairInApp(a.page, annaCode)
    await pairInApp(b.page, await codeFor(s.invites.B ?? ''))
    await a.page.getByTestId('sidebar').waitFor({ timeout: 15000 })
    await b.page.getByTestId('sidebar').waitFor({ timeout: 15000 })
    // The mediator's view learns who paired (a nudge, or the next refresh) and credits each Zoom participant.
    await m.page.getByTestId('claimed-Anna Jansen').waitFor({ timeout: 15000 })
    await m.page
      .locator(`[data-testid="assign-Anna Jansen"][data-assigned="${s.participants.A?.id}"]`)
      .waitFor({ timeout: 15000 })
    assert.equal(await a.page.getByTestId('zoom-assign').count(), 0)
    assert.equal(await a.page.getByRole('tab', { name: /caucus/i }).count(), 0, 'no caucus tab for a party')
    for (const feature of ['roster', 'activeSpeaker', 'rooms'])
      assert.equal(
        await a.page.getByTestId(`feature-off-${feature}`).count(),
        0,
        `a paired party is not told about the mediator's ${feature}`,
      )
    assert.ok(
      (await m.page.getByRole('tab', { name: /caucus/i }).count()) > 0,
      'the mediator has the caucus tab',
    )

    await m.page.screenshot({ path: await artifactPath('zoom-sidebar-host-320.png'), fullPage: true })
    await a.page.screenshot({ path: await artifactPath('zoom-sidebar-attendee-320.png'), fullPage: true })
    // An attendee's client calling a host-only API gets Zoom's error; the app keeps working.
    const code = await a.page.evaluate(() =>
      (window as unknown as { zoomSdk: { getMeetingParticipants(): Promise<unknown> } }).zoomSdk
        .getMeetingParticipants()
        .then(
          () => 'resolved',
          (e: { code?: string }) => String(e.code),
        ),
    )
    assert.equal(code, '10049')
    assert.ok(await a.page.getByTestId('sidebar').isVisible())
    assert.deepEqual(a.uncaught, [], 'no uncaught errors in the attendee page')
    assert.deepEqual([...m.uncaught, ...b.uncaught], [], 'no uncaught errors in the other pages')
    const cspErrors = [...m.errors, ...a.errors].filter((e) => /Content Security Policy/i.test(e))
    assert.deepEqual(cspErrors, [], 'the app runs under its own CSP')
  })

  it('active-speaker events become talk time per side in the session, through the companion server (Zoom names differ from session names)', async () => {
    const s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    const em = createZoomEmulator({ clientId, clientSecret })
    const mediator = await em.join({ name: 'Mira Mediator', role: 'host' })
    const anna = await em.join({ name: 'Anna Jansen' })
    const bram = await em.join({ name: 'Bram de Vries' })
    const m = await openApp(em, mediator)
    await mediatorSignsInAndLinks(m.page, s)
    await m.page.getByTestId('assign-Anna Jansen').selectOption(s.participants.A?.id ?? '')
    await m.page.getByTestId('assign-Bram de Vries').selectOption(s.participants.B?.id ?? '')
    // Speech is attributed when it happens: wait until the server-confirmed assignments reached the adapter.
    for (const [name, key] of [
      ['Anna Jansen', 'A'],
      ['Bram de Vries', 'B'],
    ] as const) {
      const id = s.participants[key]?.id ?? ''
      await m.page.locator(`[data-testid="assign-${name}"][data-assigned="${id}"]`).waitFor()
    }
    const doc = await controlDoc(s)
    const t0 = Date.now() - 60_000
    await em.speak(anna.uuid, true, t0)
    await em.speak(anna.uuid, false, t0 + 30_000)
    await em.speak(bram.uuid, true, t0 + 30_000)
    await em.speak(bram.uuid, false, t0 + 40_000)
    const sideA = s.sides.A ?? ''
    const sideB = s.sides.B ?? ''
    const talk = await until(
      () => {
        const tt = talkTime(doc, Date.now())
        return tt.perSide[sideA] === 30_000 && tt.perSide[sideB] === 10_000 ? tt : undefined
      },
      'talk time per side in the synced control document',
      15000,
    )
    assert.equal(talk.totalSideMs, 40_000)
  })

  /** A party's app, opened and paired with a code from its own invite (the API hands the code over here). */
  async function pairedParty(em: ZoomEmulator, p: ZoomPerson, invite: string) {
    const app = await openApp(em, p)
    await app.page.getByTestId('zoom-pair').waitFor()
    await pairInApp(app.page, await codeFor(invite))
    await app.page.getByTestId('sidebar').waitFor({ timeout: 15000 })
    return app
  }

  /** The session record of the caucus: where the mediator is, and the time log used for invoicing. */
  const caucusRecord = (s: SessionWithParties) =>
    server.context.rooms.withDocs([`${s.sessionId}/control`], ([d]) => ({
      room: caucusState(d!, Date.now()).mediatorRoom,
      log: JSON.stringify(controlSchema(d!).caucusLog.toArray()),
    }))

  /** Joint talks, a caucus for both sides planned and started from the mediator's sidebar. */
  async function startCaucusFromSidebar(m: Page, s: SessionWithParties) {
    await toJointTalks(s, await controlDoc(s))
    await m.getByRole('tab', { name: /caucus/i }).click()
    await m.getByTestId('plan-caucus').click()
    await m
      .getByText(/planned/i)
      .first()
      .waitFor()
    await m.getByTestId('start-caucus').click()
  }

  /** The mediator does what the sidebar asks: Join (or Leave) in Zoom's own Breakout Rooms panel. */
  async function joinInZoomPanel(em: ZoomEmulator, m: Page, mediator: ZoomPerson, roomName: string | null) {
    const request = m.getByTestId('zoom-move-request')
    await request.waitFor({ timeout: 15000 })
    const text = (await request.textContent()) ?? ''
    if (roomName) assert.match(text, new RegExp(`Join next to “${roomName}”`))
    else assert.match(text, /Leave room/)
    em.joinFromPanel(
      mediator.uuid,
      roomName ? (em.breakout.rooms.find((r) => r.name === roomName)?.id ?? '') : null,
    )
    await request.waitFor({ state: 'detached' })
  }

  for (const role of ['coHost', 'host'] as const) {
    it(`the full caucus under Zoom's documented rules, ${role} mediator: parties in their rooms, the mediator enters by Zoom's own Join and the session records it after Zoom confirms, closed after the countdown`, async () => {
      const s = await createSessionWithParties(server, { sides: ['A', 'B'] })
      const em = createZoomEmulator({ clientId, clientSecret })
      const mediator = await em.join({ name: 'Mira Mediator', role })
      const anna = await em.join({ name: 'Anna Jansen' })
      const bram = await em.join({ name: 'Bram de Vries' })
      // Someone the mediator never planned, with no app open.
      await em.join({ name: 'Carl Unknown' })
      const m = await openApp(em, mediator)
      await mediatorSignsInAndLinks(m.page, s)
      await pairedParty(em, anna, s.invites.A ?? '')
      await pairedParty(em, bram, s.invites.B ?? '')
      for (const [name, key] of [
        ['Anna Jansen', 'A'],
        ['Bram de Vries', 'B'],
      ] as const) {
        const id = s.participants[key]?.id ?? ''
        await m.page
          .locator(`[data-testid="assign-${name}"][data-assigned="${id}"]`)
          .waitFor({ timeout: 15000 })
      }
      await startCaucusFromSidebar(m.page, s)
      await until(() => em.breakout.state === 'open', 'rooms open in Zoom', 10000)
      assert.equal(em.breakout.settings.allowParticipantsChooseRoom, 0, 'parties cannot walk into a room')
      await until(() => anna.roomId && bram.roomId, 'parties moved into rooms')
      const roomOf = (p: ZoomPerson) => em.breakout.rooms.find((r) => r.id === p.roomId)?.name
      assert.notEqual(roomOf(anna), roomOf(bram), 'each side in its own room')
      // The caucus starts with the mediator in main; the sidebar asks for the first side's room at once.
      assert.equal((await caucusRecord(s)).room, 'main', 'nothing recorded before Zoom confirms')
      const first = (await m.page.getByTestId('zoom-move-request').textContent({ timeout: 15000 })) ?? ''
      const firstRoom = /“(.+)”/.exec(first)?.[1] ?? ''
      await joinInZoomPanel(em, m.page, mediator, firstRoom)
      await until(
        async () => (await caucusRecord(s)).room !== 'main',
        'the confirmed move is recorded',
        10000,
      )
      // What the checks say depends on what Zoom gives this mediator.
      const issues = m.page.getByTestId('caucus-issues')
      if (role === 'coHost') {
        await issues.getByTestId('issue-noLists').waitFor({ timeout: 15000 })
        assert.equal(await issues.getByTestId('issue-notAssigned').count(), 0, 'no false alarm')
        await until(
          async () => (await issues.locator('li').count()) === 1,
          'the parties’ own reports place them where the plan puts them',
          15000,
        )
      } else {
        await issues.getByTestId('issue-unassigned').waitFor({ timeout: 15000 })
        assert.match((await issues.getByTestId('issue-unassigned').textContent()) ?? '', /Carl Unknown/)
        assert.equal(await issues.getByTestId('issue-noLists').count(), 0)
      }
      // On to the other side's room, then back to the joint room: each recorded once Zoom confirms it.
      const go = m.page.getByRole('button', { name: /^Go to Room of / })
      await go.first().waitFor()
      // The sidebar says "Room of A"; the Zoom room carries the side's name.
      const other = ((await go.first().textContent()) ?? '').replace(/^Go to Room of /, '').trim()
      await go.first().click()
      await joinInZoomPanel(em, m.page, mediator, other)
      await until(
        () => mediator.roomId === em.breakout.rooms.find((r) => r.name === other)?.id,
        `mediator in ${other}`,
      )
      await m.page.getByRole('button', { name: /Joint room/ }).click()
      await joinInZoomPanel(em, m.page, mediator, null)
      await until(async () => (await caucusRecord(s)).room === 'main', 'back in main, recorded')
      await m.page.screenshot({ path: await artifactPath(`zoom-caucus-${role}-320.png`), fullPage: true })
      await m.page.getByTestId('end-caucus').click()
      await until(() => em.breakout.closing !== null, 'Zoom counts down', 10000)
      await em.endCountdown()
      await until(() => em.breakout.state === 'closed' && anna.roomId === null, 'rooms closed in Zoom')
      assert.deepEqual(
        em.calls.filter((c) => c.error),
        [],
        'no Zoom errors: the app never calls what Zoom refuses',
      )
    })
  }

  it('ZOOM-MOVE-1 a move Zoom refuses (the mediator lands in another room than asked) leaves the caucus state and its time log unchanged, and says so (co-host)', async () => {
    const s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    const em = createZoomEmulator({ clientId, clientSecret })
    const mediator = await em.join({ name: 'Mira Mediator', role: 'coHost' })
    const anna = await em.join({ name: 'Anna Jansen' })
    const bram = await em.join({ name: 'Bram de Vries' })
    const m = await openApp(em, mediator)
    await mediatorSignsInAndLinks(m.page, s)
    await m.page.getByTestId('assign-Anna Jansen').selectOption(s.participants.A?.id ?? '')
    await m.page.getByTestId('assign-Bram de Vries').selectOption(s.participants.B?.id ?? '')
    for (const [name, key] of [
      ['Anna Jansen', 'A'],
      ['Bram de Vries', 'B'],
    ] as const) {
      const id = s.participants[key]?.id ?? ''
      await m.page.locator(`[data-testid="assign-${name}"][data-assigned="${id}"]`).waitFor()
    }
    await startCaucusFromSidebar(m.page, s)
    await until(
      () => em.breakout.state === 'open' && anna.roomId && bram.roomId,
      'rooms open, parties in them',
      10000,
    )
    const asked = (await m.page.getByTestId('zoom-move-request').textContent({ timeout: 15000 })) ?? ''
    const wanted = /“(.+)”/.exec(asked)?.[1] ?? ''
    const before = await caucusRecord(s)
    assert.equal(before.room, 'main')
    // The mediator clicks Join next to the other room in Zoom's panel: Zoom confirms a move, but not this one.
    const wrong = em.breakout.rooms.find((r) => r.name !== wanted)
    em.joinFromPanel(mediator.uuid, wrong?.id ?? null)
    await m.page.getByText('The platform did not confirm the move').waitFor({ timeout: 15000 })
    assert.match(
      (await m.page.getByTestId('zoom-failure').first().textContent()) ?? '',
      new RegExp(`^Zoom: switching rooms failed — Zoom put you in ${wrong?.name}, not ${wanted}`),
      'the action in words, and why',
    )
    assert.deepEqual(await caucusRecord(s), before, 'caucus state and time log unchanged')
    await m.page.screenshot({ path: await artifactPath('zoom-move-refused-320.png'), fullPage: true })
  })

  /** Talk time of `sideId` in the synced control document reaches `ms` (credited by the mediator's instance). */
  const sideTalkReaches = (doc: Y.Doc, sideId: string, ms: number, what: string) =>
    until(() => talkTime(doc, Date.now()).perSide[sideId] === ms || undefined, what, 15000)

  it('a guest party (rule guestMode: no Zoom account, no uid): pairs with its code, uses the session, is told what Zoom keeps from guests; after Zoom’s own sign-in it is recognised again on reload', async () => {
    const s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    const em = createZoomEmulator({ clientId, clientSecret })
    const mediator = await em.join({ name: 'Mira Mediator', role: 'coHost' })
    const anna = await em.join({ name: 'Anna Jansen', guest: true })
    const m = await openApp(em, mediator)
    await mediatorSignsInAndLinks(m.page, s)
    const a = await pairedParty(em, anna, s.invites.A ?? '')
    const annaId = s.participants.A?.id ?? ''
    await m.page.locator(`[data-testid="assign-Anna Jansen"][data-assigned="${annaId}"]`).waitFor()

    // The guest is told, in words, what is off and why, and is offered Zoom's sign-in.
    await a.page.getByTestId('zoom-guest').waitFor()
    assert.equal(await a.page.getByTestId('feature-off-ownSpeaking').getAttribute('data-reason'), 'guest')
    assert.match(
      (await a.page.getByTestId('feature-off-ownSpeaking').textContent()) ?? '',
      /Zoom does not give it to guests/,
    )
    assert.equal(await a.page.getByTestId('feature-off-raiseHand').count(), 0, 'hands work for guests')
    await a.page.screenshot({ path: await artifactPath('zoom-guest-en-320.png'), fullPage: true })

    // Her speaking still counts for side A: the mediator's instance hears every speaker.
    const doc = await controlDoc(s)
    const t0 = Date.now() - 60_000
    await em.speak(anna.uuid, true, t0)
    await em.speak(anna.uuid, false, t0 + 20_000)
    await sideTalkReaches(doc, s.sides.A ?? '', 20_000, 'a guest’s speech credited to side A')

    // A guest has no Zoom id to be recognised by: a reload asks for a code again.
    await a.page.reload()
    await a.page.getByTestId('zoom-pair').waitFor()
    await pairInApp(a.page, await codeFor(s.invites.A ?? ''))
    await a.page.getByTestId('sidebar').waitFor({ timeout: 15000 })

    // She signs in through Zoom's own prompt: the app re-configures, the feature is on, the notice gone.
    await a.page.getByTestId('zoom-guest-sign-in').click()
    await until(() => anna.authorizePrompt || undefined, 'Zoom shows its sign-in prompt')
    await em.answerAuthorize(anna.uuid, true)
    await a.page.getByTestId('zoom-guest').waitFor({ state: 'detached' })
    assert.equal(await a.page.getByTestId('feature-off-ownSpeaking').count(), 0)
    const configs = em.calls.filter((c) => c.by === anna.participantId && c.apiName === 'config')
    assert.ok(configs.length >= 3, 'config again after the sign-in (two page loads, then the status change)')
    // The server learned her Zoom user id from the signed context: the next reload needs no code.
    await a.page.reload()
    await a.page.getByTestId('sidebar').waitFor({ timeout: 15000 })
    assert.equal(await a.page.getByTestId('zoom-pair').count(), 0, 'recognised by her Zoom id, no code asked')

    const refused = em.calls.filter((c) => c.by === anna.participantId && c.error === '10960')
    assert.deepEqual(refused, [], 'the guest’s app never called an API Zoom keeps from guests')
    assert.deepEqual([...a.uncaught, ...m.uncaught], [])
  })

  it('role changes (rules newUuidOnRoleChange, doubleParticipantEvents): a party made co-host and back, and a co-host mediator made host, re-configure and keep the session; speech follows the new participantUUID', async () => {
    const s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    const em = createZoomEmulator({ clientId, clientSecret })
    const mediator = await em.join({ name: 'Mira Mediator', role: 'coHost' })
    const anna = await em.join({ name: 'Anna Jansen' })
    const m = await openApp(em, mediator)
    await mediatorSignsInAndLinks(m.page, s)
    const a = await pairedParty(em, anna, s.invites.A ?? '')
    const annaId = s.participants.A?.id ?? ''
    const sideA = s.sides.A ?? ''
    const annaRow = m.page.locator(`[data-testid="assign-Anna Jansen"][data-assigned="${annaId}"]`)
    await annaRow.waitFor()
    const doc = await controlDoc(s)
    let spoken = 0
    let lastEnd = 0
    /**
     * Anna speaks under whatever participantUUID Zoom gives her now, from after her last turn (at most 3 s ago)
     * until just now: the mediator's instance and her own both report it (the same past interval, well within
     * the server's report lag); side A's time must follow, counted once.
     */
    const annaSpeaks = async (what: string) => {
      const at = Math.max(Date.now() - 3000, lastEnd + 1)
      const end = Date.now() - 1
      assert.ok(end > at, 'a turn of at least a millisecond')
      lastEnd = end
      await em.speak(anna.uuid, true, at)
      await em.speak(anna.uuid, false, end)
      spoken += end - at
      await sideTalkReaches(doc, sideA, spoken, what)
    }
    await annaSpeaks('speech before any role change')

    const configsOf = (p: ZoomPerson) =>
      em.calls.filter((c) => c.by === p.participantId && c.apiName === 'config').length
    for (const role of ['coHost', 'attendee'] as const) {
      const before = { uuid: anna.uuid, configs: configsOf(anna) }
      await em.setRole(anna.uuid, role)
      assert.notEqual(anna.uuid, before.uuid, 'Zoom gave her a new participantUUID')
      await a.page
        .getByTestId('zoom-role')
        .getByText(role === 'coHost' ? 'co-host' : 'participant')
        .waitFor()
      assert.ok(configsOf(anna) > before.configs, `config ran again after becoming ${role}`)
      // Same session, no new pairing, and still no mediator controls for a party (even as co-host in Zoom).
      assert.ok(await a.page.getByTestId('sidebar').isVisible())
      assert.equal(await a.page.getByTestId('zoom-pair').count(), 0)
      assert.equal(await a.page.getByTestId('zoom-assign').count(), 0)
      assert.equal(await a.page.getByTestId('mediator-sign-in').count(), 0)
      assert.equal(await a.page.getByRole('tab', { name: /caucus/i }).count(), 0)
      // The mediator's view: one row for her (the doubled events and the old participantUUID left no ghost).
      await until(
        async () => (await m.page.getByTestId('assign-Anna Jansen').count()) === 1 || undefined,
        'one row for Anna',
      )
      await annaRow.waitFor()
      await annaSpeaks(`speech as ${role}, under the new participantUUID`)
    }

    // The mediator, co-host, becomes the host (the meeting owner): re-configured, still signed in and linked.
    const mediatorConfigs = configsOf(mediator)
    await em.setRole(mediator.uuid, 'host')
    await m.page.locator('[data-testid=zoom-role]', { hasText: /: host$/ }).waitFor()
    assert.ok(configsOf(mediator) > mediatorConfigs)
    assert.ok(await m.page.getByTestId('sidebar').isVisible(), 'the session stays open')
    await annaRow.waitFor()
    assert.ok((await m.page.getByRole('tab', { name: /caucus/i }).count()) > 0, 'still the mediator’s tools')
    await annaSpeaks('speech after the mediator became host')
    await m.page.screenshot({ path: await artifactPath('zoom-role-change-host-320.png'), fullPage: true })
    assert.deepEqual([...a.uncaught, ...m.uncaught], [])
  })

  it('the pairing screen and the invite page’s Zoom code read in the party’s language (nl, en; 320 and 1280 px)', async () => {
    const words = {
      en: { heading: 'Join the session', wrong: /wrong, used or expired/, invite: 'Your Zoom code' },
      nl: { heading: 'Deelnemen aan de sessie', wrong: /klopt niet/, invite: 'Uw Zoom-code' },
    }
    for (const lang of ['nl', 'en'] as const) {
      const s = await createSessionWithParties(server, { sides: ['A', 'B'], language: lang })
      const em = createZoomEmulator({ clientId, clientSecret })
      const mediator = await em.join({ name: 'Mira Mediator', role: 'host' })
      const m = await openApp(em, mediator)
      await mediatorSignsInAndLinks(m.page, s)
      for (const width of [320, 1280]) {
        const locale = lang === 'nl' ? 'nl-NL' : 'en-US'
        const anna = await em.join({ name: `Anna ${width}` })
        const a = await openApp(em, anna, { width, locale })
        await a.page.getByRole('heading', { name: words[lang].heading }).waitFor()
        await pairInApp(a.page, '1234 5678')
        const problem = a.page.getByTestId('zoom-pair-problem')
        await problem.waitFor()
        assert.match((await problem.textContent()) ?? '', words[lang].wrong)
        await a.page.screenshot({
          path: await artifactPath(`zoom-pair-${lang}-${width}.png`),
          fullPage: true,
        })
        const invite = await codeFromInvitePage(s.invites.A ?? '', { width, locale })
        await invite.page.getByText(words[lang].invite).waitFor()
        await invite.page.screenshot({
          path: await artifactPath(`zoom-invite-code-${lang}-${width}.png`),
          fullPage: true,
        })
        await pairInApp(a.page, invite.code)
        await a.page.getByTestId('sidebar').waitFor({ timeout: 15000 })
        assert.equal(await a.page.getByTestId('zoom-pair').count(), 0, 'the code form is gone once paired')
      }
    }
  })
})
