/**
 * The mediator starts, pauses, resumes and ends a meeting in the sidebar (MEET-1/2); a party sees the pause; the
 * server's control document holds exactly the mediator's four events, and the time log counts the meeting only.
 */
import assert from 'node:assert/strict'
import { meetingState, timeLog } from '@mediation/core/domain'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { createSessionWithParties, type SessionWithParties, waitFor } from '../support/server'
import { useServer } from '../support/use-server'
import { buildForTests, openSidebar, type SidebarPage, shot } from './sidebar-support'

describe('sidebar e2e: the mediator starts, pauses, resumes and ends a meeting; parties see the pause', function () {
  this.timeout(120_000)
  let browser: Browser
  let s: SessionWithParties
  let med: SidebarPage
  let a: SidebarPage
  let b: SidebarPage
  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  const control = async () => (await server.context.rooms.get(`${s.sessionId}/control`)).doc

  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, { title: 'Bakker / De Vries', language: 'nl' })
    ;[med, a, b] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId, lang: 'nl' }),
      openSidebar(browser, server.url, { credential: s.invites.A!, lang: 'nl' }),
      openSidebar(browser, server.url, { credential: s.invites.B!, lang: 'en', width: 1280 }),
    ])
  })
  after(async () => {
    await browser?.close()
  })
  afterEach(() => {
    for (const p of [med, a, b]) {
      assert.deepEqual(p.errors.splice(0), [], 'no uncaught page errors')
      assert.deepEqual(p.dialogs.splice(0), [], 'no alert/confirm dialogs')
    }
  })

  it('MEET-1 MEET-2 start, pause (the parties see "Pauze"), resume and end; the server holds the four events', async () => {
    const status = med.page.getByTestId('meeting-status')
    await status.filter({ hasText: 'Geen bijeenkomst: de tijd telt niet.' }).waitFor()
    assert.equal(await a.page.getByTestId('meeting-bar').count(), 0, 'a party gets no meeting controls')
    await shot(med.page, 'meeting-none-nl-320')
    await med.page.getByTestId('meeting-start').click()
    await status.filter({ hasText: /^Bijeenkomst 1 sinds \d\d:\d\d$/ }).waitFor()
    await waitFor(async () => meetingState(await control()).status === 'running', 'the start on the server')
    await shot(med.page, 'meeting-running-nl-320')

    await med.page.getByTestId('meeting-pause').click()
    await status.filter({ hasText: /^Pauze sinds \d\d:\d\d$/ }).waitFor()
    await a.page.getByTestId('meeting-paused').filter({ hasText: 'Pauze — we gaan zo verder.' }).waitFor()
    await b.page.getByTestId('meeting-paused').filter({ hasText: 'Pause — we continue shortly.' }).waitFor()
    await shot(med.page, 'meeting-paused-nl-320')
    await shot(a.page, 'meeting-paused-party-nl-320')
    await shot(b.page, 'meeting-paused-party-en-1280')
    assert.equal(await med.page.getByTestId('meeting-pause').count(), 0, 'paused: resume instead of pause')

    await med.page.getByTestId('meeting-resume').click()
    await status.filter({ hasText: /^Bijeenkomst 1 sinds/ }).waitFor()
    await a.page.getByTestId('meeting-paused').waitFor({ state: 'detached' })
    await med.page.getByTestId('meeting-end').click()
    await status.filter({ hasText: 'Geen bijeenkomst: de tijd telt niet.' }).waitFor()
    await waitFor(
      async () => (await control()).getArray('meetingLog').length === 4,
      'four events on the server',
    )
    const doc = await control()
    assert.deepEqual(
      doc
        .getArray<{ type: string; by: string }>('meetingLog')
        .toArray()
        .map((e) => [e.type, e.by]),
      [
        ['start', s.mediatorId],
        ['pause', s.mediatorId],
        ['resume', s.mediatorId],
        ['end', s.mediatorId],
      ],
    )
    const log = timeLog(doc, Date.now() + 3_600_000)
    assert.equal(log.meetings.length, 1)
    const m = log.meetings[0]!
    assert.equal(
      log.totals.intakeMs + log.totals.pauseMs,
      (m.endedAt ?? 0) - m.startedAt,
      'the meeting is intake time and its pause, nothing after it',
    )
  })

  it('the mediator in English at 1280: the bar speaks English', async () => {
    const en = await openSidebar(browser, server.url, {
      credential: s.mediatorToken,
      sessionId: s.sessionId,
      lang: 'en',
      width: 1280,
    })
    try {
      await en.page
        .getByTestId('meeting-status')
        .filter({ hasText: 'No meeting: time does not count.' })
        .waitFor()
      await en.page.getByTestId('meeting-start').click()
      await en.page
        .getByTestId('meeting-status')
        .filter({ hasText: /^Meeting 2 since/ })
        .waitFor()
      await en.page.getByTestId('meeting-pause').click()
      await en.page
        .getByTestId('meeting-status')
        .filter({ hasText: /^Pause since/ })
        .waitFor()
      await shot(en.page, 'meeting-paused-en-1280')
      await en.page.getByTestId('meeting-end').click()
      await en.page.getByTestId('meeting-start').waitFor()
      await med.page.setViewportSize({ width: 1280, height: 900 })
      await shot(med.page, 'meeting-none-nl-1280')
      await en.page.setViewportSize({ width: 320, height: 900 })
      await shot(en.page, 'meeting-none-en-320')
    } finally {
      await en.context.close()
    }
  })
})
