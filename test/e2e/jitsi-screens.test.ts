/** Screenshots of the Jitsi page (phone 320 px and desktop 1280 px, nl and en) for a person to look at. */
import assert from 'node:assert/strict'
import { artifactPath } from '../support/browser'
import { type JitsiStack, startJitsiStack, until } from '../support/jitsi-stack'

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
