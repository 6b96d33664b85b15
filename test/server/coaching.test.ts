import assert from 'node:assert/strict'
import { addCoachingItem } from '@mediation/core/coaching'
import { serverOrigin } from '@mediation/core/domain'
import { defaultIntakeQuestions, type PrepView, type SignatureView } from '@mediation/core/prep'
import type { CoachingView } from '@mediation/protocol'
import { MEDIATION_WORDS } from '../support/coaching-words'
import { api, createSessionWithParties, setupMediator, startServer, type TestServer } from '../support/server'
import { readPdf } from './record-pdf-text'

describe('server: a coaching session', () => {
  let server: TestServer
  before(async () => {
    server = await startServer()
  })
  after(() => server.stop())

  it('COACH-1 the client’s board commands and sign-off are refused 409 with the rule as code', async () => {
    const s = await createSessionWithParties(server, { kind: 'coaching', sides: ['Client'] })
    const send = (body: object) =>
      api<{ code: string }>(server, s.invites.Client!, 'POST', `/api/sessions/${s.sessionId}/commands`, body)
    for (const body of [
      { type: 'signAgreement', versionId: 'v1', hash: 'abc', typedName: 'Client', consent: true },
      { type: 'addIdea', title: 'An idea' },
      { type: 'addPoint', title: 'A point' },
    ]) {
      const r = await send(body)
      assert.deepEqual([r.status, r.body.code], [409, 'COACH-1'], body.type)
    }
    const hand = await send({ type: 'raiseHand' })
    assert.equal(hand.status, 200, 'the client still raises a hand')
  })

  it('COACH-4 COACH-1 a tick names an action point of a coaching plan; a mediation has no plan', async () => {
    const k = await createSessionWithParties(server, { kind: 'coaching', sides: ['Client'] })
    const none = await api<{ code: string }>(
      server,
      k.invites.Client!,
      'POST',
      `/api/sessions/${k.sessionId}/commands`,
      {
        type: 'tickAction',
        id: 'no-such-item',
        done: true,
      },
    )
    assert.deepEqual([none.status, none.body.code], [409, 'COACH-4'])
    const m = await createSessionWithParties(server, { sides: ['A'] })
    const mediation = await api<{ code: string }>(
      server,
      m.invites.A!,
      'POST',
      `/api/sessions/${m.sessionId}/commands`,
      {
        type: 'tickAction',
        id: 'x',
        done: true,
      },
    )
    assert.deepEqual([mediation.status, mediation.body.code], [409, 'COACH-1'])
  })
})

describe('server: a coaching session’s preparation (COACH-5)', () => {
  let server: TestServer
  // The coach's own name fills the agreement (the fixture's default mediator is called "Mira Mediator").
  let coachToken: string
  before(async () => {
    server = await startServer()
    coachToken = (await setupMediator(server, { name: 'Carla de Wit', email: 'coach@example.org' })).token
  })
  after(() => server.stop())

  for (const lang of ['nl', 'en'] as const)
    it(`COACH-5 the client reads and signs the coaching agreement, answers coaching questions, and the receipt names it (${lang})`, async () => {
      const s = await createSessionWithParties(server, {
        kind: 'coaching',
        language: lang,
        title: 'Loopbaan',
        sides: [],
        extra: [{ key: 'client', role: 'party', side: 'Kees', name: 'Kees Bakker' }],
        mediatorToken: coachToken,
      })
      const base = `/api/sessions/${s.sessionId}/prep`
      const view = await api<PrepView>(server, s.invites.client!, 'GET', base)
      assert.equal(view.status, 200)
      assert.equal(view.body.session.kind, 'coaching')
      assert.match(view.body.agreement.text, TITLE[lang])
      assert.ok(view.body.agreement.text.includes(CLIENT[lang]), 'filled with the client')
      assert.doesNotMatch(view.body.agreement.text, MEDIATION_WORDS[lang])
      assert.deepEqual(
        view.body.questions.map((q) => q.id),
        defaultIntakeQuestions('coaching').map((q) => q.id),
      )
      const answers = { coachingTopic: 'Nee zeggen', coachingSuccess: 'Rust', coachingPayer: 'self' }
      const intake = await api(server, s.invites.client!, 'PUT', `${base}/intake`, {
        answers: { ...answers, mobile: '06 12345678', videoComfort: 'some', privateRoom: 'yes' },
      })
      assert.equal(intake.status, 400, 'the other required questions still count')
      const full = await api(server, s.invites.client!, 'PUT', `${base}/intake`, {
        answers: {
          ...answers,
          mobile: '06 12345678',
          videoComfort: 'some',
          privateRoom: 'yes',
          device: 'laptop',
          helpNeeded: 'no',
          language: lang,
        },
      })
      assert.equal(full.status, 200, JSON.stringify(full.body))
      const sig = await api<SignatureView>(server, s.invites.client!, 'POST', `${base}/signatures`, {
        typedName: 'Kees Bakker',
        consent: true,
        textHash: view.body.agreement.hash,
      })
      assert.equal(sig.status, 201, JSON.stringify(sig.body))
      const res = await fetch(`${server.url}${base}/signatures/${sig.body.id}/receipt.pdf?lang=${lang}`, {
        headers: { authorization: `Bearer ${s.invites.client!}` },
      })
      assert.equal(res.status, 200)
      const pdf = await readPdf(new Uint8Array(await res.arrayBuffer()))
      assert.ok(pdf.flat.includes(RECEIPT[lang]), pdf.flat.slice(0, 200))
      assert.doesNotMatch(pdf.flat, MEDIATION_WORDS[lang])
    })
})

