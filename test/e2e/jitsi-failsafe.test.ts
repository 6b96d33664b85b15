/**
 * The Jitsi page when the meeting is not there: the deployment unreachable (the sidebar works, the page says so,
 * try again works, or go on without video), a hangup or a kick (rejoin), and room moves that do not show the
 * device check again. The fake plays the documented rules (prejoin per mount, late moderator role).
 */
import assert from 'node:assert/strict'
import { caucusState, controlSchema, getPhase } from '@mediation/core/domain'
import { artifactPath } from '../support/browser'
import { endCaucusNow, readControl, startCaucusFor, toJointTalks } from '../support/jitsi-session'
import { type JitsiStack, joinFromPrejoin, startJitsiStack, until } from '../support/jitsi-stack'

const QUICK = '&loadMs=1500'

describe('Jitsi page that fails safely', function () {
  this.timeout(120_000)
  let st: JitsiStack
  before(async () => {
    st = await startJitsiStack()
  })
  after(async () => st?.close())
  const endpointOf = (key: string) => st.fake.conference.endpointOf(st.session.participants[key]!.id)

  for (const lang of ['nl', 'en'] as const) {
    for (const width of [320, 1280]) {
      it(`JITSI-SAFE-1 Jitsi unreachable: the sidebar opens, the page says so in ${lang}, try again joins (${width} px)`, async () => {
        st.fake.setDown(true)
        const { page, context } = await st.open('A', {
          lang,
          width,
          height: 800,
          prejoin: 'leave',
          query: QUICK,
        })
        const failed = page.locator('[data-testid=meeting-failed]')
        await until('the failure shown', () => failed.isVisible())
        assert.match(
          (await failed.textContent()) ?? '',
          lang === 'nl'
            ? /kon niet worden geladen.*zijbalk werkt gewoon/
            : /could not be loaded.*sidebar works/,
        )
        await page.screenshot({ path: await artifactPath(`jitsi-unreachable-${width}-${lang}.png`) })
        if (width <= 700) await page.getByRole('tab').nth(1).click()
        // The sidebar did not wait for the meeting: the session is open and usable.
        await until('sidebar rendered', () => page.locator('[data-testid=sidebar]').isVisible())
        await page.screenshot({ path: await artifactPath(`jitsi-unreachable-${width}-${lang}-sidebar.png`) })
        if (width <= 700) await page.getByRole('tab').nth(0).click()
        st.fake.setDown(false)
        await page.locator('[data-testid=meeting-retry]').click()
        await joinFromPrejoin(page)
        await until('A joined after trying again', () => endpointOf('A'))
        await context.close()
        await until('A left', () => !endpointOf('A'))
      })
    }
  }

  it('JITSI-SAFE-2 continue without video: the sidebar alone, then the video again on request', async () => {
    st.fake.setDown(true)
    const { page, context } = await st.open('B', { width: 1280, height: 800, prejoin: 'leave', query: QUICK })
    await page.locator('[data-testid=meeting-without-video]').click()
    await page.locator('[data-testid=meeting-off]').waitFor()
    assert.equal(await page.locator('iframe').count(), 0, 'no meeting mounted')
    await until('sidebar rendered', () => page.locator('[data-testid=sidebar]').isVisible())
    const side = await page.locator('.jm-side').boundingBox()
    assert.ok(side && side.width > 600, `the sidebar takes the room (${side?.width} px)`)
    await page.screenshot({ path: await artifactPath('jitsi-without-video-1280-en.png') })
    st.fake.setDown(false)
    await page.locator('[data-testid=meeting-video-on]').click()
    await joinFromPrejoin(page)
    await until('B joined', () => endpointOf('B'))
    await context.close()
    await until('B left', () => !endpointOf('B'))
  })

  it('JITSI-SAFE-3 a hangup and a kick offer rejoin; the rejoin and room moves skip the device check, same devices', async () => {
    await toJointTalks(st.server, st.session)
    const m = await st.open('mediator')
    const a = await st.open('A')
    const first = await until('A joined', () => endpointOf('A'))
    assert.notEqual(
      (first.config.prejoinConfig as { enabled?: boolean }).enabled,
      false,
      'device check first',
    )
    st.fake.conference.hangUp(first)
    const left = a.page.locator('[data-testid=meeting-left]')
    await until('rejoin offered after the hangup', () => left.isVisible())
    assert.equal(await left.getAttribute('data-reason'), 'hangup')
    await a.page.locator('[data-testid=meeting-rejoin]').click()
    const second = await until('A back without a prejoin click', () => endpointOf('A'))
    assert.equal((second.config.prejoinConfig as { enabled?: boolean }).enabled, false)
    const mediator = await until('mediator joined and moderator', () => {
      const e = endpointOf('mediator')
      return e?.moderator ? e : null
    })
    st.fake.conference.command(mediator, 'kick-participant', [second.id])
    await until(
      'rejoin offered after the kick',
      async () => (await left.getAttribute('data-reason')) === 'kicked',
    )
    await a.page.screenshot({ path: await artifactPath('jitsi-kicked-1280-en.png') })
    await a.page.locator('[data-testid=meeting-rejoin]').click()
    await until('A back after the kick', () => endpointOf('A'))
    // A caucus move and back: new mounts, no device check, the devices chosen on the first mount.
    const mainRoom = second.room
    await startCaucusFor(st.server, st.session, ['A'])
    const inCaucus = await until('A in the caucus room', () => {
      const e = endpointOf('A')
      return e && e.room !== mainRoom ? e : null
    })
    assert.equal((inCaucus.config.prejoinConfig as { enabled?: boolean }).enabled, false)
    await endCaucusNow(st.server, st.session)
    await until('A back in the main room', () => endpointOf('A')?.room === mainRoom)
    await Promise.all([m.context.close(), a.context.close()])
  })
})

