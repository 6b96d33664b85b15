/**
 * The Jitsi links as a participant starts them: the invite link's "to the video meeting" and the practice page's
 * "practice meeting", clicked in Chromium, against the real server, the real pages and the fake deployment.
 */
import assert from 'node:assert/strict'
import type { JitsiRoomResponse } from '@mediation/protocol'
import { artifactPath } from '../support/browser'
import { type JitsiStack, joinFromPrejoin, startJitsiStack, until } from '../support/jitsi-stack'
import { api } from '../support/server'

for (const language of ['en', 'nl'] as const) {
  describe(`Jitsi links from the invite (${language})`, function () {
    this.timeout(120_000)
    let st: JitsiStack
    before(async () => {
      st = await startJitsiStack({ pages: ['join', 'practice'], language })
    })
    after(async () => st?.close())

    const roomOf = async (key: string, path = 'room') =>
      (
        await api<JitsiRoomResponse>(
          st.server,
          st.credentialOf(key),
          'GET',
          `/api/sessions/${st.session.sessionId}/jitsi/${path}`,
        )
      ).body.room

    for (const width of [1280, 320]) {
      it(`JITSI-LINK-1 the invite link's meeting button opens that participant's meeting, token out of the address bar (${width} px)`, async () => {
        const token = st.credentialOf('A')
        const { page, context } = await st.newPage({ width, height: 800 })
        await page.goto(`${st.server.url}/join/${token}`)
        await page.locator('[data-testid=open-jitsi]').click()
        await page.waitForURL((u) => u.pathname === '/jitsi/')
        await joinFromPrejoin(page)
        const joined = await until('A joined the meeting', () =>
          st.fake.conference.endpointOf(st.session.participants.A!.id),
        )
        assert.equal(joined.room, await roomOf('A'), "A is in the session's main room")
        assert.equal(joined.moderator, false)
        assert.ok(!page.url().includes(token), `no token in ${page.url()}`)
        assert.equal(await page.locator('[data-testid=boot-error]').count(), 0)
        const sidebar = width > 700 ? page.locator('[data-testid=sidebar]') : page.getByRole('tab').nth(1)
        await until('sidebar or its tab shown', () => sidebar.isVisible())
        await page.screenshot({ path: await artifactPath(`jitsi-invite-${width}-${language}.png`) })
        await context.close()
        await until('A left', () => !st.fake.conference.endpointOf(st.session.participants.A!.id))
      })

      it(`JITSI-LINK-2 the practice page's practice meeting is a room of the participant's own, with the device check (${width} px)`, async () => {
        // The practice page speaks the browser's language; the meeting page follows it.
        const locale = language === 'nl' ? 'nl-NL' : 'en-GB'
        const { page, context } = await st.newPage({ width, height: 800, locale })
        await page.goto(`${st.server.url}/practice/#t=${st.credentialOf('B')}`)
        await page.locator('[data-testid=step-practice]').click()
        await page.locator('[data-testid=practice-meeting]').click()
        await page.waitForURL((u) => u.pathname === '/jitsi/')
        await page.locator('[data-testid=practice-title]').waitFor()
        // The device check comes first, as in the session.
        await joinFromPrejoin(page)
        assert.equal(await page.evaluate(() => document.documentElement.lang), language)
        const ep = await until('B joined the practice room', () =>
          st.fake.conference.endpointOf(st.session.participants.B!.id),
        )
        const practice = await roomOf('B', 'practice')
        assert.equal(ep.room, practice, 'the practice room the server names for B')
        assert.notEqual(practice, await roomOf('B'), 'not the session room')
        assert.notEqual(practice, await roomOf('A', 'practice'), "not A's practice room")
        assert.equal(await page.locator('[data-testid=sidebar]').count(), 0, 'no session sidebar')
        assert.equal(await page.locator('[data-testid=boot-error]').count(), 0)
        assert.ok(!page.url().includes(st.credentialOf('B')))
        await page.screenshot({ path: await artifactPath(`jitsi-practice-${width}-${language}.png`) })
        await context.close()
        await until('B left', () => !st.fake.conference.endpointOf(st.session.participants.B!.id))
      })
    }

    it('JITSI-LINK-4 the secretariat opening the meeting link is told, in words, why it does not join', async () => {
      const { page, context } = await st.newPage({ width: 1280, height: 800 })
      await page.goto(`${st.server.url}/jitsi/#t=${st.credentialOf('sec')}`)
      const said = page.locator('[data-testid=boot-error]')
      await said.waitFor()
      assert.match(
        (await said.textContent()) ?? '',
        language === 'nl' ? /secretariaat neemt niet deel/ : /secretariat does not take part/,
      )
      await context.close()
    })

    it('JITSI-LINK-3 the secretariat may join a participant’s practice room to help; a party may not', async () => {
      const forA = `practice?for=${st.session.participants.A!.id}`
      assert.equal(await roomOf('sec', forA), await roomOf('A', 'practice'))
      const other = await api(
        st.server,
        st.credentialOf('B'),
        'GET',
        `/api/sessions/${st.session.sessionId}/jitsi/${forA}`,
      )
      assert.equal(other.status, 403)
      const nobody = await api(
        st.server,
        st.credentialOf('sec'),
        'GET',
        `/api/sessions/${st.session.sessionId}/jitsi/practice?for=nobody`,
      )
      assert.equal(nobody.status, 404)
    })
  })
}
