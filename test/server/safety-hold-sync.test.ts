import assert from 'node:assert/strict'
import {
  caucusState,
  controlSchema,
  getPhase,
  localOrigin,
  meetingState,
  planCaucus,
  setPhase,
  setShuttle,
  startCaucus,
  startMeeting,
} from '@mediation/core/domain'
import type { PrepView, SafetyOverview } from '@mediation/core/prep'
import * as Y from 'yjs'
import { CASE_ANSWERS } from '../support/intake'
import {
  api,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import type { TestProvider } from '../support/sync'
import { useServer } from '../support/use-server'

const SUITABILITY = {
  ...CASE_ANSWERS,
  videoComfort: 'some',
  privateRoom: 'yes',
  device: 'laptop',
  helpNeeded: 'no',
  language: 'nl',
}

/** The close code and reason of a provider's next close. */
const closeOf = (p: TestProvider) =>
  new Promise<{ code: number; reason: string }>((resolve) =>
    p.once('connection-close', (e: { code: number; reason: string } | null) =>
      resolve({ code: e?.code ?? -1, reason: e?.reason ?? '' }),
    ),
  )

/**
 * SAFETY-4/5 hold on the wire: the mediator's own client writes `control`, so a client that skips the command
 * route (a modified sidebar, a script) must meet the same hold on the sync socket.
 */
describe('safety hold on the sync socket (real server, real y-websocket clients)', () => {
  const server = useServer()
  let s: SessionWithParties
  const providers: TestProvider[] = []
  const prep = () => `/api/sessions/${s.sessionId}/prep`
  const ctx = () => ({
    actor: { participantId: s.mediatorId, role: 'mediator' as const, sideId: null },
    now: Date.now(),
    origin: localOrigin(s.mediatorId),
    newId: () => `x-${Math.random().toString(36).slice(2)}`,
  })
  const open = async () => {
    const doc = new Y.Doc()
    const p = await connectDoc(server, s.mediatorToken, s.sessionId, 'control', doc)
    providers.push(p)
    await synced(p)
    return { doc, p }
  }
  const serverPhase = async () => {
    const room = await server.context.rooms.get(`${s.sessionId}/control`)
    try {
      return getPhase(room.doc)
    } finally {
      server.context.rooms.release(room)
    }
  }

  before(async () => {
    s = await createSessionWithParties(server, { language: 'nl' })
    const put = await api(server, s.invites.A!, 'PUT', `${prep()}/intake`, {
      answers: { ...SUITABILITY, safetyFear: 'yes' },
    })
    assert.equal(put.status, 200, JSON.stringify(put.body))
  })
  afterEach(() => {
    for (const p of providers.splice(0)) p.destroy()
  })

  it('SAFETY-7 the mediator’s raw write of the phase into joint session is refused whole while the case is held; the explicit, logged confirmation lifts it', async () => {
    const { doc, p } = await open()
    setPhase(doc, { phase: 'opening' }, ctx())
    await waitFor(async () => (await serverPhase()) === 'opening', 'opening on the server')
    const rules = (await api<PrepView>(server, s.invites.A!, 'GET', prep())).body.rules!
    for (const key of ['A', 'B']) {
      const r = await api(server, s.invites[key]!, 'POST', `/api/sessions/${s.sessionId}/commands`, {
        type: 'acceptRules',
        version: rules.version,
        hash: rules.hash,
      })
      assert.equal(r.status, 200)
    }
    await waitFor(() => controlSchema(doc).acceptances.size === 2, 'acceptances at the mediator')
    // Around the domain and the command route: the phase register written directly.
    const closed = closeOf(p)
    controlSchema(doc).phase.set('current', 'joint')
    const { code, reason } = await closed
    assert.equal(code, 4403)
    assert.match(reason, /^SAFETY-4: the safety screening is not assessed/)
    assert.equal(await serverPhase(), 'opening', 'the server document never moved')
    const o0 = (await api<SafetyOverview>(server, s.mediatorToken, 'GET', `${prep()}/safety`)).body
    assert.deepEqual(o0.lifts, [])

    // The mediator lifts the hold explicitly: recorded with time and author, and the same write now goes in.
    const lifted = await api<SafetyOverview>(server, s.mediatorToken, 'POST', `${prep()}/safety/assessed`)
    assert.equal(lifted.status, 200)
    assert.equal(lifted.body.held, false)
    assert.equal(lifted.body.lifts.length, 1)
    assert.equal(lifted.body.lifts[0]?.by, s.mediatorId)
    // A second confirmation without a new worrying answer lifts nothing: not logged again.
    const again = await api<SafetyOverview>(server, s.mediatorToken, 'POST', `${prep()}/safety/assessed`)
    assert.equal(again.body.lifts.length, 1)
    const second = await open()
    controlSchema(second.doc).phase.set('current', 'joint')
    await waitFor(async () => (await serverPhase()) === 'joint', 'joint on the server')
    assert.equal(second.p.wsconnected, true)
  })

  it('SAFETY-7 a worrying answer given later holds raw writes again: caucus → joint refused on the socket', async () => {
    const { doc, p } = await open()
    controlSchema(doc).phase.set('current', 'caucus')
    await waitFor(async () => (await serverPhase()) === 'caucus', 'caucus on the server')
    await api(server, s.invites.B!, 'PUT', `${prep()}/intake`, {
      answers: { ...SUITABILITY, safetyViolence: 'yes' },
    })
    const closed = closeOf(p)
    controlSchema(doc).phase.set('current', 'joint')
    assert.match((await closed).reason, /^SAFETY-4/)
    assert.equal(await serverPhase(), 'caucus')
    await api(server, s.mediatorToken, 'POST', `${prep()}/safety/assessed`)
  })

  it('SAFETY-7 in shuttle mode a raw move into joint session is refused on the socket; turning shuttle off in the same write is the mediator’s and goes in', async () => {
    const { doc, p } = await open()
    setShuttle(doc, { on: true }, ctx())
    await waitFor(async () => {
      const room = await server.context.rooms.get(`${s.sessionId}/control`)
      server.context.rooms.release(room)
      return controlSchema(room.doc).meetingMode.get('shuttle') === true
    }, 'shuttle on the server')
    const closed = closeOf(p)
    controlSchema(doc).phase.set('current', 'joint')
    assert.match((await closed).reason, /^SAFETY-5: shuttle mode is on/)
    assert.equal(await serverPhase(), 'caucus')
    const next = await open()
    next.doc.transact(() => {
      controlSchema(next.doc).meetingMode.set('shuttle', false)
      controlSchema(next.doc).phase.set('current', 'joint')
    })
    await waitFor(async () => (await serverPhase()) === 'joint', 'joint on the server')
  })

  it('MEET-3 the mediator’s endMeeting during a caucus, through the server, keeps the sides apart while the case is held (SAFETY-4) and brings them back once confirmed', async () => {
    const other = await createSessionWithParties(server, { mediatorToken: s.mediatorToken })
    const doc = new Y.Doc()
    const p = await connectDoc(server, s.mediatorToken, other.sessionId, 'control', doc)
    providers.push(p)
    await synced(p)
    const c = () => ({
      ...ctx(),
      actor: { participantId: other.mediatorId, role: 'mediator' as const, sideId: null },
    })
    // Into a caucus before any worrying answer (the phase written directly, as the test's shortcut).
    controlSchema(doc).phase.set('current', 'joint')
    planCaucus(doc, { sideIds: [other.sides.A!, other.sides.B!] }, c())
    startCaucus(doc, {}, c())
    startMeeting(doc, {}, c())
    const room = () => server.context.rooms.get(`${other.sessionId}/control`)
    await waitFor(async () => {
      const r = await room()
      server.context.rooms.release(r)
      return meetingState(r.doc).status === 'running' && getPhase(r.doc) === 'caucus'
    }, 'the meeting in caucus on the server')
    // A worrying answer arrives during the caucus: the case is held from now on.
    await api(server, other.invites.A!, 'PUT', `/api/sessions/${other.sessionId}/prep/intake`, {
      answers: { ...SUITABILITY, safetyViolence: 'yes' },
    })
    const end = () =>
      api<{ code?: string }>(server, s.mediatorToken, 'POST', `/api/sessions/${other.sessionId}/commands`, {
        type: 'endMeeting',
      })
    assert.equal((await end()).status, 200)
    let r = await room()
    server.context.rooms.release(r)
    assert.equal(meetingState(r.doc).status, 'none', 'the meeting ended')
    assert.equal(getPhase(r.doc), 'caucus', 'the sides stay apart')
    assert.equal(caucusState(r.doc, Date.now()).status, 'active')
    await api(server, s.mediatorToken, 'POST', `/api/sessions/${other.sessionId}/prep/safety/assessed`)
    await waitFor(() => meetingState(doc).status === 'none', 'the end at the mediator')
    startMeeting(doc, {}, c())
    await waitFor(async () => {
      const x = await room()
      server.context.rooms.release(x)
      return meetingState(x.doc).status === 'running'
    }, 'the next meeting on the server')
    assert.equal((await end()).status, 200)
    r = await room()
    server.context.rooms.release(r)
    assert.equal(getPhase(r.doc), 'joint', 'confirmed: back together')
    assert.equal(p.wsconnected, true, 'the mediator’s socket was never refused')
  })
})