describe('Jitsi: a move counts only once the meeting confirms it', function () {
  this.timeout(120_000)
  let st: JitsiStack
  before(async () => {
    st = await startJitsiStack()
  })
  after(async () => st?.close())
  const endpointOf = (key: string) => st.fake.conference.endpointOf(st.session.participants[key]!.id)

  it('JITSI-MOVE-1 a move the meeting never confirms leaves the caucus state and its time log unchanged, and says so', async () => {
    await toJointTalks(st.server, st.session)
    const m = await st.open('mediator', { query: '&moveMs=3000' })
    await st.open('A')
    await st.open('B')
    await startCaucusFor(st.server, st.session, ['A', 'B'])
    await until('mediator in the room of A', () => {
      const e = endpointOf('mediator')
      return e && e.room === endpointOf('A')?.room && e.room !== endpointOf('B')?.room
    })
    const record = () =>
      readControl(st.server, st.session, (doc) => ({
        room: caucusState(doc, Date.now()).mediatorRoom,
        log: JSON.stringify(controlSchema(doc).caucusLog.toArray()),
      }))
    const before = await record()
    assert.equal(before.room, st.session.sides.A)
    st.fake.setDown(true)
    await m.page.getByRole('tab', { name: 'Caucus' }).click()
    await m.page.locator(`[data-testid=move-${st.session.sides.B}]`).click()
    await m.page.getByText('did not confirm the move').waitFor({ timeout: 20_000 })
    assert.deepEqual(await record(), before, 'caucus state and time log unchanged')
    await m.page.screenshot({ path: await artifactPath('jitsi-move-unconfirmed-1280-en.png') })
    st.fake.setDown(false)
  })

  it('JITSI-MOVE-1 a caucus started from the sidebar records the mediator in main until the meeting confirms the first room (CAUCUS-2)', async () => {
    // Joint talks with no caucus running (whatever the test before left).
    const now = await readControl(st.server, st.session, (doc) => ({
      phase: getPhase(doc),
      caucus: caucusState(doc, Date.now()).status,
    }))
    if (now.phase === 'intake') await toJointTalks(st.server, st.session)
    if (now.caucus === 'active') await endCaucusNow(st.server, st.session)
    const m = await st.open('mediator', { query: '&moveMs=3000' })
    const caucusLog = () =>
      readControl(st.server, st.session, (doc) => ({
        room: caucusState(doc, Date.now()).mediatorRoom,
        status: caucusState(doc, Date.now()).status,
        log: controlSchema(doc).caucusLog.toArray(),
      }))
    const sideA = st.session.sides.A ?? ''
    const mainRoom = (await until('mediator in the main meeting', () => endpointOf('mediator'))).room
    const caucusTab = m.page.getByRole('tab', { name: 'Caucus' })
    await caucusTab.click()
    await m.page.getByRole('checkbox', { name: 'B' }).uncheck()
    await m.page.locator('[data-testid=plan-caucus]').click()
    // The deployment cannot be reached when the caucus starts: the first room is never confirmed.
    st.fake.setDown(true)
    await m.page.locator('[data-testid=start-caucus]').click()
    await m.page.getByText('did not confirm the move').waitFor({ timeout: 20_000 })
    const unconfirmed = await caucusLog()
    assert.equal(unconfirmed.status, 'active', 'the caucus runs')
    assert.equal(unconfirmed.room, 'main', 'but the mediator is on record in main, not in the room of A')
    assert.deepEqual(
      unconfirmed.log.slice(-1).map((e) => [e.type, e.room]),
      [['start', 'main']],
      'no move into A’s room in the time log',
    )
    // Back online, the mediator moves to A from the sidebar: recorded once the meeting there has joined.
    st.fake.setDown(false)
    await m.page.locator(`[data-testid=move-${sideA}]`).click()
    await until('mediator recorded in the room of A', async () => (await caucusLog()).room === sideA)
    // …and is in a meeting of its own (the main meeting's old endpoint may take a moment to close).
    await until('mediator in a meeting other than the main one', () => {
      const there = endpointOf('mediator')?.room
      return there !== undefined && there !== mainRoom
    })
    await endCaucusNow(st.server, st.session)
  })
})
