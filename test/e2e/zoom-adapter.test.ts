import assert from 'node:assert/strict'
import { ZOOM_CAPABILITIES } from '@mediation/plugin-zoom'
import type { CaucusRoomPlan, HostEvent } from '@mediation/sidebar/host'
import type { Browser } from 'playwright-core'
import { meetingHostContract } from '../shared/meeting-host.contract'
import { launchBrowser } from '../support/browser'
import { createZoomEmulator, type ZoomEmulator, type ZoomPerson } from '../support/zoom-emulator'
import { capabilitiesOf, openZoomInstance, until, type ZoomInstance } from '../support/zoom-emulator-remote'
import { startHarnessSite } from '../support/zoom-emulator-site'

const clientId = 'zoom-client-id'
const clientSecret = 'zoom-client-secret'

describe('Zoom adapter: real @zoom/appssdk in Chromium against the emulated Zoom client', () => {
  let browser: Browser
  let site: { url: string; close(): Promise<void> }
  const open: ZoomInstance[] = []

  before(async () => {
    ;[browser, site] = await Promise.all([launchBrowser(), startHarnessSite()])
  })
  after(async () => {
    await browser?.close()
    await site?.close()
  })
  afterEach(async () => {
    await Promise.all(open.splice(0).map((i) => i.close()))
  })

  async function instance(em: ZoomEmulator, p: ZoomPerson, query = ''): Promise<ZoomInstance> {
    const i = await openZoomInstance(browser, em, p.uuid, site.url + query)
    open.push(i)
    await i.host.start()
    return i
  }
  async function meeting(hostRole: 'host' | 'coHost' = 'host') {
    const em = createZoomEmulator({ clientId, clientSecret })
    const owner = hostRole === 'coHost' ? await em.join({ name: 'Owner', role: 'host' }) : null
    const mediator = await em.join({ name: 'Mira Mediator', role: hostRole })
    const anna = await em.join({ name: 'Anna (A)' })
    const bram = await em.join({ name: 'Bram (B)' })
    return { em, owner, mediator, anna, bram }
  }
  const roomEvents = (i: ZoomInstance) => i.events.filter((e) => e.type === 'room')

  meetingHostContract('zoom host instance', async () => {
    const { em, mediator } = await meeting()
    const i = await openZoomInstance(browser, em, mediator.uuid, site.url)
    let n = 0
    return {
      host: i.host,
      provokeEvent: async () => {
        await em.join({ name: `Late comer ${++n}` })
        await i.page.evaluate(() => 0)
      },
      cleanup: () => i.close(),
    }
  })
  meetingHostContract('zoom attendee instance', async () => {
    const { em, anna } = await meeting()
    const i = await openZoomInstance(browser, em, anna.uuid, site.url)
    let n = 0
    return {
      host: i.host,
      provokeEvent: async () => {
        // em.speak resolves once the page has the event; one more round trip flushes the page → Node callback.
        await em.speak(anna.uuid, n++ % 2 === 0)
        await i.page.evaluate(() => 0)
      },
      cleanup: () => i.close(),
    }
  })

  it('host and two attendees open the app: each learns who it is; only the host sees the roster', async () => {
    const { em, mediator, anna, bram } = await meeting()
    const [m, a, b] = [await instance(em, mediator), await instance(em, anna), await instance(em, bram)]
    const selfOf = (i: ZoomInstance) =>
      i.events.find((e): e is Extract<HostEvent, { type: 'self' }> => e.type === 'self')?.self
    assert.deepEqual(selfOf(m), { hostId: mediator.uuid, name: 'Mira Mediator', moderator: true })
    assert.deepEqual(selfOf(a), { hostId: anna.uuid, name: 'Anna (A)', moderator: false })
    assert.equal(selfOf(b)?.hostId, bram.uuid)
    const roster = await m.waitFor(
      (e) => e.type === 'participants' && e.participants.length === 3,
      'host roster',
    )
    assert.ok(roster.type === 'participants')
    assert.deepEqual(roster.participants.map((p) => p.name).sort(), ['Anna (A)', 'Bram (B)', 'Mira Mediator'])
    assert.equal(a.events.filter((e) => e.type === 'participants').length, 0, 'attendees see no roster')
    assert.deepEqual(await capabilitiesOf(m), {
      roster: true,
      activeSpeaker: true,
      ownSpeaking: true,
      raiseHand: true,
      muteOthers: false,
      rooms: true,
    })
    assert.deepEqual(await capabilitiesOf(a), {
      roster: false,
      activeSpeaker: false,
      ownSpeaking: true,
      raiseHand: true,
      muteOthers: false,
      rooms: false,
    })
    // The attendee's adapter never asked Zoom for host-only data.
    const attendeeApis = new Set(em.calls.filter((c) => c.from === anna.uuid).map((c) => c.apiName))
    for (const hostOnly of ['getMeetingParticipants', 'getBreakoutRoomList', 'createBreakoutRooms'])
      assert.ok(!attendeeApis.has(hostOnly), hostOnly)
    const errors = em.calls.filter((c) => c.error)
    assert.deepEqual(errors, [], 'no Zoom errors in a normal start')
  })

  it('every API the adapter called was declared in config, and config ran with exactly the one list', async () => {
    const { em, mediator, anna } = await meeting()
    const m = await instance(em, mediator)
    await instance(em, anna)
    await m.host.openCaucus([{ sideId: 'A', name: 'Caucus A', hostIds: [anna.uuid] }])
    await m.host.closeCaucus()
    const configs = em.calls.filter((c) => c.apiName === 'config')
    assert.equal(configs.length, 2)
    for (const c of configs) {
      assert.deepEqual((c.data as { js_api_lists: string[] }).js_api_lists, [...ZOOM_CAPABILITIES])
      assert.equal((c.data as { version: string }).version, '0.16')
    }
    const declared = new Set<string>(ZOOM_CAPABILITIES)
    for (const c of em.calls)
      if (c.apiName !== 'config') assert.ok(declared.has(c.apiName), `${c.apiName} not declared`)
    assert.deepEqual(
      em.calls.filter((c) => c.error),
      [],
    )
  })

  it('role changes re-run config and move the controls: attendee → co-host → attendee (rule newUuidOnRoleChange: a new participantUUID each time)', async () => {
    const { em, anna } = await meeting()
    const a = await instance(em, anna)
    assert.equal((await capabilitiesOf(a)).rooms, false)
    const configs = () => em.calls.filter((c) => c.by === anna.participantId && c.apiName === 'config').length
    const configsBefore = configs()
    const firstUuid = anna.uuid
    await em.setRole(anna.uuid, 'coHost')
    assert.notEqual(anna.uuid, firstUuid, 'Zoom gave her a new participantUUID')
    await until(async () => (await capabilitiesOf(a)).rooms, 'co-host gets rooms')
    assert.equal((await capabilitiesOf(a)).roster, true)
    assert.ok(configs() > configsBefore)
    await a.waitFor((e) => e.type === 'self' && e.self.hostId === anna.uuid, 'the adapter learns the new id')
    await a.waitFor((e) => e.type === 'participants', 'co-host roster')
    await em.setRole(anna.uuid, 'attendee')
    await until(async () => !(await capabilitiesOf(a)).rooms, 'demoted: no rooms')
    assert.equal((await capabilitiesOf(a)).roster, false)
  })

  it('a running-context change runs config again', async () => {
    const { em, anna } = await meeting()
    await instance(em, anna)
    const configs = () => em.calls.filter((c) => c.from === anna.uuid && c.apiName === 'config').length
    assert.equal(configs(), 1)
    await em.changeRunningContext(anna.uuid, 'inMeeting')
    await until(() => configs() === 2, 'config again')
  })

  it('SAFETY-6 a party’s leave() leaves its own meeting through leaveMeeting (the host’s roster sees it go); a client that cannot leave answers false and reports the failure', async () => {
    const { em, mediator, anna } = await meeting()
    const [m, a] = [await instance(em, mediator), await instance(em, anna)]
    await m.waitFor((e) => e.type === 'participants' && e.participants.length === 3, 'host roster')
    assert.equal(await a.host.leave(), true)
    assert.equal(em.people.has(anna.uuid), false, 'Anna left the meeting')
    assert.ok(em.people.has(mediator.uuid), 'the meeting goes on')
    await m.waitFor(
      (e) => e.type === 'participants' && !e.participants.some((p) => p.hostId === anna.uuid),
      'the host sees Anna leave',
    )
    const old = await em.join({ name: 'Old client', unsupported: ['leaveMeeting'] })
    const o = await instance(em, old)
    assert.equal(await o.host.leave(), false)
    assert.ok(em.people.has(old.uuid), 'still in the meeting: the page asks to close it')
    await o.waitFor((e) => e.type === 'failure' && e.action === 'leave', 'the failure is reported')
  })

  it('APIs the client lists as unsupported turn their feature off instead of failing', async () => {
    const em = createZoomEmulator({ clientId, clientSecret })
    const host = await em.join({
      name: 'Old client host',
      role: 'host',
      unsupported: ['createBreakoutRooms', 'onMyActiveSpeakerChange'],
    })
    const h = await instance(em, host)
    const caps = await capabilitiesOf(h)
    assert.equal(caps.rooms, false)
    assert.equal(caps.ownSpeaking, false)
    assert.equal(caps.roster, true)
    const features = await h.page.evaluate(() => window.zoomHarness.host.config().features)
    assert.deepEqual(features.rooms, { on: false, reason: 'unsupported', apis: ['createBreakoutRooms'] })
    await h.host.openCaucus([{ sideId: 'A', name: 'Caucus A', hostIds: [] }])
    assert.equal(em.breakout.rooms.length, 0, 'no rooms were attempted')
  })

  it('the full caucus flow: rooms per side created once, assigned by participantUUID, opened, mediator moves, closed', async () => {
    for (const role of ['host', 'coHost'] as const) {
      const { em, mediator, anna, bram } = await meeting(role)
      const [m, a, b] = [await instance(em, mediator), await instance(em, anna), await instance(em, bram)]
      const plan: CaucusRoomPlan[] = [
        { sideId: 'side-a', name: 'Caucus A', hostIds: [anna.uuid] },
        { sideId: 'side-b', name: 'Caucus B', hostIds: [bram.uuid] },
      ]
      await m.host.openCaucus(plan)
      assert.equal(em.breakout.state, 'open')
      assert.deepEqual(
        em.breakout.rooms.map((r) => r.name),
        ['Caucus A', 'Caucus B'],
      )
      const [roomA, roomB] = em.breakout.rooms
      assert.equal(anna.roomId, roomA?.id, `${role}: Anna in Caucus A`)
      assert.equal(bram.roomId, roomB?.id)
      assert.equal(mediator.roomId, null, 'the mediator is never assigned; it moves itself')
      const assigns = em.calls.filter((c) => c.apiName === 'assignParticipantToBreakoutRoom')
      assert.deepEqual(
        assigns.map((c) => c.data),
        [
          { uuid: roomA?.id, participantUUID: anna.uuid },
          { uuid: roomB?.id, participantUUID: bram.uuid },
        ],
      )
      await a.waitFor((e) => e.type === 'room' && e.room.kind === 'caucus', 'Anna hears her move')
      await b.waitFor((e) => e.type === 'room' && e.room.kind === 'caucus', 'Bram hears his move')

      // Opening again must not call createBreakoutRooms (it would wipe the rooms and their assignments).
      await m.host.openCaucus(plan)
      assert.equal(em.breakout.created, 1)
      assert.equal(em.calls.filter((c) => c.apiName === 'createBreakoutRooms').length, 1)

      // Rule chooseRoomRequired: parties may not choose rooms, so Zoom refuses changeBreakoutRoom to everyone;
      // the mediator uses Join in Zoom's own panel, asked by the adapter, and the move counts once confirmed.
      const joinInPanel = async (roomId: string | null) => {
        const asked = (await m.page.evaluate(() => window.zoomHarness.moveRequests.length)) + 1
        return async () => {
          await until(
            () => m.page.evaluate((n) => window.zoomHarness.moveRequests.length >= n, asked),
            'the move request',
          )
          em.joinFromPanel(mediator.uuid, roomId)
        }
      }
      const moveVia = async (room: Parameters<typeof m.host.moveSelf>[0], roomId: string | null) => {
        const click = await joinInPanel(roomId)
        const planned = room.kind === 'caucus' ? plan.find((r) => r.sideId === room.sideId) : undefined
        await Promise.all([m.host.moveSelf(room, planned), click()])
      }
      await moveVia({ kind: 'caucus', sideId: 'side-a' }, roomA?.id ?? null)
      assert.equal(mediator.roomId, roomA?.id)
      assert.deepEqual(roomEvents(m).at(-1), { type: 'room', room: { kind: 'caucus', sideId: 'side-a' } })
      // Moving to the room one is already in is confirmed at once (Zoom would send no event).
      const changes = em.calls.filter((c) => c.apiName === 'changeBreakoutRoom').length
      await m.host.moveSelf({ kind: 'caucus', sideId: 'side-a' })
      assert.equal(em.calls.filter((c) => c.apiName === 'changeBreakoutRoom').length, changes)
      await moveVia({ kind: 'caucus', sideId: 'side-b' }, roomB?.id ?? null)
      assert.equal(mediator.roomId, roomB?.id)
      const uuidInRoom = await m.page.evaluate(() => window.zoomHarness.host.mainMeeting())
      assert.equal(uuidInRoom, em.meetingUUID, 'parentUUID || meetingUUID inside a breakout room')
      await moveVia({ kind: 'main' }, null)
      assert.equal(mediator.roomId, null)
      assert.deepEqual(roomEvents(m).at(-1), { type: 'room', room: { kind: 'main' } })

      await m.host.closeCaucus()
      // Rule closeCountdown: the rooms stay open until Zoom's countdown (the adapter asks for 10 s) runs out.
      assert.equal(em.breakout.settings.countDown, 10)
      assert.notEqual(em.breakout.closing, null)
      assert.equal(em.breakout.state, 'open')
      await em.endCountdown()
      assert.equal(em.breakout.state, 'closed')
      for (const p of [anna, bram]) assert.equal(p.roomId, null)
      await a.waitFor(
        (e) => e === roomEvents(a).at(-1) && e.type === 'room' && e.room.kind === 'main',
        'Anna back in main',
      )
      assert.deepEqual(
        em.calls.filter((c) => c.error),
        [],
        `${role}: no Zoom errors in the flow`,
      )
      await Promise.all(open.splice(0).map((i) => i.close()))
    }
  })

  it('safety checks: someone in the wrong room, someone unassigned, rooms that cannot be added while open', async () => {
    const { em, mediator, anna, bram } = await meeting()
    const carl = await em.join({ name: 'Carl (not planned)' })
    const m = await instance(em, mediator)
    const plan: CaucusRoomPlan[] = [
      { sideId: 'side-a', name: 'Caucus A', hostIds: [anna.uuid] },
      { sideId: 'side-b', name: 'Caucus B', hostIds: [bram.uuid] },
    ]
    await m.host.openCaucus(plan)
    const first = await m.page.evaluate(() => window.zoomHarness.issues.at(-1))
    assert.deepEqual(first, [
      { kind: 'unassigned', participantUUID: carl.uuid, name: 'Carl (not planned)', expectedRoomName: null },
    ])
    // Bram wanders into Caucus A (Zoom lets him if the host allowed choosing rooms).
    bram.roomId = em.breakout.rooms[0]?.id ?? null
    bram.assignedRoomId = bram.roomId
    const issues = await m.page.evaluate(() => window.zoomHarness.host.checkCaucus())
    assert.deepEqual(
      issues.find((i) => i.kind === 'misplaced'),
      {
        kind: 'misplaced',
        participantUUID: bram.uuid,
        name: 'Bram (B)',
        roomName: 'Caucus A',
        expectedRoomName: 'Caucus B',
      },
    )
    // A third side's room cannot be added while the rooms are open: a visible failure, rooms untouched.
    await assert.rejects(
      m.host.openCaucus([...plan, { sideId: 'side-c', name: 'Caucus C', hostIds: [] }]),
      /cannot be added while open/,
    )
    const failure = await m.waitFor((e) => e.type === 'failure', 'failure event')
    assert.ok(failure.type === 'failure' && failure.action === 'openCaucus')
    assert.equal(em.breakout.rooms.length, 2)
    assert.equal(em.breakout.created, 1)
  })

  it('a move Zoom never confirms becomes a visible failure within the bound', async () => {
    const { em, mediator, anna } = await meeting()
    const m = await instance(em, mediator, '?moveTimeoutMs=400')
    const plan: CaucusRoomPlan[] = [{ sideId: 'side-a', name: 'Caucus A', hostIds: [anna.uuid] }]
    await m.host.openCaucus(plan)
    em.breakout.dropMoveConfirmations = true
    const t0 = Date.now()
    await assert.rejects(m.host.moveSelf({ kind: 'caucus', sideId: 'side-a' }, plan[0]), /did not confirm/)
    assert.ok(Date.now() - t0 < 3000)
    const failure = await m.waitFor((e) => e.type === 'failure' && e.action === 'moveSelf', 'move failure')
    assert.match(failure.type === 'failure' ? failure.message : '', /Caucus A/)
  })

  it('speaking: the host instance hears every speaker, a party instance only itself', async () => {
    const { em, mediator, anna, bram } = await meeting()
    const [m, a] = [await instance(em, mediator), await instance(em, anna)]
    await em.speak(anna.uuid, true)
    await em.speak(bram.uuid, true)
    await em.speak(anna.uuid, false)
    const spoken = () =>
      m.events
        .filter((e) => e.type === 'speaking')
        .map((e) => e.type === 'speaking' && `${e.hostId === anna.uuid ? 'anna' : 'bram'}:${e.speaking}`)
    await until(() => spoken().length === 3, 'three speaking changes at the host')
    assert.deepEqual(spoken(), ['anna:true', 'bram:true', 'anna:false'])
    await until(() => a.events.filter((e) => e.type === 'speaking').length === 2, 'Anna hears her own two')
    assert.ok(
      a.events.every((e) => e.type !== 'speaking' || e.hostId === anna.uuid),
      'a party never hears others speak',
    )
  })

  it('hand raises travel as Zoom feedback reactions; a nudge reaches the other instances', async () => {
    const { em, mediator, anna } = await meeting()
    const [m, a] = [await instance(em, mediator), await instance(em, anna)]
    await a.host.setHand(true)
    await m.waitFor((e) => e.type === 'hand' && e.hostId === anna.uuid && e.raised, 'host sees the hand')
    await a.host.setHand(false)
    await m.waitFor((e) => e.type === 'hand' && e.hostId === anna.uuid && !e.raised, 'host sees it lowered')
    await m.page.evaluate(() => window.zoomHarness.host.nudge('assignments'))
    await until(
      () => a.page.evaluate(() => window.zoomHarness.nudges.includes('assignments')),
      'nudge at Anna',
    )
  })

  it("an attendee calling a host-only API gets Zoom's error and the adapter stays usable", async () => {
    const { em, anna } = await meeting()
    const a = await instance(em, anna)
    const codes = await a.page.evaluate(async () => {
      const sdk = (window as unknown as { zoomSdk: Record<string, (x?: unknown) => Promise<unknown>> })
        .zoomSdk
      const out: string[] = []
      for (const call of [
        () => sdk.getMeetingParticipants!(),
        () => sdk.createBreakoutRooms!({ numberOfRooms: 1, assign: 'manually', names: ['X'] }),
      ]) {
        await call().then(
          () => out.push('resolved'),
          (e: { code?: string }) => out.push(String(e.code)),
        )
      }
      return out
    })
    assert.deepEqual(codes, ['10049', '10027'])
    assert.equal(em.breakout.rooms.length, 0)
    // The adapter's own caucus calls are no-ops for an attendee (no failure), and its events still flow.
    await a.host.openCaucus([{ sideId: 'A', name: 'Caucus A', hostIds: [] }])
    await em.speak(anna.uuid, true)
    await a.waitFor((e) => e.type === 'speaking' && e.speaking, 'still hears its own speaking')
    assert.equal(a.events.filter((e) => e.type === 'failure').length, 0)
  })
})
