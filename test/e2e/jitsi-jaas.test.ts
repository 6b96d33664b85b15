/**
 * JaaS (8x8.vc) end to end: the page uses react-sdk's JaaSMeeting with the app id, the script and the meeting come
 * from https://8x8.vc/<appId>/ (Chromium resolves 8x8.vc to the fake deployment), and the meeting admits only
 * RS256 tokens signed with the JaaS key: moderator for the mediator only.
 */
import assert from 'node:assert/strict'
import { JAAS_APP_ID, type JitsiStack, startJitsiStack, until } from '../support/jitsi-stack'

describe('Jitsi page on JaaS (8x8.vc, RS256 tokens)', function () {
  this.timeout(90_000)
  let st: JitsiStack
  before(async () => {
    st = await startJitsiStack({ deployment: 'jaas' })
  })
  after(async () => st?.close())

  it('JITSI-JAAS-1 mediator and party join the app-id room with RS256 tokens; only the mediator is moderator', async () => {
    const m = await st.open('mediator')
    const a = await st.open('A')
    const [em, ea] = [await st.endpoint('mediator'), await st.endpoint('A')]
    assert.ok(em.room.startsWith(`${JAAS_APP_ID}/mediation`), `room under the app id: ${em.room}`)
    assert.equal(ea.room, em.room)
    assert.deepEqual([em.moderator, ea.moderator], [true, false])
    const user = (e: typeof em) => (e.claims!.context as { user: Record<string, unknown> }).user
    assert.deepEqual([user(em).moderator, user(ea).moderator], ['true', 'false'])
    const frameUrl = await m.page.locator('iframe').getAttribute('src')
    assert.ok(frameUrl?.startsWith(`https://8x8.vc/${JAAS_APP_ID}/`), 'the meeting is served by 8x8.vc')
    assert.ok(
      m.seen.some((u) => u.startsWith(`https://8x8.vc/${JAAS_APP_ID}/external_api.js`)),
      'script from JaaS',
    )
    await until('the party sees the mediator', () =>
      a.page.frameLocator('iframe').getByText('Mira Mediator').isVisible(),
    )
  })
})
