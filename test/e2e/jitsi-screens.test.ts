/** Screenshots of the Jitsi page (phone 320 px and desktop 1280 px, nl and en) for a person to look at. */
import assert from 'node:assert/strict'
import { artifactPath } from '../support/browser'
import { type JitsiStack, startJitsiStack, until } from '../support/jitsi-stack'
import { api } from '../support/server'

describe('Jitsi page screenshots', function () {
  this.timeout(90_000)
  let st: JitsiStack
  before(async () => {
    st = await startJitsiStack()
  })
  after(async () => st?.close())

  for (const lang of ['nl', 'en'] as const) {
    it(`JITSI-UI-1 desktop 1280 px (${lang}): meeting and sidebar side by side, sidebar collapsible`, async () => {
      const { page, context } = await st.open('mediator', { width: 1280, height: 800, lang })
      const frame = page.frameLocator('iframe')
      await until('meeting joined', () => frame.locator('.tile').first().isVisible())
      await until('sidebar rendered', () => page.locator('[data-testid=sidebar]').isVisible())
      const side = await page.locator('.jm-side').boundingBox()
      const meeting = await page.locator('.jm-meeting').boundingBox()
      assert.ok(side && meeting && side.x >= meeting.x + meeting.width, 'sidebar right of the meeting')
      await page.screenshot({ path: await artifactPath(`jitsi-mediator-1280-${lang}.png`) })
      await page.locator('.jm-collapse').click()
      assert.equal(await page.locator('.jm-side').isVisible(), false, 'collapsed')
      const wide = await page.locator('.jm-meeting').boundingBox()
      assert.ok(wide && wide.width > 1200, 'the meeting takes the room')
      await page.screenshot({ path: await artifactPath(`jitsi-mediator-1280-${lang}-collapsed.png`) })
      await context.close()
    })

    it(`JITSI-UI-2 phone 320 px (${lang}): meeting and sidebar are tabs, the meeting stays mounted`, async () => {
      const { page, context } = await st.open('A', { width: 320, height: 640, lang })
      const frame = page.frameLocator('iframe')
      await until('meeting joined', () => frame.locator('.tile').first().isVisible())
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
      assert.ok(scroll <= 320, `no horizontal scrolling (${scroll}px)`)
      await page.screenshot({ path: await artifactPath(`jitsi-party-320-${lang}-meeting.png`) })
      await page.getByRole('tab', { name: lang === 'nl' ? 'Mediation' : 'Mediation' }).click()
      await until('sidebar rendered', () => page.locator('[data-testid=sidebar]').isVisible())
      assert.equal(
        await page.locator('iframe').count(),
        1,
        'the meeting iframe is still there behind the tab',
      )
      await page.screenshot({ path: await artifactPath(`jitsi-party-320-${lang}-sidebar.png`) })
      await context.close()
    })
  }
})

describe('Jitsi page on an open deployment (no token secret)', function () {
  this.timeout(90_000)
  let st: JitsiStack
  before(async () => {
    st = await startJitsiStack({ deployment: 'open' })
  })
  after(async () => st?.close())

  it('JITSI-UI-3 the mediator is told the meeting is open; parties are not; binding still works by announcement', async () => {
    const m = await st.open('mediator', { lang: 'nl' })
    const warning = m.page.locator('[data-testid=open-warning]')
    await until('warning shown', () => warning.isVisible())
    assert.match((await warning.textContent()) ?? '', /zonder tokens/)
    await until('meeting joined', () => m.page.frameLocator('iframe').locator('.tile').first().isVisible())
    await until('sidebar rendered', () => m.page.locator('[data-testid=sidebar]').isVisible())
    await m.page.screenshot({ path: await artifactPath('jitsi-mediator-1280-nl-open-meeting.png') })
    const a = await st.open('A', { lang: 'en' })
    await until('A joined', () => st.fake.conference.endpoints().length === 2)
    assert.equal(await a.page.locator('[data-testid=open-warning]').count(), 0)
    const [first, second] = st.fake.conference.endpoints()
    assert.deepEqual([first!.claims, second!.claims], [null, null], 'no tokens at all')
    assert.deepEqual(
      [first!.moderator, second!.moderator],
      [true, false],
      'Jitsi made the first joiner moderator',
    )
    const path = `/api/sessions/${st.session.sessionId}/jitsi/endpoints?ids=${first!.id},${second!.id}`
    const bound = await until('both announced', async () => {
      const res = await api<{ bindings: Record<string, string> }>(
        st.server,
        st.session.mediatorToken,
        'GET',
        path,
      )
      return Object.keys(res.body.bindings).length === 2 ? res.body.bindings : null
    })
    assert.deepEqual(bound, {
      [first!.id]: st.session.participants.mediator!.id,
      [second!.id]: st.session.participants.A!.id,
    })
  })
})

describe('Jitsi page on meet.jit.si (quick try)', function () {
  this.timeout(90_000)
  let st: JitsiStack
  before(async () => {
    st = await startJitsiStack({ deployment: 'demo' })
  })
  after(async () => st?.close())

  it('JITSI-UI-4 the mediator is warned about the 5-minute embed limit; a party sees no notice and no mediator controls', async () => {
    const a = await st.open('A', { lang: 'nl', width: 320, height: 640 })
    assert.ok((await a.page.locator('iframe').getAttribute('src'))?.startsWith('https://meet.jit.si/'))
    await until('meeting joined', () => a.page.frameLocator('iframe').locator('.tile').first().isVisible())
    // Open meeting: Jitsi makes the first joiner moderator, here a party; still no mediator controls for them.
    await until('the party is Jitsi moderator', () =>
      st.fake.conference.endpoints().some((e) => e.displayName === 'Party A' && e.moderator),
    )
    for (const id of ['demo-warning', 'mute-others', 'lobby-on', 'open-warning'])
      assert.equal(await a.page.locator(`[data-testid=${id}]`).count(), 0, `no ${id} for a party`)
    const m = await st.open('mediator', { lang: 'nl', width: 1280, height: 800 })
    const warning = m.page.locator('[data-testid=demo-warning]')
    await until('demo warning shown to the mediator', () => warning.isVisible())
    assert.match((await warning.textContent()) ?? '', /5 minuten/)
    await m.page.screenshot({ path: await artifactPath('jitsi-mediator-1280-nl-demo.png') })
    await a.page.screenshot({ path: await artifactPath('jitsi-party-320-nl-demo.png') })
  })
})
