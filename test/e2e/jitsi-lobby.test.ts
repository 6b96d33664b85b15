/**
 * Jitsi's lobby on, as the documented rules play it (FakeJitsiRules.lobby): parties knock, the mediator's page
 * lets in whoever belongs to the session and this room, and shows anyone else to the mediator. Also: the mediator
 * is told when Jitsi takes the moderator role away.
 */
import assert from 'node:assert/strict'
import { artifactPath } from '../support/browser'
import { endCaucusNow, startCaucusFor, toJointTalks } from '../support/jitsi-session'
import { type JitsiStack, type OpenedPage, startJitsiStack, until } from '../support/jitsi-stack'

describe('Jitsi page with the lobby on', function () {
  this.timeout(120_000)
  let st: JitsiStack
  const pages: Record<string, OpenedPage> = {}
  before(async () => {
    st = await startJitsiStack({ rules: { lobby: true } })
    await toJointTalks(st.server, st.session)
    for (const key of ['mediator', 'A', 'B']) pages[key] = await st.open(key)
  })
  after(async () => st?.close())
  const endpointOf = (key: string) => st.fake.conference.endpointOf(st.session.participants[key]!.id)

  it('JITSI-LOBBY-1 parties knock and are let in by the mediator’s page; a caucus there and back passes the lobby each way', async () => {
    const a = await until('A let in', () => endpointOf('A'))
    const b = await until('B let in', () => endpointOf('B'))
    const mainRoom = a.room
    assert.equal(b.room, mainRoom)
    assert.equal(st.fake.conference.knocking().length, 0, 'nobody left waiting')
    assert.ok(
      st.fake.conference.received.some((r) => r.name === 'answer-knocking-participant' && r.moderator),
      'the mediator answered the lobby',
    )
    await startCaucusFor(st.server, st.session, ['A'])
    await until('A in the caucus room', () => {
      const e = endpointOf('A')
      return e && e.room !== mainRoom ? e : null
    })
    await until('mediator in the caucus room', () => endpointOf('mediator')?.room === endpointOf('A')?.room)
    await endCaucusNow(st.server, st.session)
    await until('A back in the main room', () => endpointOf('A')?.room === mainRoom)
    await until('mediator back', () => endpointOf('mediator')?.room === mainRoom)
    for (const key of ['A', 'B'])
      assert.equal(
        await pages[key]!.page.locator('[data-testid=lobby]').count(),
        0,
        `no lobby list for ${key}`,
      )
  })

  it('JITSI-LOBBY-2 a knocker who is not a participant is shown to the mediator, who refuses', async () => {
    const room = endpointOf('mediator')!.room
    const eve = st.fake.conference.knockAs(room, 'Eve Stranger')
    const m = pages.mediator!.page
    const knocker = m.locator('[data-testid=knocker]')
    await until('the stranger shown to the mediator', () => knocker.isVisible())
    assert.match((await knocker.textContent()) ?? '', /Eve Stranger.*not recognised/)
    await m.screenshot({ path: await artifactPath('jitsi-lobby-stranger-1280-en.png') })
    assert.ok(
      st.fake.conference.knocking().some((k) => k.id === eve.id),
      'not let in by itself',
    )
    await m.locator('[data-testid=knock-refuse]').click()
    await until('refused', () => !st.fake.conference.knocking().some((k) => k.id === eve.id))
    assert.equal(await knocker.count(), 0)
    assert.equal(st.fake.conference.endpointOf('nobody'), undefined)
  })

  it('JITSI-MOD-1 losing the moderator role is shown to the mediator at once', async () => {
    const m = pages.mediator!.page
    assert.equal(await m.locator('[data-testid=mute-others]').isEnabled(), true)
    st.fake.conference.setModerator(endpointOf('mediator')!, false)
    await m.locator('[data-testid=moderator-lost]').waitFor()
    assert.equal(await m.locator('[data-testid=mute-others]').isDisabled(), true)
    await m.screenshot({ path: await artifactPath('jitsi-moderator-lost-1280-en.png') })
    st.fake.conference.setModerator(endpointOf('mediator')!, true)
    await until('warning gone', async () => (await m.locator('[data-testid=moderator-lost]').count()) === 0)
  })
})
