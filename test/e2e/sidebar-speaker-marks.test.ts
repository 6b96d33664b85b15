/**
 * The hybrid room (issue 15 item 8, TALK-8): around one screen the mediator marks who speaks with one tap; the
 * server dates and checks each mark (only the mediator's), the talk time counts them apart from the floor's, and
 * giving the floor ends a mark. Real server, real Chromium, the standalone page's capabilities.
 */
import assert from 'node:assert/strict'
import { copyFile, mkdir } from 'node:fs/promises'
import { basename } from 'node:path'
import { getFloor, speakerMarksSchema, talkTime } from '@mediation/core/domain'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { readControl, toJointTalks } from '../support/jitsi-session'
import { until } from '../support/jitsi-stack'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

const SHOTS = '/tmp/shots/cockpit'
const marker = (page: Page) => page.locator('[data-testid=mark-speaker]')

describe('sidebar e2e: the mediator marks who speaks around one screen (TALK-8)', function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  let med: SidebarPage
  let a: SidebarPage
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  const marks = () => readControl(server, s, (doc) => speakerMarksSchema(doc).speakerMarks.toArray())
  const ids = () => ({ A: s.participants.A?.id ?? '', B: s.participants.B?.id ?? '' })

  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, { title: 'Aan tafel', sides: ['A', 'B'] })
    await toJointTalks(server, s)
    ;[med, a] = await Promise.all([
      openSidebar(browser, server.url, {
        credential: s.mediatorToken,
        sessionId: s.sessionId,
        width: 1280,
        params: { caps: 'oneScreen' },
      }),
      openSidebar(browser, server.url, { credential: s.invites.A ?? '' }),
    ])
    await tab(med.page, 'turns')
  })
  after(async () => {
    await browser?.close()
  })
  afterEach(() => {
    for (const p of [med, a]) {
      assert.deepEqual(p?.dialogs ?? [], [], 'no dialog ever fires')
      assert.deepEqual(p?.errors ?? [], [], 'no uncaught page errors')
    }
  })

  it('TALK-8 one tap marks who speaks, the next tap moves it, a tap on the same person stops it; the server dates every mark', async () => {
    const { A, B } = ids()
    await marker(med.page).getByRole('button', { name: 'Party A (A)' }).click()
    await med.page.locator(`[data-testid=mark-${A}][aria-pressed=true]`).waitFor()
    await med.page.locator('[data-testid=marked-now]', { hasText: 'Speaking now: Party A (A)' }).waitFor()
    // A second of A speaking, as the talk view counts it, apart from the floor.
    await med.page
      .locator(`[data-testid=talk-split-${s.sides.A}]`, { hasText: /0:0[1-9] marked by the mediator/ })
      .waitFor()
    await marker(med.page).getByRole('button', { name: 'Party B (B)' }).click()
    await med.page.locator(`[data-testid=mark-${B}][aria-pressed=true]`).waitFor()
    assert.equal(await med.page.locator(`[data-testid=mark-${A}][aria-pressed=true]`).count(), 0)
    await marker(med.page).getByRole('button', { name: 'Party B (B)' }).click()
    await med.page.locator('[data-testid=mark-nobody][aria-pressed=true]').waitFor()
    assert.equal(await med.page.locator('[data-testid=marked-now]').count(), 0)
    const log = await until('three marks on the server', async () => {
      const m = await marks()
      return m.length === 3 ? m : null
    })
    assert.deepEqual(
      log.map((m) => [m.participantId, m.by]),
      [
        [A, s.mediatorId],
        [B, s.mediatorId],
        [null, s.mediatorId],
      ],
    )
    assert.ok(
      log.every((m, i) => i === 0 || m.at >= (log[i - 1]?.at ?? 0)),
      'in order of the server clock',
    )
    const talk = await readControl(server, s, (doc) => talkTime(doc, Date.now()))
    const stretchA = (log[1]?.at ?? 0) - (log[0]?.at ?? 0)
    assert.ok(stretchA > 0)
    assert.equal(talk.markedPerSide[s.sides.A ?? ''], stretchA, 'A: from its mark to the next, server clock')
    assert.equal(talk.markedPerSide[s.sides.B ?? ''], (log[2]?.at ?? 0) - (log[1]?.at ?? 0))
    assert.equal(talk.perSide[s.sides.A ?? ''], talk.markedPerSide[s.sides.A ?? ''], 'A had no floor turn')
  })

  it('TALK-8 only the mediator may mark: a party’s command is refused with the rule, and nothing is recorded', async () => {
    const before = (await marks()).length
    const res = await api<{ code: string }>(
      server,
      s.invites.A ?? '',
      'POST',
      `/api/sessions/${s.sessionId}/commands`,
      { type: 'markSpeaker', participantId: ids().A },
    )
    assert.deepEqual([res.status, res.body.code], [409, 'TALK-8'])
    assert.equal((await marks()).length, before)
    assert.equal(await a.page.locator('[data-testid=mark-speaker]').count(), 0, 'a party has no marks')
  })

  it('TALK-8 giving the floor ends a running mark (the floor then measures the holder)', async () => {
    const { A, B } = ids()
    await marker(med.page).getByRole('button', { name: 'Party B (B)' }).click()
    await med.page.locator(`[data-testid=mark-${B}][aria-pressed=true]`).waitFor()
    await tab(a.page, 'turns')
    await a.page.click('[data-testid=raise-hand]')
    await med.page.locator('[data-testid=queue] [data-testid=grant-floor]').first().click()
    await med.page.locator('[data-testid=mark-nobody][aria-pressed=true]').waitFor()
    const last = await until('the mark ended on the server', async () => {
      const m = await marks()
      return m.at(-1)?.participantId === null ? m.at(-1) : null
    })
    assert.equal(last?.by, s.mediatorId)
    const floor = await readControl(server, s, (doc) => getFloor(doc, Date.now()))
    assert.equal(floor?.holderId, A, 'A holds the floor, measured from the floor from here')
  })

  it('TALK-8 with speaker detection (a video platform) no marks are offered', async () => {
    const zoomLike = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
    })
    await tab(zoomLike.page, 'turns')
    await zoomLike.page.locator('#talk-h').waitFor()
    assert.equal(await zoomLike.page.locator('[data-testid=mark-speaker]').count(), 0)
    await zoomLike.context.close()
  })

  it('screenshots: the marks and the split talk time, 320/1280 in nl and en', async () => {
    await mkdir(SHOTS, { recursive: true })
    await marker(med.page).getByRole('button', { name: 'Party A (A)' }).click()
    await med.page.locator('[data-testid=marked-now]').waitFor()
    for (const lang of ['en', 'nl'] as const) {
      await med.page.click(`[data-testid=lang-${lang}]`)
      await med.page.locator(`.med-sidebar[lang=${lang}]`).waitFor()
      if (lang === 'nl') await marker(med.page).getByText('Niemand').waitFor()
      for (const width of [320, 1280]) {
        await med.page.setViewportSize({ width, height: 900 })
        const path = await shot(med.page, `speaker-marks-${width}-${lang}`)
        await copyFile(path, `${SHOTS}/${basename(path)}`)
      }
    }
    await med.page.click('[data-testid=lang-en]')
  })
})