const TITLE = { nl: /^Coachingsovereenkomst\n/, en: /^Coaching agreement\n/ } as const
const CLIENT = { nl: 'Cliënt: Kees Bakker.', en: 'Client: Kees Bakker.' } as const
const RECEIPT = { nl: 'Coachingsovereenkomst', en: 'Coaching agreement' } as const

describe('server: a coaching trajectory and the plan between sessions (COACH-6, COACH-7)', () => {
  let server: TestServer
  before(async () => {
    server = await startServer()
  })
  after(() => server.stop())

  it('COACH-7 COACH-6 the client reads the plan over REST, scores a goal and ticks an action point; the coach begins session 2', async () => {
    const s = await createSessionWithParties(server, {
      kind: 'coaching',
      sides: [],
      extra: [
        { key: 'client', role: 'party', side: 'Kees', name: 'Kees Bakker' },
        { key: 'sec', role: 'secretariat' },
      ],
    })
    const coach = { participantId: s.mediatorId, role: 'mediator' as const, sideId: null }
    const [goal, action] = await server.context.rooms.withDocs([`${s.sessionId}/control`], ([control]) => {
      // Written in one instant: the plan orders by time, then id, so the ids keep the order written.
      let n = 0
      const newId = () => `item-${++n}`
      const c = { actor: coach, now: Date.now(), origin: serverOrigin(coach.participantId), newId }
      return [
        addCoachingItem(control!, { kind: 'goal', text: 'Vaker nee zeggen' }, c),
        addCoachingItem(control!, { kind: 'action', text: 'Dagboek', due: '2026-12-10' }, c),
        addCoachingItem(control!, { kind: 'tip', text: 'Adem uit' }, c),
      ]
    })
    const base = `/api/sessions/${s.sessionId}/coaching`
    const read = (token: string) => api<CoachingView & { code?: string }>(server, token, 'GET', base)
    const first = await read(s.invites.client!)
    assert.equal(first.status, 200)
    assert.deepEqual(
      first.body.items.map((i) => [i.kind, i.text, i.due]),
      [
        ['goal', 'Vaker nee zeggen', null],
        ['action', 'Dagboek', '2026-12-10'],
        ['tip', 'Adem uit', null],
      ],
    )
    assert.equal(first.body.current, 1)
    assert.deepEqual((await read(s.invites.sec!)).status, 403, 'the secretariat reads no plan')
    const score = (token: string, body: object) =>
      api<{ code?: string }>(server, token, 'PUT', `${base}/progress`, body)
    assert.equal((await score(s.invites.client!, { goalId: goal, score: 4 })).status, 204)
    const wrong = await score(s.invites.client!, { goalId: action, score: 4 })
    assert.deepEqual([wrong.status, wrong.body.code], [409, 'COACH-6'], 'an action point has no score')
    assert.equal((await score(s.invites.client!, { goalId: goal, score: 11 })).status, 400)
    const tick = await api(server, s.invites.client!, 'POST', `/api/sessions/${s.sessionId}/commands`, {
      type: 'tickAction',
      id: action,
      done: true,
    })
    assert.equal(tick.status, 200)
    const byClient = await api<{ code?: string }>(server, s.invites.client!, 'POST', `${base}/next`)
    assert.deepEqual([byClient.status, byClient.body.code], [403, 'MEDIATOR-ONLY'])
    const next = await api<{ current: number }>(server, s.mediatorToken, 'POST', `${base}/next`)
    assert.deepEqual([next.status, next.body.current], [200, 2])
    assert.equal((await score(s.invites.client!, { goalId: goal, score: 7 })).status, 204)
    const after = await read(s.mediatorToken)
    assert.equal(after.body.current, 2)
    assert.deepEqual(after.body.progress, { [goal!]: { 1: 4, 2: 7 } })
    assert.deepEqual(
      after.body.sessions.map((x) => x.n),
      [1, 2],
    )
    assert.ok((after.body.sessions[1]?.at ?? 0) > 0, 'session 2 dated by the server')
    const done = after.body.items.find((i) => i.id === action)
    assert.deepEqual([done?.done, done?.doneIn], [true, 1])
    const m = await createSessionWithParties(server, { sides: ['A'] })
    const none = await api<{ code?: string }>(
      server,
      m.invites.A!,
      'GET',
      `/api/sessions/${m.sessionId}/coaching`,
    )
    assert.deepEqual([none.status, none.body.code], [409, 'COACH-1'])
  })
})
