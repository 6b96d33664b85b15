/**
 * The Jitsi page end to end: real @jitsi/react-sdk under preact/compat, the real external_api.js built from the
 * jitsi-meet sources at test time, the real companion server and sidebar, and a fake meeting on its own HTTPS
 * origin that speaks the IFrame API transport and records every command. Three people: mediator, A and B.
 */
import assert from 'node:assert/strict'
import { controlSchema, getQueue, talkTime } from '@mediation/core/domain'
import type { Endpoint } from '../support/fake-meeting/conference'
import {
  endCaucusNow,
  endFloorNow,
  grantFloorTo,
  moveMediatorTo,
  readControl,
  startCaucusFor,
  toJointTalks,
} from '../support/jitsi-session'
import { type JitsiStack, type OpenedPage, startJitsiStack, until } from '../support/jitsi-stack'
import { api } from '../support/server'

describe('Jitsi page end to end (mediator + two parties)', function () {
  this.timeout(90_000)
  let st: JitsiStack
  const pages: Record<string, OpenedPage> = {}
  const ep: Record<string, Endpoint> = {}
  const pid = (key: string) => st.session.participants[key]!.id

  before(async () => {
    st = await startJitsiStack()
    for (const key of ['mediator', 'A', 'B']) pages[key] = await st.open(key)
    for (const key of ['mediator', 'A', 'B']) ep[key] = await st.endpoint(key)
  })
  after(async () => st?.close())

  const speech = () => readControl(st.server, st.session, (doc) => controlSchema(doc).speech.toArray())

  it('JITSI-E2E-1 mediator and both parties join one main room, each bound to their session participant', async () => {
    const rooms = new Set(Object.values(ep).map((e) => e.room))
    assert.equal(rooms.size, 1, 'one main room for all three')
    assert.deepEqual(
      Object.fromEntries(Object.entries(ep).map(([k, e]) => [k, e.moderator])),
      { mediator: true, A: false, B: false },
      'only the mediator is moderator (from the JWT)',
    )
    assert.equal(ep.A!.displayName, 'Party A', 'display name from the invite')
    const cfg = ep.A!.config as {
      prejoinConfig: { enabled: boolean }
      breakoutRooms: Record<string, boolean>
      remoteVideoMenu: { disablePrivateChat: string }
      toolbarButtons: string[]
    }
    assert.equal(cfg.prejoinConfig.enabled, true, 'device check before joining')
    assert.deepEqual(cfg.breakoutRooms, {
      hideAddRoomButton: true,
      hideAutoAssignButton: true,
      hideJoinRoomButton: true,
    })
    assert.equal(cfg.remoteVideoMenu.disablePrivateChat, 'all')
    for (const b of ['recording', 'livestreaming', 'invite'])
      assert.ok(!cfg.toolbarButtons.includes(b), `no ${b} button`)
    assert.ok(cfg.toolbarButtons.includes('raisehand'))
    // Binding by announcement, as used without tokens: every page told the server its endpoint id.
    const ids = Object.values(ep).map((e) => e.id)
    const bound = await until('all three announced', async () => {
      const res = await api<{ bindings: Record<string, string> }>(
        st.server,
        st.session.mediatorToken,
        'GET',
        `/api/sessions/${st.session.sessionId}/jitsi/endpoints?ids=${ids.join(',')}`,
      )
      return Object.keys(res.body.bindings).length === 3 ? res.body.bindings : null
    })
    for (const key of ['mediator', 'A', 'B']) assert.equal(bound[ep[key]!.id], pid(key))
    assert.equal(await pages.mediator!.page.locator('[data-testid=mute-others]').isEnabled(), true)
    assert.equal(await pages.A!.page.locator('[data-testid=mute-others]').count(), 0, 'not shown to a party')
    // One session client per page: the sidebar's. Each document is opened once (issue 12, item 5).
    for (const key of ['mediator', 'A']) {
      const controls = pages[key]!.seen.filter((u) => /^wss?:\/\/[^ ]*\/sync\/[^?]*control(\?|$)/.test(u))
      assert.equal(controls.length, 1, `${key}: control opened ${controls.length} times`)
    }
  })

  it('JITSI-E2E-2 dominant speaker with a muted stretch gives the right talk time per side', async () => {
    const conf = st.fake.conference
    const at = async (key: string, kind: 'speaking' | 'muted', value: boolean) =>
      (
        await until(`${key} ${kind}=${value} recorded`, async () =>
          (await speech()).find((e) => e.participantId === pid(key) && e.kind === kind && e.value === value),
        )
      ).at
    conf.dominantSpeaker(ep.A!)
    const aFrom = await at('A', 'speaking', true)
    conf.setMuted(ep.A!, true) // A stays dominant speaker in Jitsi, but is muted: not talk time
    const aMuted = await at('A', 'muted', true)
    conf.dominantSpeaker(ep.B!)
    const bFrom = await at('B', 'speaking', true)
    assert.equal(await at('A', 'speaking', false), bFrom, 'A stops when B becomes dominant')
    conf.dominantSpeaker(ep.mediator!)
    const bTo = await at('B', 'speaking', false)
    assert.ok(bFrom > aMuted && aMuted >= aFrom, 'a real muted stretch between A muting and B speaking')
    const talk = await readControl(st.server, st.session, (doc) => talkTime(doc, Date.now()))
    const sideA = st.session.sides.A!
    const sideB = st.session.sides.B!
    assert.equal(talk.perSide[sideA] ?? 0, aMuted - aFrom, "A's muted stretch is not counted")
    assert.equal(talk.perSide[sideB] ?? 0, bTo - bFrom)
    conf.setMuted(ep.A!, false)
    await at('A', 'muted', false)
  })

  it('JITSI-E2E-3 a hand raised in Jitsi queues in the sidebar, a hand raised in the sidebar goes up in Jitsi', async () => {
    const queue = () => readControl(st.server, st.session, (doc) => getQueue(doc).map((q) => q.participantId))
    st.fake.conference.clickRaiseHand(ep.A!)
    await until('A queued from Jitsi', async () => (await queue()).includes(pid('A')))

    const b = pages.B!.page
    await b.getByRole('tab', { name: 'Turns' }).click()
    await b.locator('[data-testid=raise-hand]').click()
    await until('B raised in Jitsi', () => ep.B!.hand > 0)
    await until('B queued', async () => (await queue()).includes(pid('B')))
    const toggles = st.fake.conference.received.filter(
      (r) => r.name === 'toggle-raise-hand' && r.from === ep.B!.id,
    )
    assert.equal(toggles.length, 1, 'exactly one toggle: hand up, not up-and-down')

    await grantFloorTo(st.server, st.session, 'A') // the floor lowers A's hand in the queue...
    await until("A's Jitsi hand lowered to match", () => ep.A!.hand === 0) // ...and the page lowers it in Jitsi
    assert.deepEqual(await queue(), [pid('B')])
  })

  it('JITSI-E2E-4 mute everyone but the floor holder: only the moderator ever sends it', async () => {
    assert.equal(await pages.B!.page.locator('[data-testid=mute-others]').count(), 0)
    await pages.mediator!.page.locator('[data-testid=mute-others]').click()
    await until('B muted', () => ep.B!.audioMuted)
    assert.equal(ep.A!.audioMuted, false, 'A holds the floor and keeps speaking')
    const mutes = st.fake.conference.received.filter((r) => r.name.startsWith('mute-'))
    assert.ok(mutes.length > 0)
    for (const m of mutes) {
      assert.equal(m.from, ep.mediator!.id, `${m.name} came from the mediator`)
      assert.equal(m.moderator, true)
    }
    assert.deepEqual(
      mutes.map((m) => [m.name, m.data]),
      [['mute-remote-participant', [ep.B!.id, 'audio']]],
    )
    assert.equal(
      await pages.mediator!.page.locator('[data-testid=host-failure]').count(),
      0,
      'confirmed, no failure',
    )

    // Without a floor holder, the moderator's one mute-everyone mutes all but the mediator.
    await endFloorNow(st.server, st.session)
    await pages.mediator!.page.locator('[data-testid=mute-others]').click()
    await until('A muted too', () => ep.A!.audioMuted)
    const all = st.fake.conference.received.filter((r) => r.name === 'mute-everyone')
    assert.deepEqual(
      all.map((r) => [r.from, r.data]),
      [[ep.mediator!.id, ['audio']]],
    )
    assert.equal(ep.mediator!.audioMuted, false)
  })

  it('JITSI-E2E-5 a command Jitsi never confirms becomes a visible failure (bounded wait)', async () => {
    st.fake.conference.dropped.add('toggle-raise-hand')
    const b = pages.B!.page
    await b.locator('[data-testid=lower-hand]').click()
    const failure = b.locator('[data-testid=host-failure]')
    await until('failure shown', () => failure.isVisible())
    assert.match(
      (await failure.textContent()) ?? '',
      /Raising or lowering the hand in Jitsi: Jitsi did not confirm it/,
    )
    assert.ok(ep.B!.hand > 0, 'the hand really is still up in Jitsi')
    assert.ok(st.fake.conference.received.some((r) => r.name === 'toggle-raise-hand' && r.from === ep.B!.id))
    st.fake.conference.dropped.clear()
  })

  it('JITSI-E2E-6 a caucus moves exactly the mediator and side A into a room side B never hears of, and back', async () => {
    const main = ep.B!.room
    await toJointTalks(st.server, st.session)
    await startCaucusFor(st.server, st.session, ['A'])
    const caucus = await until('mediator and A in the caucus room', () => {
      const e = st.fake.conference.endpoints()
      const inCaucus = e.filter((x) => x.room !== main)
      const who = inCaucus.map((x) => x.claims?.context).map((c) => (c as { user: { id: string } }).user.id)
      return who.length === 2 && who.includes(pid('mediator')) && who.includes(pid('A'))
        ? inCaucus[0]!.room
        : null
    })
    const inMain = st.fake.conference.endpoints().filter((x) => x.room === main)
    assert.equal(inMain.length, 1, 'only B is left in the main room')
    assert.equal(
      inMain[0]!.claims?.context && (inMain[0]!.claims.context as { user: { id: string } }).user.id,
      pid('B'),
    )
    await until('B sees the waiting view in the sidebar', () =>
      pages.B!.page.locator('[data-testid=caucus-waiting]').isVisible(),
    )

    // Several switches: mediator out to main and back in, then the caucus ends.
    await moveMediatorTo(st.server, st.session, 'main')
    await until('mediator back in main', () => st.fake.conference.endpointOf(pid('mediator'))?.room === main)
    await moveMediatorTo(st.server, st.session, 'A')
    await until(
      'mediator in caucus again',
      () => st.fake.conference.endpointOf(pid('mediator'))?.room === caucus,
    )
    await endCaucusNow(st.server, st.session)
    await until(
      'everyone back in main',
      () =>
        st.fake.conference.endpoints().every((x) => x.room === main) &&
        st.fake.conference.endpoints().length === 3,
    )

    for (const key of ['mediator', 'A', 'B']) {
      assert.equal(await pages[key]!.page.locator('iframe').count(), 1, `${key}: exactly one meeting iframe`)
    }
    await until('old meeting connections closed', () => st.fake.connections() === 3)
    assert.ok(
      pages.A!.seen.some((t) => t.includes(caucus)),
      'side A did receive the caucus room (sanity check of the recorder)',
    )
    const leaks = pages.B!.seen.filter((t) => t.includes(caucus))
    assert.deepEqual(leaks, [], 'side B never received the caucus room name in any response or frame')
  })

  it("JITSI-E2E-7 the same caucus driven from the mediator's sidebar: plan, start, move out and back, end", async () => {
    const m = pages.mediator!.page
    const conf = st.fake.conference
    const main = ep.B!.room
    const roomOf = (key: string) => conf.endpointOf(pid(key))?.room
    await m.getByRole('tab', { name: 'Caucus' }).click()
    await m.getByRole('checkbox', { name: 'B' }).uncheck()
    await m.locator('[data-testid=plan-caucus]').click()
    await m.locator('[data-testid=start-caucus]').click()
    const caucus = await until('mediator and A moved', () => {
      const r = roomOf('mediator')
      return r && r !== main && roomOf('A') === r ? r : null
    })
    assert.equal(roomOf('B'), main)
    await m.locator('[data-testid=move-main]').click()
    await until('mediator in main', () => roomOf('mediator') === main)
    await m.locator(`[data-testid=move-${st.session.sides.A}]`).click()
    await until('mediator back in the caucus', () => roomOf('mediator') === caucus)
    await m.locator('[data-testid=end-caucus]').click()
    await until('all in main', () => ['mediator', 'A', 'B'].every((k) => roomOf(k) === main))
    await until('old meeting connections closed', () => st.fake.connections() === 3)
    for (const key of ['mediator', 'A', 'B'])
      assert.equal(await pages[key]!.page.locator('iframe').count(), 1)
    assert.equal(await m.locator('[data-testid=host-failure]').count(), 0, 'every move confirmed, no failure')
    assert.deepEqual(
      pages.B!.seen.filter((t) => t.includes(caucus)),
      [],
      'side B never received this caucus room name either',
    )
  })
})
